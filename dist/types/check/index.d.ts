import type { CheckInput, CheckResult } from './types.js';
export { diffFleets } from './diff.js';
export { statesOf } from './states.js';
export type { CheckInput, CheckResult, EditedPacks, NamedPolicies, PackResolver, TextFile } from './types.js';
/** Judges a head manifest (against a base, when given) by its pack's rules. Throws only when it cannot run. */
export declare function check(input: CheckInput): Promise<CheckResult>;
