/**
 * `pins/conflict`: a proxy override pins one revision per snap channel ("A Snap Store channel can publish only one
 * revision of a specific snap at any time"), and every device behind the proxy gets it when it refreshes. Clusters of
 * one wave behind one proxy must agree, since their stages refresh together. Clusters of different waves may differ
 * while a staged rollout is under way: each stage sets the override just before it refreshes its own members, and a
 * held snap is not moved by auto-refresh, so the members of the other waves wait at their revision until their own
 * stage. That holds only for held snaps: one that is not held follows whatever the proxy serves.
 */
export declare const pinsConflict: import("./types.js").Rule<"pins/conflict", "notHeld" | "revisionsDiffer">;
