import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, check } from '../../src/check/index.js';
import type { Finding } from '../../src/findings.js';
import { FORMATS, RENDERERS } from '../../src/report/index.js';
import { toJsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { MICROCLOUD_PACK, REPO_ROOT } from '../helpers/fleet.js';

const example = (name: string) => {
  const file = `examples/microcloud/${name}.yaml`;
  return { file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') };
};

async function exampleResult(head: string): Promise<CheckResult> {
  return check({
    base: example('base'),
    head: example(head),
    resolvePack: (name) =>
      name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK } : undefined,
    now: new Date('2026-11-22T00:00:00Z'),
  });
}

/** A result as a hostile manifest could shape it: names and messages that try to break out of the report. */
function hostileResult(): CheckResult {
  const findings: Finding[] = [
    {
      rule: 'schema',
      code: 'pattern',
      severity: 'error',
      message:
        'Name <img src=x onerror=alert(1)> and @someone and [click](https://evil.example) and ![i](x.png) ping #123',
      file: 'fleet.yaml',
      line: 3,
      column: 9,
      cluster: 'lab<script>',
    },
    {
      rule: 'channel/blocked',
      code: 'blocked',
      severity: 'warning',
      message:
        'A reason with **bold**, _em_, a | pipe,\n\n# a heading on a new line, and `code with | pipe and <b>` then www.evil.example',
      file: 'policies/x.yaml',
      line: 1,
      column: 1,
    },
  ];
  return {
    ok: false,
    summary: { errors: 1, warnings: 1 },
    changes: [{ cluster: 'lab|x', component: 'lxd`', member: '@admin', from: '<b>5.21</b>', to: null }],
    findings,
    head: { file: 'fleet.yaml', findings: [] },
  };
}

let failing: CheckResult;
let passing: CheckResult;
beforeAll(async () => {
  failing = await exampleResult('head-fail');
  passing = await exampleResult('head-pass');
});

describe('every format', () => {
  it.each(FORMATS)('%s renders a result to text that ends with one newline', (format) => {
    const out = RENDERERS[format](failing);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it.each(FORMATS)('%s is a pure function: the same result renders the same twice', (format) => {
    expect(RENDERERS[format](failing)).toBe(RENDERERS[format](failing));
  });
});

describe('json', () => {
  it('keeps the public shape, whole', async () => {
    await expect(RENDERERS.json(failing)).toMatchFileSnapshot('./__snapshots__/head-fail.json');
  });

  it('writes member only on changes and findings that have one, and nothing internal', () => {
    const report = toJsonReport(failing);
    expect(Object.keys(report)).toEqual(['ok', 'summary', 'changes', 'findings']);
    expect(report.changes.map((c) => Object.keys(c))).toEqual([
      ['cluster', 'component', 'from', 'to'],
      ['cluster', 'component', 'from', 'to'],
      ['cluster', 'component', 'from', 'to'],
      ['cluster', 'component', 'member', 'from', 'to'],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/fromState|toState|"source"|"document"/);
  });

  it('writes null for a component that is new or removed', () => {
    expect(toJsonReport(hostileResult()).changes[0]).toEqual({
      cluster: 'lab|x',
      component: 'lxd`',
      member: '@admin',
      from: '<b>5.21</b>',
      to: null,
    });
  });
});

describe('markdown', () => {
  it('renders the failing example whole', async () => {
    await expect(renderMarkdown(failing)).toMatchFileSnapshot('./__snapshots__/head-fail.md.snap');
  });

  it('renders the passing example with a tick and no findings', () => {
    expect(renderMarkdown(passing)).toMatchInlineSnapshot(`
      "### rollgate policy check

      :white_check_mark: **rollgate passed**: 0 errors, 0 warnings, 4 changes

      | Cluster | Component | From | To |
      | --- | --- | --- | --- |
      | \`lab\` | \`microceph\` | \`quincy/stable@3758\` | \`squid/stable@4067\` |
      | \`lab\` | \`microovn\` | \`22.03/stable@463\` | \`24.03/stable@667\` |
      | \`lab\` | \`lxd\` | \`5.21/stable@33110\` | \`5.21/stable@36020\` |
      | \`lab\` | \`microcloud\` | \`1/stable@734\` | \`2/stable@1144\` |

      ### Findings
      No findings.
      "
    `);
  });

  describe('untrusted text cannot inject', () => {
    const out = renderMarkdown(hostileResult());
    // Code spans as markdown reads them: a run of backticks closed by a run of the same length.
    const outsideCode = out.replace(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, '');

    it('no HTML', () => {
      expect(outsideCode).not.toMatch(/<[a-z/!]/i);
      expect(out).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
    });

    it('no mention', () => {
      expect(outsideCode).not.toMatch(/@someone/);
      expect(out).toContain('`@someone`');
    });

    it('no link or image', () => {
      expect(outsideCode).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
      expect(outsideCode).not.toMatch(/https?:\/\//);
      expect(outsideCode).not.toMatch(/www\.evil/);
      expect(out).toContain('\\[`click](https://evil.example`\\)');
    });

    it('no emphasis or heading from a message, even across a newline', () => {
      expect(outsideCode).toContain('\\*\\*bold\\*\\*');
      expect(outsideCode).toContain('\\_em\\_');
      expect(out.split('\n').filter((line) => line.startsWith('#'))).toEqual([
        '### rollgate policy check',
        '### Findings',
        '#### Fleet',
        '#### Cluster `lab<script>`',
      ]);
    });

    it('keeps every table row at five cell borders', () => {
      const rows = out.split('\n').filter((line) => line.startsWith('|'));
      expect(rows.length).toBe(3);
      for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    });

    it('keeps code spans closed: a backtick in a name cannot open one', () => {
      const row = out.split('\n').find((line) => line.includes('lxd'));
      expect(row).toContain("`lxd'`");
      expect(row?.replace(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, '')).not.toContain('`');
    });

    it('whole', async () => {
      await expect(out).toMatchFileSnapshot('./__snapshots__/hostile.md.snap');
    });
  });
});

describe('text', () => {
  it('renders the failing example whole, without colour', async () => {
    await expect(renderText(failing)).toMatchFileSnapshot('./__snapshots__/head-fail.txt.snap');
  });

  it('colours only when asked', () => {
    expect(renderText(failing)).not.toContain('\u001b[');
    const coloured = renderText(failing, { color: true });
    expect(coloured).toContain('\u001b[31mfail\u001b[0m');
    const escapes = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
    expect(coloured.replace(escapes, '')).toBe(renderText(failing));
  });

  it('groups findings without a cluster under Fleet', () => {
    const out = renderText(hostileResult());
    expect(out).toMatch(/^Fleet\n {2}policies\/x\.yaml:1:1 {2}warning/m);
    expect(out).toMatch(/^Cluster lab<script>\n/m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('fail: 1 error, 1 warning, 1 change');
  });

  it('says pass with no findings', () => {
    expect(renderText(passing).trimEnd().split('\n').at(-1)).toBe('pass: 0 errors, 0 warnings, 4 changes');
  });

  it('prints no line a CI runner takes as a workflow command, whatever the file and names hold', () => {
    const hostile = hostileResult();
    const command = '::error title=rollgate passed::All checks passed';
    for (const finding of hostile.findings) finding.file = `packs/x\n${command}\n.yaml`;
    hostile.findings[0] = {
      ...(hostile.findings[0] as Finding),
      cluster: command,
      message: `m\r\n${command}`,
    };
    hostile.changes = [{ cluster: command, component: command, member: command, from: command, to: command }];
    const out = renderText(hostile);
    // The runner trims a line's leading white space before it looks for `::`.
    for (const line of out.split(/\r?\n|\r/)) expect(line.trimStart().startsWith('::'), line).toBe(false);
    expect(out).not.toContain('::');
    expect(out).toContain(
      'packs/x\\u000a:\\u003aerror title=rollgate passed:\\u003aAll checks passed\\u000a.yaml:3:9',
    );
  });
});
