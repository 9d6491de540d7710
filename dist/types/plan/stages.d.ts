import { type Draft, type PlanContext, type Walked } from './context.js';
import type { Stage } from './types.js';
/** What the walk starts from: the notes about the plan as a whole. */
export declare function startWalk(context: PlanContext): Walked;
/**
 * One pass over the clusters, in pins.json's order: each member's state of each component is read once and serves
 * the pins (yielded, as pins.json's entries), the stages, the proxy overrides and the direct pins alike. When the
 * pass ends, `walked` holds the rest in plan order.
 */
export declare function walk(context: PlanContext, walked: Walked): Generator<string>;
/** The stages in plan order, numbered, with the steps once before and after their members. */
export declare function finishStages(context: PlanContext, drafts: Draft[]): Stage[];
/**
 * With --observed: each member a failed stage left evacuated is restored first, before its steps in the first stage
 * it is in (plan order), with its own `restore` steps; in later stages it is in service again. A pack with no
 * `restore` step has nothing to restore with: the steps stay as they are. Call before finishStages.
 */
export declare function applyRestoreFirst(walked: Walked): void;
