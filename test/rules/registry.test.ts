// The rule registry (src/rules/index.ts) is the one place a rule's id, description, severity and messages live; the
// docs' rules table and the policy schema's severities are written from it by `npm run docs` and must not drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policySchema, rulesPage } from '../../scripts/rules-docs.js';
import { isRuleId, RULES } from '../../src/rules/index.js';
import { formatMessage, type Rule } from '../../src/rules/types.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const rules = RULES as readonly Rule[];

describe('the rule registry', () => {
  it('keeps the public rule ids, in the order of the docs table', () => {
    // A public contract: packs, comments and annotations name these ids. Renaming one breaks its users.
    expect(rules.map((rule) => rule.id)).toEqual([
      'yaml/syntax',
      'schema',
      'order/requires',
      'order/promotion',
      'order/transition',
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
      'drift',
    ]);
    expect(isRuleId('skew/jump')).toBe(true);
    expect(isRuleId('skew/leap')).toBe(false);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s has a one-line description, a default severity, and messages for each code it reports',
    (_id, rule) => {
      expect(rule.description).toMatch(/^[A-Z].*\.$/);
      expect(rule.description).not.toContain('\n');
      expect(['error', 'warning']).toContain(rule.severity);
      // The rules the engine runs report through their messages; the loaders' rules have codes of their own.
      if (rule.check) expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const [id, text] of Object.entries(rule.messages)) {
        expect(id).toMatch(/^[a-z][A-Za-z]*$|^[A-Z][A-Z0-9_]*$/);
        expect(text).toMatch(/^\S.*([.)]|\}\})$/);
        expect(text.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]{2}/);
      }
    },
  );

  it('fills a message from its data, and leaves a placeholder without data as written', () => {
    expect(formatMessage('{{component}} {{from}} -> {{to}}', { component: 'lxd', from: '5.0', to: 6 })).toBe(
      'lxd 5.0 -> 6',
    );
    expect(formatMessage('{{component}} moves', {})).toBe('{{component}} moves');
    // Data is not read as a template again: a manifest's text cannot reach another placeholder.
    expect(formatMessage('{{a}} {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} x');
  });
});

describe('the files written from the registry (npm run docs)', () => {
  const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

  it('docs/rules.md holds the rules table as the registry writes it', () => {
    const page = read('docs/rules.md');
    expect(page, 'docs/rules.md is stale: run `npm run docs`').toBe(rulesPage(page));
    for (const rule of rules) expect(page).toContain(`| \`${rule.id}\` | ${rule.description}`);
  });

  it("schemas/policy.schema.json holds the registry's rule ids, descriptions and severities", () => {
    const text = read('schemas/policy.schema.json');
    expect(text, 'schemas/policy.schema.json is stale: run `npm run docs`').toBe(policySchema(text));
    const severities = JSON.parse(text).$defs.severities;
    expect(severities.additionalProperties).toBe(false);
    expect(Object.keys(severities.properties)).toEqual(rules.map((rule) => rule.id));
  });
});
