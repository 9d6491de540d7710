// Properties of `check` over random input: it never throws, whatever the manifests hold, and every finding points
// at a place that exists in the file it names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type CheckResult, check } from '../../src/check/index.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { applyEdit, edit, fleetPair, fleetValue, render, settings, style } from './arbitraries.js';

const MICROCLOUD = readFileSync(path.join(REPO_ROOT, 'policies', 'microcloud.yaml'), 'utf8');
const NOW = new Date('2026-11-22T00:00:00Z');

function judge(head: string, base?: string): Promise<CheckResult> {
  return check({
    head: { file: 'head.yaml', text: head },
    ...(base !== undefined ? { base: { file: 'base.yaml', text: base } } : {}),
    resolvePack: (name) =>
      name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD } : undefined,
    now: NOW,
  });
}

/** Every finding sits on a line and column that exist in the file it names. */
function expectFindingsInside(result: CheckResult, files: Record<string, string>) {
  for (const finding of result.findings) {
    const text = files[finding.file];
    expect(text, `a finding names ${finding.file}`).toBeDefined();
    const lines = (text as string).split('\n');
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines.length);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeLessThanOrEqual((lines[finding.line - 1] ?? '').length + 1);
    expect(finding.message).not.toMatch(/\n|undefined|\[object Object\]/);
  }
  expect(result.ok).toBe(result.summary.errors === 0);
  expect(result.summary.errors + result.summary.warnings).toBe(result.findings.length);
}

describe('check over random manifests', () => {
  it('never throws on a random fleet, however written, and points every finding inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fleetValue, style, async (value, how) => {
        const head = render(value, how);
        const result = await judge(head);
        expectFindingsInside(result, { 'head.yaml': head });
      }),
      settings(),
    );
  });

  it('never throws on a random base and head pair, and points every finding inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(fleetPair, style, async ({ base, head }, how) => {
        const files = { 'head.yaml': render(head, how), 'base.yaml': render(base, how) };
        const result = await judge(files['head.yaml'], files['base.yaml']);
        expectFindingsInside(result, files);
        // A head equal to its base changes nothing.
        if (files['head.yaml'] === files['base.yaml']) expect(result.changes).toEqual([]);
      }),
      settings(),
    );
  });

  it('never throws on edited, broken manifests and bases, and points every finding inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fleetPair,
        style,
        fc.array(edit, { maxLength: 3 }),
        fc.array(edit, { maxLength: 3 }),
        async (pair, how, headEdits, baseEdits) => {
          const files = {
            'head.yaml': headEdits.reduce(applyEdit, render(pair.head, how)),
            'base.yaml': baseEdits.reduce(applyEdit, render(pair.base, how)),
          };
          const result = await judge(files['head.yaml'], files['base.yaml']);
          expectFindingsInside(result, files);
        },
      ),
      settings(),
    );
  });

  it('never throws on any YAML value at all, and points every finding inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4, withNullPrototype: true }), async (value) => {
        let head: string | undefined;
        try {
          head = stringify(value);
        } catch {
          head = undefined;
        }
        // Not every JavaScript value has a YAML form.
        if (typeof head !== 'string') return;
        const result = await judge(head);
        expectFindingsInside(result, { 'head.yaml': head });
      }),
      settings(),
    );
  });
});
