import type { Member } from '../manifest/fleet.js';
import type { PlannedMember, Stage, StagePart } from './types.js';
/** Control members before workers, each group in manifest order, with its place in the manifest: the control plane moves first. */
export declare function orderMembers(members: Member[]): Array<[Member, number]>;
/**
 * Cuts a stage into the runs of members one job carries out. A serial stage waits for approval after its first member
 * (pauseAfterMember first), after every member (all), and before any member whose workloads an operator moves (manual).
 * A parallel stage moves all its members at once, so the only place it can wait is before it starts.
 */
export declare function splitParts(members: PlannedMember[], strategy: Stage['strategy'], pause: Stage['pauseAfterMember']): StagePart[];
