/**
 * `order/requires`: a version of one component needs versions of others that its cluster will run. The hint names
 * the real fix from what base and head hold: when the needed component moves away from a version that met the need,
 * leave it there; when both move, move the needed one to an allowed version instead; when only the needing component
 * moves, move the needed one first.
 */
export declare const orderRequires: import("./types.js").Rule<"order/requires", "requirementBroken" | "requirementMissed" | "requirementMissing">;
