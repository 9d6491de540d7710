/** `skew/components`: two components of a cluster stay within the distance the pack allows (kubelet and kube-apiserver). */
export declare const skewComponents: import("./types.js").Rule<"skew/components", "tooNew" | "tooOld">;
