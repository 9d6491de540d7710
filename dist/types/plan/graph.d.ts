import { type Fleet } from '../manifest/fleet.js';
import type { Stage } from './types.js';
/** How the plan's waves roll out, and what its graph says of the whole: plan.json's `schedule`. */
export interface PlanSchedule {
    /** Stages on the longest chain of `needs`: how many stages deep the rollout is at least. */
    criticalPath: number;
    /** The least time the rollout takes, in seconds: the longest chain by the packs' step estimates (approvals not counted). */
    leastSeconds: number;
    /** Steps of the plan whose pack gives no estimate (counted as 0 in leastSeconds). */
    unestimatedSteps: number;
    /** Each wave that has stages, in plan order, with its settings and the clusters it moves. */
    waves: ScheduledWave[];
}
/** A wave of the plan: its rollout settings, how many clusters it moves and in how many lanes. */
export interface ScheduledWave {
    /** The wave's name; null for a fleet without waves. */
    wave: string | null;
    parallel: number;
    maxFailures: number;
    clusters: number;
    /** Lanes the wave's clusters run in: its `parallel`, or fewer when it has fewer clusters. */
    lanes: number;
}
/**
 * Fills each stage's `needs` and `estimate` (the stages come in plan order: by wave, then cluster, each cluster's
 * stages together) and returns the schedule.
 */
export declare function linkStages(stages: Stage[], fleet: Pick<Fleet, 'rollout'>): PlanSchedule;
/**
 * How long a stage takes by its steps' estimates: the steps before, each member's steps (one after another in a
 * serial stage; in a parallel one, the slowest member's), the steps after.
 */
export declare function stageSeconds(stage: Pick<Stage, 'before' | 'members' | 'after' | 'strategy'>): {
    seconds: number;
    unestimated: number;
};
/** A duration in words for the preview and the docs: `3 d 4 h`, `2 h 5 min`, `40 min`, `45 s`. */
export declare function formatSeconds(seconds: number): string;
