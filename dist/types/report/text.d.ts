import type { CheckResult } from '../check/index.js';
import type { RenderOptions } from './types.js';
/**
 * A report for a terminal: changes, then findings grouped by cluster; colour only when asked. Every name and message
 * goes through inertText, so a file name or manifest value cannot drive the terminal or command a CI runner.
 */
export declare function renderText(result: CheckResult, options?: RenderOptions): string;
