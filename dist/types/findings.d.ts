import type { RuleId } from './rules/index.js';
export { isRuleId, RULE_IDS, type RuleId } from './rules/index.js';
/** How bad a finding is. */
export type Severity = 'error' | 'warning';
/** A severity as a pack sets it: `off` silences the rule. */
export type SeveritySetting = Severity | 'off';
/** One thing a rule found, with the place in the manifest it is about. */
export interface Finding {
    rule: RuleId;
    /**
     * What was found, for programs to match (never the message's text): the rule's message id (`jumpWithPath`), or
     * for `yaml/syntax` and `schema` the bad-input code (`DUPLICATE_KEY`, `UNKNOWN_PACK`).
     */
    code: string;
    /** The values the message was written from: with `code`, what tells two findings apart without reading their text. */
    data?: Readonly<Record<string, string | number>>;
    severity: Severity;
    message: string;
    file: string;
    line: number;
    column: number;
    cluster?: string;
    component?: string;
    member?: string;
    /**
     * Whether the change brought it: false for a finding the base already had (same rule, code, cluster, member and
     * component) about a state the change does not move. `check` sets it on every finding it returns.
     */
    introduced?: boolean;
}
/** Orders findings by file, line, column and rule, so every output is stable. */
export declare function compareFindings(a: Finding, b: Finding): number;
/** The error a caller gets when rollgate itself cannot run (exit code 2): one sentence for a person. */
export declare class RollgateError extends Error {
    readonly name = "RollgateError";
}
