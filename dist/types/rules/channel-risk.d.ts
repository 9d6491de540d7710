/**
 * `channel/risk`: only the risks the pack allows (MicroCloud and etcd: stable), both where a component goes
 * and where it comes from, since etcd supports no refresh from or to a non-stable channel.
 */
export declare const channelRisk: import("./types.js").Rule<"channel/risk", "refreshFromRisk" | "riskNotAllowed">;
