import type { Setting } from './setting.js';
import type { Breach } from './types.js';
/**
 * The pack's order when no state of it breaks a limit (no breach); else that order's first breach, and the closest
 * order that passes when the pack's order is not strict and one exists.
 */
export declare function solve(setting: Setting, packOrder: string[]): {
    breach?: Breach;
    order?: string[];
};
/** The components the order moves ahead of one the pack puts before them. */
export declare function aheadOfPack(packOrder: readonly string[], order: readonly string[]): string[];
/** The components that the ones moved ahead now follow, though the pack puts them first. */
export declare function behindOf(packOrder: readonly string[], order: readonly string[], ahead: readonly string[]): string[];
