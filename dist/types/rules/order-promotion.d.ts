/** `order/promotion`: a later wave takes only what every earlier wave already runs in the base. */
export declare const orderPromotion: import("./types.js").Rule<"order/promotion", "aheadOfEarlierWaves">;
