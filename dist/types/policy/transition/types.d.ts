import type { ComponentState, Member } from '../../manifest/fleet.js';
/** A cluster's change as a transition reads it: each member's state of each component, before and after. */
export interface ClusterMove {
    cluster: string;
    /** The cluster's members in the head, in manifest order. */
    members: ReadonlyArray<Pick<Member, 'name' | 'role'>>;
    /** Every component the cluster runs, in the base or the head, on any member. */
    components: readonly string[];
    /** What a member (by its index in `members`) runs of a component in the base; undefined: nothing. */
    base(component: string, member: number): ComponentState | undefined;
    /** What it runs in the head. */
    head(component: string, member: number): ComponentState | undefined;
}
/** The kind of limit a state breaks: a component skew, a `requires`, or a strict order. */
export type LimitKind = 'skew' | 'requires' | 'order';
/** The first state of an order of moves that breaks a limit: the move that reaches it, and the limit, in words. */
export interface Breach {
    /** The move that reaches the state: `component` moves from `from` to `to` on `member`. */
    component: string;
    member: string;
    from: string | null;
    to: string;
    kind: LimitKind;
    /** The component the limit is about (the one that must not be newer, or older, or that needs the other). */
    subject: {
        component: string;
        member: string;
        version: string | null;
    };
    /** The component it is measured against. */
    target: {
        component: string;
        member: string;
        version: string | null;
    };
    /** Whether every order of the moves meets this state (a strict order broken in the head): only a smaller change helps. */
    always: boolean;
    /** The state in words: `once kube-apiserver 1.32.0 runs on cp-1, kubelet 1.28.15 there is 4 minor versions older than it (...)`. */
    text: string;
}
/** One move of a change of its own that makes the rest orderable: `component` to `to`. */
export interface SplitMove {
    component: string;
    to: string;
}
/** The order of a cluster's components in which the planner moves them, and why, or why there is none. */
export type Transition = {
    ok: true;
    /** Every component of the cluster, in the order the planner moves them. */
    order: string[];
    /** Present when the order leaves the pack's: the components moved ahead, the breach in the pack's order, in words. */
    reordered?: {
        ahead: string[];
        breach: Breach;
        text: string;
    };
} | {
    ok: false;
    /** The pack's order, which a plan made anyway follows. */
    order: string[];
    /** The first state of the pack's order that breaks a limit. */
    breach: Breach;
    /** The moves of a change of its own to make first, when intermediate versions are found that split the change. */
    split?: SplitMove[];
};
