import type { PlanContext } from './context.js';
import type { Transport } from './shell.js';
import type { Plan, PlanChunk } from './types.js';
/**
 * The chunks of every file `rollgate plan` writes: pins.json first, made in the one walk over the clusters that
 * also finds the stages; then plan.json, the overrides, the job scripts, rollback.json, matrix.json and preview.md.
 * Returns the plan.
 */
export declare function planChunks(context: PlanContext, transport: Transport, waves: string[] | null): Generator<PlanChunk, Plan>;
