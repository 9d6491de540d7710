// Every pack ships an example fleet in three files: a base, a head that passes and a head that fails.
import { describe, expect, it } from 'vitest';
import { example, judgeExample, PACKS, policyOf } from './pack-helpers.js';

describe.each(PACKS)('examples/%s', (pack) => {
  it.each(['base', 'head-pass', 'head-fail'] as const)(
    '%s.yaml names the pack and the schema editors validate it with',
    (name) => {
      const { text } = example(pack, name);
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/fleet.schema.json');
      expect(text).toContain(`\npolicy: ${pack}\n`);
    },
  );

  it('passes from base to head-pass, with at least one change', async () => {
    const result = await judgeExample(pack, 'head-pass');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it('fails from base to head-fail with errors of the pack rules only, never of the loaders', async () => {
    const result = await judgeExample(pack, 'head-fail');
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml/syntax')).toEqual([]);
  });

  it('is judged by a pack that loads and names its sources', () => {
    expect(policyOf(pack).pack.sources?.length).toBeGreaterThan(0);
  });
});
