import { comparableVersion } from '../comparable.js';
import type { Policy } from '../pack.js';
import type { VersionScheme } from '../schemes/index.js';
import type { SkewProblem } from '../skew.js';
import type { ComponentSkew, Pack } from '../types.js';
import type { ClusterMove } from './types.js';
/** A limit between two components: `subject`'s cells are judged against `target`'s. */
export type Limit = {
    kind: 'skew';
    subject: string;
    target: string;
    skew: ComponentSkew;
} | {
    kind: 'requires';
    subject: string;
    target: string;
    needs: Array<{
        version: string;
        allowed: string[];
    }>;
} | {
    kind: 'order';
    subject: string;
    target: string;
};
/** A component on one member: its comparable versions in the base and at the end of the plan. */
export interface Cell {
    member: number;
    base: string | undefined;
    /** The head's version; the base's where the head removes it, since the plan removes nothing. */
    end: string | undefined;
    moves: boolean;
    /** Where the cell stands while an order is walked: false at its base, true at its end. */
    moved: boolean;
}
/** A component of the cluster: its cells on the members that run it, in the order the planner moves them. */
export interface Track {
    name: string;
    scheme: VersionScheme | undefined;
    cells: Cell[];
    byMember: Map<number, Cell>;
    moves: boolean;
}
/** What one walk or comparison reads: the pack, the tracks, the limits, and the verdicts met so far. */
export interface Setting {
    policy: Policy;
    cluster: string;
    memberNames: string[];
    tracks: Map<string, Track>;
    limits: Limit[];
    /** The verdicts on pairs of versions met so far, shared by every cluster a pack judges. */
    verdicts: Map<string, Problem | null>;
}
/** A limit broken by one pair of versions. */
export interface Problem {
    limit: Limit;
    skew?: SkewProblem;
    /** requires: the versions of the target that would do. */
    allowed?: string[];
}
/** A cluster's components in the pack's order, then those the pack does not know, by name: the planner's default. */
export declare function orderOf(pack: Pack, components: readonly string[]): string[];
/** The comparable version of a state: its channel's track or its `version`, as the pack reads the component. */
export declare const versionOf: typeof comparableVersion;
/** The change as tracks of cells, members in the order the planner moves them, with the pack's limits. */
export declare function settingOf(policy: Policy, move: ClusterMove): Setting;
