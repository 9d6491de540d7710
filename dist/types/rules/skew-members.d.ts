/** `skew/members`: every member of a cluster runs the same version and revision of each component. */
export declare const skewMembers: import("./types.js").Rule<"skew/members", "memberDiffers">;
