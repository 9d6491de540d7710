// RuleTester in the style of typescript-eslint: per rule, a table of cases it must leave alone and cases it must flag.
import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../../src/findings.js';
import { ruleOf } from '../../src/rules/index.js';
import { formatMessage } from '../../src/rules/types.js';
import { findingsOf, type JudgeInput, judge } from './fleet.js';

/** A case the rule must stay quiet on. */
export interface ValidCase extends JudgeInput {
  name: string;
}

/** What one expected finding must match; a RegExp message matches part of the text. */
export interface ExpectedFinding {
  /** The message id (or bad-input code) the finding carries. */
  code?: string;
  message?: RegExp | string;
  severity?: Finding['severity'];
  line?: number;
  column?: number;
  cluster?: string;
  component?: string;
  member?: string;
  /** Whether the change brought it (false: the base had it, and it is a warning unless strict). */
  introduced?: boolean;
}

/** A case the rule must flag, with the findings it must give, in report order. */
export interface InvalidCase extends JudgeInput {
  name: string;
  findings: ExpectedFinding[];
}

/** Loader findings mean a case never reached the rules, which would make a `valid` case pass for nothing. */
function loaderFindings(findings: Finding[], rule: RuleId): Finding[] {
  if (rule === 'schema' || rule === 'yaml/syntax') return [];
  return findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml/syntax');
}

function matcher(expected: ExpectedFinding): Record<string, unknown> {
  const { message, ...rest } = expected;
  if (message === undefined) return rest;
  return { ...rest, message: typeof message === 'string' ? message : expect.stringMatching(message) };
}

/** Declares a describe block of it.each tables for one rule, through the library's `check`. */
export function ruleTester(rule: RuleId, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    it.each(cases.valid)('stays quiet: $name', async (testCase) => {
      const result = await judge(testCase);
      expect(loaderFindings(result.findings, rule)).toEqual([]);
      expect(findingsOf(result, rule)).toEqual([]);
    });
    it.each(cases.invalid)('fires: $name', async (testCase) => {
      const result = await judge(testCase);
      expect(loaderFindings(result.findings, rule)).toEqual([]);
      const found = findingsOf(result, rule);
      expect(found).toHaveLength(testCase.findings.length);
      testCase.findings.forEach((expected, i) => {
        expect(found[i]).toMatchObject(matcher(expected));
      });
      // Every finding says which of its rule's messages it is, and its text is that message filled with its data.
      const messages: Readonly<Record<string, string>> = ruleOf(rule).messages;
      for (const finding of found) {
        if (rule === 'schema' || rule === 'yaml/syntax') continue;
        expect(finding.code).toBeDefined();
        const template = messages[finding.code as string];
        if (template !== undefined) expect(finding.message).toBe(formatMessage(template, finding.data));
        else expect(Object.keys(messages)).toEqual([]);
      }
      if (found.some((f) => f.severity === 'error')) expect(result.ok).toBe(false);
    });
  });
}
