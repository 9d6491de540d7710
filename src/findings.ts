/** The rule ids: a public contract, they appear in comments, annotations and severity settings. */
export const RULE_IDS = [
  'yaml/syntax',
  'schema',
  'order/requires',
  'order/promotion',
  'skew/jump',
  'skew/downgrade',
  'skew/major',
  'skew/members',
  'skew/components',
  'channel/risk',
  'channel/eol',
  'channel/blocked',
  'hold/required',
  'hold/freeze',
  'cohort/required',
  'pins/conflict',
  'policy/changed',
] as const;

/** One rule id. */
export type RuleId = (typeof RULE_IDS)[number];

/** How bad a finding is. */
export type Severity = 'error' | 'warning';

/** A severity as a pack sets it: `off` silences the rule. */
export type SeveritySetting = Severity | 'off';

/** One thing a rule found, with the place in the manifest it is about. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  cluster?: string;
  component?: string;
  member?: string;
}

/** Whether a string is one of the rule ids. */
export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Orders findings by file, line, column and rule, so every output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** The error a caller gets when rollgate itself cannot run (exit code 2): one sentence for a person. */
export class RollgateError extends Error {
  override readonly name = 'RollgateError';
}
