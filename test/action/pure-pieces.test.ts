// The action's pure pieces: the line diff, the annotation pick, the bounded report, the verdict, the marker.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines, pickAnnotations } from '../../src/action/annotations.js';
import { modeFor } from '../../src/action/input-helper.js';
import { COMMENT_LIMIT, characters, composeReport, utf8Bytes } from '../../src/action/report-body.js';
import { readUntrustedReport, UNTRUSTED_LIMITS } from '../../src/action/report-files.js';
import { isSticky, stickyMarker } from '../../src/action/sticky-comment.js';
import { verdict } from '../../src/action/verdict.js';
import type { CheckResult } from '../../src/check/index.js';
import type { Finding } from '../../src/findings.js';

function finding(
  line: number,
  severity: Finding['severity'] = 'error',
  message = `finding on line ${line}`,
): Finding {
  return {
    rule: 'skew/jump',
    severity,
    message,
    code: 'jumpWithPath',
    file: 'fleet.yaml',
    line,
    column: 1,
    cluster: `c${line % 7}`,
  };
}

function result(findings: Finding[], changes = 0): CheckResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    ok: errors === 0,
    summary: { errors, warnings: findings.length - errors },
    changes: Array.from({ length: changes }, (_, i) => ({
      cluster: `cluster-${i}`,
      component: 'lxd',
      from: '5.21/stable@1',
      to: '5.21/stable@2',
    })),
    findings,
    head: { file: 'fleet.yaml', findings: [] },
  };
}

describe('changedLines', () => {
  it.each([
    ['an edited line', 'a\nb\nc', 'a\nB\nc', [2]],
    ['an added line', 'a\nc', 'a\nb\nc', [2]],
    ['a removed line only', 'a\nb\nc', 'a\nc', []],
    ['lines moved apart', 'a\nb\nc\nd', 'a\nx\nb\nc\ny\nd', [2, 5]],
    ['no change', 'a\nb', 'a\nb', []],
    ['a new file', undefined, 'a\nb', [1, 2]],
  ])('finds %s', (_, base, head, expected) => {
    expect([...changedLines(base, head)].sort((x, y) => x - y)).toEqual(expected);
  });
});

describe('pickAnnotations', () => {
  it('shows ten of each level, touched lines first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding(i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding(100 + i, 'warning')),
    ];
    const pick = pickAnnotations(findings, (f) => f.line === 14 || f.line === 15);
    const errors = pick.shown.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 2).map((f) => f.line)).toEqual([14, 15]);
    expect(pick.shown.filter((f) => f.severity === 'warning')).toHaveLength(3);
    expect(pick.hidden).toEqual({ error: 5, warning: 0 });
  });
});

describe('composeReport', () => {
  const options = {
    marker: stickyMarker('fleet.yaml'),
    manifest: 'fleet.yaml',
    limit: COMMENT_LIMIT,
    measure: characters,
    fullReport: '[the job summary](https://github.test/run)',
  };

  it('keeps a small report whole', () => {
    const text = composeReport(result([finding(3)], 2), options);
    expect(text.startsWith(`${stickyMarker('fleet.yaml')}\n`)).toBe(true);
    expect(text).toContain('finding on line 3');
    expect(text).not.toContain('shortened');
  });

  it('stays under the comment limit, keeps touched errors, and points to the full report', () => {
    const long = 'x'.repeat(400);
    const findings = [
      ...Array.from({ length: 2000 }, (_, i) => finding(i + 1, 'warning', `${long} w${i}`)),
      ...Array.from({ length: 2000 }, (_, i) => finding(i + 1, 'error', `${long} e${i}`)),
    ];
    const text = composeReport(result(findings, 3000), {
      ...options,
      rank: (f) => (f.line === 1999 ? 0 : 1),
    });
    expect(characters(text)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toContain(' e1998 ');
    expect(text).toMatch(/… and \d+ more changes\./);
    expect(text).toMatch(/… and \d+ more findings \(\d+ errors, 2000 warnings\)\./);
    expect(text).toContain(
      'This report was shortened to fit; [the job summary](https://github.test/run) has all of it.',
    );
  });

  it('counts bytes for the job summary', () => {
    const findings = Array.from({ length: 300 }, (_, i) => finding(i + 1, 'error', 'é'.repeat(500)));
    const text = composeReport(result(findings), { ...options, limit: 100_000, measure: utf8Bytes });
    expect(utf8Bytes(text)).toBeLessThanOrEqual(100_000);
    expect(characters(text)).toBeLessThan(100_000);
  });

  it('drops the rollout preview, not the findings, when the preview does not fit', () => {
    const preview = ['```mermaid', 'flowchart LR', 'a'.repeat(COMMENT_LIMIT), '```'];
    const text = composeReport(result([finding(1)]), { ...options, preview });
    expect(text).toContain('finding on line 1');
    expect(text).toContain('The rollout preview did not fit here.');
  });
});

describe('verdict', () => {
  it.each([
    ['error', 1, 0, true],
    ['error', 0, 3, false],
    ['warning', 0, 3, true],
    ['warning', 0, 0, false],
    ['never', 5, 5, false],
  ] as const)('under fail-on %s, %i errors and %i warnings fail: %s', (failOn, errors, warnings, failed) => {
    expect(verdict({ errors, warnings }, failOn).failed).toBe(failed);
  });
});

describe('the sticky marker', () => {
  it('cannot be closed early by the manifest path', () => {
    const marker = stickyMarker('clusters/a --> b.yaml');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  it.each([
    [
      'a bot comment that starts with the marker',
      { body: `${stickyMarker('fleet.yaml')}\nreport`, user: { type: 'Bot' } },
      true,
    ],
    [
      "a person's comment that starts with the marker",
      { body: `${stickyMarker('fleet.yaml')}\nreport`, user: { type: 'User' } },
      false,
    ],
    [
      'a bot comment that quotes the marker later',
      { body: `> ${stickyMarker('fleet.yaml')}`, user: { type: 'Bot' } },
      false,
    ],
    [
      "another manifest's comment",
      { body: `${stickyMarker('other.yaml')}\nreport`, user: { type: 'Bot' } },
      false,
    ],
  ])('recognises %s: %s', (_, comment, expected) => {
    expect(isSticky({ id: 1, ...comment }, stickyMarker('fleet.yaml'))).toBe(expected);
  });
});

describe('modeFor', () => {
  it.each([
    [
      { kind: 'pull_request', name: 'pull_request', number: 1, baseSha: 'a', headSha: 'b', fork: false },
      'check',
    ],
    [{ kind: 'push', name: 'push' }, 'plan'],
    [{ kind: 'workflow_run', name: 'workflow_run', headSha: 'a', fork: true }, 'comment'],
    [{ kind: 'other', name: 'workflow_dispatch' }, 'check'],
  ] as const)('picks a mode for %o: %s', (event, mode) => {
    expect(modeFor(event)).toBe(mode);
  });
});

describe('readUntrustedReport', () => {
  async function withReport(files: Record<string, string>, body: (dir: string) => Promise<void>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'rollgate-report-'));
    try {
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
      await body(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('returns nothing when no report was downloaded', async () => {
    await withReport({}, async (dir) => expect(await readUntrustedReport(dir, 'fleet.yaml')).toBeUndefined());
  });

  it.each([
    ['not JSON', '{', /is not JSON/],
    ['not a report', '{"ok": true}', /not a rollgate report/],
    [
      'too large',
      `{"findings": [], "changes": [], "pad": "${'x'.repeat(UNTRUSTED_LIMITS.reportBytes)}"}`,
      /over the \d+ allowed/,
    ],
  ])('refuses a report that is %s', async (_, text, message) => {
    await withReport({ 'report.json': text }, async (dir) => {
      await expect(readUntrustedReport(dir, 'fleet.yaml')).rejects.toThrow(message);
    });
  });

  it.each([
    ['digits', '12\n', 12],
    ['a command', '12; rm -rf /', undefined],
    ['a negative number', '-3', undefined],
    ['zero', '0', undefined],
  ])('takes a PR number of %s only when it is digits', async (_, text, expected) => {
    await withReport({ 'report.json': '{"findings": [], "changes": []}', 'pr-number': text }, async (dir) => {
      expect((await readUntrustedReport(dir, 'fleet.yaml'))?.claimedPrNumber).toBe(expected);
    });
  });

  it('keeps only well-formed findings and cuts long text', async () => {
    const report = {
      ok: true,
      findings: [
        {
          rule: 'skew/jump',
          severity: 'error',
          message: 'y'.repeat(10_000),
          file: 'fleet.yaml',
          line: 2,
          column: 3,
        },
        {
          rule: 'skew/jump',
          severity: 'fatal',
          message: 'bad severity',
          file: 'fleet.yaml',
          line: 1,
          column: 1,
        },
        {
          rule: 'skew/jump',
          severity: 'warning',
          message: 'bad line',
          file: 'fleet.yaml',
          line: -5,
          column: 'x',
        },
        'not an object',
      ],
      changes: [{ cluster: 'a', component: 'lxd', from: null, to: 'x' }, { cluster: 3 }],
    };
    await withReport({ 'report.json': JSON.stringify(report) }, async (dir) => {
      const read = await readUntrustedReport(dir, 'fleet.yaml');
      expect(read?.result.ok).toBe(false);
      expect(read?.result.summary).toEqual({ errors: 1, warnings: 1 });
      expect(read?.result.findings[0]?.message).toHaveLength(UNTRUSTED_LIMITS.text);
      expect(read?.result.findings[1]).toMatchObject({ line: 1, column: 1 });
      expect(read?.result.changes).toEqual([{ cluster: 'a', component: 'lxd', from: null, to: 'x' }]);
    });
  });
});
