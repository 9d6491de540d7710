import type { CheckResult } from '../check/index.js';
import type { Fleet, LoadedManifest } from '../manifest/fleet.js';
import type { Observed } from '../observe/types.js';
import type { Policy } from '../policy/pack.js';
import type { Plan, PlanBundle, PlanChunk } from './types.js';
export { splitParts } from './parts.js';
/** A manifest as the planner reads it: its file, its fleet, and whether it had findings; not its text or positions. */
export type PlannedManifest = Pick<LoadedManifest, 'file' | 'fleet' | 'findings'>;
/** What the planner reads of a check: the two fleets and the pack that judged them. */
export interface CheckedChange {
    head: PlannedManifest;
    base?: PlannedManifest;
    policy?: Policy;
}
/**
 * The part of a check the planner reads, without the manifests' texts, parsed values and position caches (at
 * 100,000 members as much memory again as the fleets): a caller that holds this rather than the CheckResult lets
 * them go before the plan is made. Each fleet is a new object with the same clusters, so what the check keeps by
 * fleet (its states, its clusters by name, in WeakMaps) goes too.
 */
export declare function checkedChange(result: CheckResult): CheckedChange;
/** What a plan is made from. */
export interface BuildPlanInput {
    /** A check of the merged manifest against the last state rolled out completely (its base), or the part of it the planner reads. */
    result: CheckedChange;
    /** How member commands are run, for example `ssh {member}`; default: on the runner itself. From the CLI or action input only. */
    transport?: string;
    /**
     * The heads of rollouts that started but never finished. Their members may run any state between the base and
     * that head, so every member whose pin differs from one of them is planned too, rather than assumed done.
     */
    unfinished?: Fleet[];
    /**
     * What the members were observed to run (rollgate observe). Members that already run their target and are in
     * service are skipped (plan.json's `skipped` says which and why); members a failed stage left evacuated are restored
     * first. Absent: the plan is as without it.
     */
    observed?: Observed;
}
/**
 * Plans a checked change as the chunks of every file `rollgate plan` writes, made one by one as they are asked for,
 * so a fleet of any size is written without its files, or the objects behind them, held all at once. pins.json
 * comes first, made in the one walk over the clusters that also finds the stages; the generator returns the plan.
 * A change the planner cannot make is refused in words (RollgateError), here or part-way.
 */
export declare function streamPlan(input: BuildPlanInput): Generator<PlanChunk, Plan>;
/**
 * The plan alone, for a preview: the files are made and let go, never held. Nothing of it runs, so where its
 * commands would run is not judged: a preview of a fleet planned without a transport is still the same plan.
 */
export declare function planOnly(input: BuildPlanInput): Plan;
/** Turns a checked change into pins, proxy overrides, the staged plan, its rollback and a job script per stage, all in memory. */
export declare function buildPlan(input: BuildPlanInput): PlanBundle;
/** The files of a plan bundle by their path under the output directory, and whether each is executable. */
export declare function bundleFiles(bundle: PlanBundle): Array<{
    path: string;
    text: string;
    executable: boolean;
}>;
