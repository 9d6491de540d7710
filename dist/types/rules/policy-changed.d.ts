/** `policy/changed`: a change that edits the rules judging it is still judged by the base's rules, and says so. */
export declare const policyChanged: import("./types.js").Rule<"policy/changed", "packChanged" | "policyMoved">;
