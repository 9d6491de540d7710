import type { Change, RuleContext, StateAt } from './types.js';
/** A change of a component's comparable version, read by its scheme. */
export interface VersionMove {
    change: Change;
    from: string;
    to: string;
}
/** The changes whose base and head versions the pack's scheme can compare; worked out once for the rules that ask. */
export declare function versionMoves(context: RuleContext): VersionMove[];
/** Where a change is written in the head manifest: the member's override or the cluster's component. */
export declare function changePath(context: RuleContext, change: Change): (string | number)[];
/** The fields of a finding that name what a change is about. */
export declare function changeSubject(change: Change): {
    cluster: string;
    component: string;
    member?: string | undefined;
};
/** Whether the change moves a head state: the base runs something else there, or nothing; false without a base. */
export declare function moved(context: RuleContext, at: StateAt): boolean;
/** A report's `introduced: true` when the change moves the head state it is about (see `Report.introduced`). */
export declare function introducedIfMoved(context: RuleContext, at: StateAt): {
    introduced?: true;
};
