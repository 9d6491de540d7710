import { type PlanContext } from './context.js';
import { type Transport } from './shell.js';
import type { PlanChunk, Stage } from './types.js';
/**
 * rollback.json and a script per rollback stage: the stages reversed, each changed member to its base pin, or the
 * pack's statement. Each rollback stage is made, written and let go in turn.
 */
export declare function rollbackChunks(context: PlanContext, stages: Stage[], planId: string, transport: Transport): Generator<PlanChunk>;
