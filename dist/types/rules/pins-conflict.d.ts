/** `pins/conflict`: a proxy override pins one revision per snap channel, so clusters behind one proxy must agree. */
export declare const pinsConflict: import("./types.js").Rule<"pins/conflict", "revisionsDiffer">;
