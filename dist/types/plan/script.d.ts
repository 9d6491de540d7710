import { type Transport } from './shell.js';
import type { RollbackStage, Stage } from './types.js';
/** The bash script that carries out a stage: its parts in order, or the one part given as its argument. */
export declare function renderJobScript(stage: Stage, planId: string, transport: Transport): string;
/** The script of a rollback stage the vendor gives no way back for: it runs nothing and says why, exit 1. */
export declare function renderRefusalScript(stage: RollbackStage, planId: string): string;
