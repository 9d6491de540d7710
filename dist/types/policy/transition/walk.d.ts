import type { Setting } from './setting.js';
import type { Breach } from './types.js';
/** The first state of an order of moves that breaks a limit, walked move by move; undefined when none does. */
export declare function walk(setting: Setting, order: readonly string[]): Breach | undefined;
