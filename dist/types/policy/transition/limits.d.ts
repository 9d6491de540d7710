import type { Pack } from '../types.js';
import type { Cell, Limit, Problem, Setting, Track } from './setting.js';
/** The verdicts met so far on a pack's pairs of versions, shared by every cluster it judges. */
export declare function verdictsOf(pack: Pack): Map<string, Problem | null>;
/** The pack's limits between two components, read once per pack. */
export declare function limitsOf(pack: Pack): Limit[];
/** Whether a subject's version keeps a limit against a target's version; the problem when not. */
export declare function judge(setting: Setting, limit: Limit, index: number, subject: string | undefined, target: string | undefined): Problem | undefined;
/** The target's cells a subject cell is measured against: its own member's, or, where the target does not run, all. */
export declare function targetsOf(target: Track, member: number): Cell[];
/** Whether a pair of cells stands where a state between base and head can break what the head and base do not. */
export declare function judged(limit: Limit, subject: Cell, target: Cell): boolean;
