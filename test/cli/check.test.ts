// `rollgate check` end to end: the built command as a process, on files in temporary folders.
import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RULE_IDS, type RuleId } from '../../src/findings.js';
import {
  assertBuilt,
  type CliRun,
  git,
  removeWorkspaces,
  repository,
  rollgate,
  workspace,
  writeFiles,
} from '../helpers/cli.js';
import {
  cluster,
  fleetYaml,
  MICROCLOUD_1,
  MICROCLOUD_2,
  MICROCLOUD_PACK,
  oneCluster,
  patch,
  REPO_ROOT,
  rulesOf,
  snap,
  TOY_COMPONENTS,
  TOY_PACK,
} from '../helpers/fleet.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

const NOW = ['--now', '2026-11-22'];

interface JsonReport {
  ok: boolean;
  summary: { errors: number; warnings: number };
  changes: Array<{
    cluster: string;
    component: string;
    member?: string;
    from: string | null;
    to: string | null;
  }>;
  findings: Array<{
    rule: string;
    severity: string;
    message: string;
    file: string;
    line: number;
    column: number;
    cluster?: string;
    component?: string;
    member?: string;
    introduced: boolean;
  }>;
}

/** Parses the JSON report of a run, checking the public shape on the way. */
function report(run: CliRun): JsonReport {
  expect(run.stderr).toBe('');
  const parsed = JSON.parse(run.stdout) as JsonReport;
  expect(Object.keys(parsed)).toEqual(['ok', 'summary', 'changes', 'findings']);
  expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings']);
  for (const change of parsed.changes) {
    expect(['cluster', 'component', 'member', 'from', 'to']).toEqual(
      expect.arrayContaining(Object.keys(change)),
    );
  }
  for (const finding of parsed.findings) {
    expect(
      Object.keys(finding)
        .filter((key) => key !== 'code')
        .slice(0, 6),
    ).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column']);
    expect([
      'rule',
      'severity',
      'message',
      'code',
      'file',
      'line',
      'column',
      'cluster',
      'component',
      'member',
      'introduced',
    ]).toEqual(expect.arrayContaining(Object.keys(finding)));
    // Whether the change brought it (issue 13): on every finding, a boolean.
    expect(typeof finding.introduced).toBe('boolean');
  }
  expect(parsed.summary.errors).toBe(parsed.findings.filter((f) => f.severity === 'error').length);
  expect(parsed.summary.warnings).toBe(parsed.findings.filter((f) => f.severity === 'warning').length);
  expect(parsed.ok).toBe(parsed.summary.errors === 0);
  expect(run.status).toBe(parsed.ok ? 0 : 1);
  return parsed;
}

/** Files and flags for one run: `fleet.yaml` is the head; `base.yaml`, when given, is passed as --base. */
interface Scenario {
  head: string;
  base?: string;
  now?: string;
  toy?: boolean;
}

function runScenario(scenario: Scenario): Promise<CliRun> {
  const files: Record<string, string> = { 'fleet.yaml': scenario.head };
  if (scenario.base !== undefined) files['base.yaml'] = scenario.base;
  if (scenario.toy) files['policies/toy.yaml'] = TOY_PACK;
  const cwd = workspace(files);
  const args = ['check', '--head', 'fleet.yaml', '--format', 'json', '--now', scenario.now ?? '2026-11-22'];
  if (scenario.base !== undefined) args.push('--base', 'base.yaml');
  return rollgate(args, cwd);
}

const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));
const waves = (stage: object, prod: object) =>
  fleetYaml({
    waves: ['staging', 'production'],
    clusters: [
      cluster('stage', stage as typeof MICROCLOUD_2, { wave: 'staging' }),
      cluster('prod', prod as typeof MICROCLOUD_2, { wave: 'production' }),
    ],
  });
const proxied = (second: object) =>
  fleetYaml({
    clusters: [
      cluster('east', MICROCLOUD_2, { proxy: 'store-eu' }),
      cluster('west', second as typeof MICROCLOUD_2, { proxy: 'store-eu' }),
    ],
  });
const freeze = [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end' }];
const bumpedLxd = patch(MICROCLOUD_2, { lxd: { revision: 33200 } });

/**
 * For every rule but policy/changed (which needs git, below) and drift (which needs observed.json, in
 * test/observe/drift.test.ts): a run it fires on and a run it stays quiet on.
 */
const RULE_SCENARIOS: Record<
  Exclude<RuleId, 'policy/changed' | 'drift'>,
  { fires: Scenario; quiet: Scenario }
> = {
  'yaml/syntax': { fires: { head: 'apiVersion: rollgate/v1\nkind: [\n' }, quiet: { head: microcloud({}) } },
  schema: { fires: { head: microcloud({ microk8s: { version: '1.31' } }) }, quiet: { head: microcloud({}) } },
  'order/requires': {
    fires: { head: microcloud({ microovn: { channel: '22.03/stable' } }) },
    quiet: { head: microcloud({}) },
  },
  'order/promotion': {
    fires: { base: waves(MICROCLOUD_2, MICROCLOUD_2), head: waves(MICROCLOUD_2, bumpedLxd) },
    quiet: { base: waves(bumpedLxd, MICROCLOUD_2), head: waves(bumpedLxd, bumpedLxd) },
  },
  'order/transition': {
    // server first leaves agent 1.5 two minors behind server 1.7; agent first puts it ahead of server 1.6.
    fires: {
      toy: true,
      base: toy({ server: { version: '1.6.0' }, agent: { version: '1.5.0' } }),
      head: toy({}),
    },
    quiet: {
      toy: true,
      base: toy({ server: { version: '1.6.0' }, agent: { version: '1.6.0' } }),
      head: toy({}),
    },
  },
  'skew/jump': {
    fires: {
      base: microcloud({ microovn: { channel: '22.03/stable' } }),
      head: microcloud({ microovn: { channel: '24.09/stable' } }),
    },
    quiet: { base: microcloud({ microovn: { channel: '22.03/stable' } }), head: microcloud({}) },
  },
  'skew/downgrade': {
    fires: { base: microcloud({}), head: microcloud({ microceph: { channel: 'reef/stable' } }) },
    quiet: { base: microcloud({ microceph: { channel: 'reef/stable' } }), head: microcloud({}) },
  },
  'skew/major': {
    fires: {
      toy: true,
      base: toy({ server: { version: '1.8.0' }, agent: { version: '1.8.0' } }),
      head: toy({ server: { version: '2.0.0' }, agent: { version: '1.8.0' } }),
    },
    quiet: {
      toy: true,
      base: toy({}),
      head: toy({ server: { version: '1.8.0' }, agent: { version: '1.8.0' } }),
    },
  },
  'skew/members': {
    fires: {
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microceph: { revision: 4001 } } }],
      }),
    },
    quiet: {
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microceph: { hold: true } } }],
      }),
    },
  },
  'skew/components': {
    fires: { toy: true, head: toy({ agent: { version: '1.8.0' } }) },
    quiet: { toy: true, head: toy({ agent: { version: '1.6.0' } }) },
  },
  'channel/risk': {
    fires: { head: microcloud({ lxd: { channel: '5.21/edge' } }) },
    quiet: { head: microcloud({}) },
  },
  'channel/eol': {
    fires: { head: microcloud({}, MICROCLOUD_1) },
    quiet: { head: microcloud({}, MICROCLOUD_1), now: '2025-04-30' },
  },
  'channel/blocked': {
    fires: { toy: true, head: toy({ server: { version: '1.6.1' }, agent: { version: '1.6.1' } }) },
    quiet: { toy: true, head: toy({ server: { version: '1.6.0' }, agent: { version: '1.6.0' } }) },
  },
  'hold/required': { fires: { head: microcloud({ lxd: { hold: false } }) }, quiet: { head: microcloud({}) } },
  'hold/freeze': {
    fires: {
      base: oneCluster(MICROCLOUD_2, { freeze }),
      head: oneCluster(bumpedLxd, { freeze }),
      now: '2026-12-24',
    },
    quiet: {
      base: oneCluster(MICROCLOUD_2, { freeze }),
      head: oneCluster(bumpedLxd, { freeze }),
      now: '2027-01-05',
    },
  },
  'cohort/required': {
    fires: { head: microcloud({ microceph: { cohort: false } }) },
    quiet: { head: microcloud({}) },
  },
  'pins/conflict': { fires: { head: proxied(bumpedLxd) }, quiet: { head: proxied(MICROCLOUD_2) } },
};

describe('every rule through the CLI', () => {
  it('has a scenario for every rule id', async () => {
    expect([...Object.keys(RULE_SCENARIOS), 'policy/changed', 'drift'].sort()).toEqual([...RULE_IDS].sort());
  });

  it.concurrent.each(Object.entries(RULE_SCENARIOS))(
    '%s fires: exit 1 and the rule in the JSON report',
    async (rule, { fires }) => {
      const run = await runScenario(fires);
      const parsed = report(run);
      expect(run.status).toBe(1);
      expect(parsed.findings.filter((f) => f.rule === rule && f.severity === 'error').length).toBeGreaterThan(
        0,
      );
      for (const finding of parsed.findings)
        expect(finding.file).toMatch(/^(fleet\.yaml|policies\/toy\.yaml)$/);
    },
  );

  it.concurrent.each(Object.entries(RULE_SCENARIOS))(
    '%s stays quiet: exit 0 and no finding',
    async (_rule, { quiet }) => {
      const run = await runScenario(quiet);
      const parsed = report(run);
      expect(parsed.findings).toEqual([]);
      expect(run.status).toBe(0);
    },
  );
});

describe("the seed's MicroCloud 1 to 2 example", () => {
  const examples = (...args: string[]) =>
    rollgate(['check', '--base', 'examples/microcloud/base.yaml', ...args, ...NOW], REPO_ROOT);

  it('passes (exit 0) with four changes and no finding', async () => {
    const parsed = report(await examples('--head', 'examples/microcloud/head-pass.yaml', '--format', 'json'));
    expect(parsed).toEqual({
      ok: true,
      summary: { errors: 0, warnings: 0 },
      changes: [
        { cluster: 'lab', component: 'microceph', from: 'quincy/stable@3758', to: 'squid/stable@4067' },
        { cluster: 'lab', component: 'microovn', from: '22.03/stable@463', to: '24.03/stable@667' },
        { cluster: 'lab', component: 'lxd', from: '5.21/stable@33110', to: '5.21/stable@36020' },
        { cluster: 'lab', component: 'microcloud', from: '1/stable@734', to: '2/stable@1144' },
      ],
      findings: [],
    });
  });

  it('fails (exit 1) the wrong way, with the expected rules at their lines', async () => {
    const parsed = report(await examples('--head', 'examples/microcloud/head-fail.yaml', '--format', 'json'));
    expect(rulesOf(parsed)).toEqual(['channel/risk', 'hold/required', 'order/requires', 'skew/members']);
    expect(parsed.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'skew/members examples/microcloud/head-fail.yaml:14:11',
      'hold/required examples/microcloud/head-fail.yaml:18:7',
      'channel/risk examples/microcloud/head-fail.yaml:18:30',
      'order/requires examples/microcloud/head-fail.yaml:19:7',
    ]);
    expect(parsed.changes).toContainEqual({
      cluster: 'lab',
      component: 'microceph',
      member: 'lab-3',
      from: 'quincy/stable@3758',
      to: 'squid/stable@4001',
    });
  });

  it('prints a text report without colour when stdout is no terminal', async () => {
    const run = await examples('--head', 'examples/microcloud/head-fail.yaml');
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('Cluster lab');
    expect(run.stdout).toContain('examples/microcloud/head-fail.yaml:18:30  error    lxd tracks 5.21/edge');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('fail: 4 errors, 0 warnings, 4 changes');
  });

  it('prints markdown and SARIF that parse', async () => {
    const markdown = await examples('--head', 'examples/microcloud/head-fail.yaml', '--format', 'markdown');
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toMatch(
      /^### rollgate policy check\n\n:x: \*\*rollgate failed\*\*: 4 errors, 0 warnings, 4 changes\n/,
    );
    const sarif = await examples('--head', 'examples/microcloud/head-fail.yaml', '--format', 'sarif');
    expect(sarif.status).toBe(1);
    const parsed = JSON.parse(sarif.stdout);
    expect(parsed.version).toBe('2.1.0');
    expect(parsed.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'skew/members',
      'hold/required',
      'channel/risk',
      'order/requires',
    ]);
  });
});

describe('where packs come from', () => {
  it('uses the built-in microcloud pack when there is no policies folder', async () => {
    const cwd = workspace({ 'fleet.yaml': microcloud({ lxd: { channel: '5.21/edge' } }) });
    const parsed = report(await rollgate(['check', '--head', 'fleet.yaml', '--format', 'json', ...NOW], cwd));
    expect(rulesOf(parsed)).toEqual(['channel/risk']);
  });

  it('prefers a pack of the same name in --policies over the built-in one', async () => {
    const relaxed = MICROCLOUD_PACK.replace(
      '  policy/changed: warning',
      '  policy/changed: warning\n  channel/risk: off',
    );
    const cwd = workspace({
      'fleet.yaml': microcloud({ lxd: { channel: '5.21/edge' } }),
      'site-packs/microcloud.yaml': relaxed,
    });
    const parsed = report(
      await rollgate(
        ['check', '--head', 'fleet.yaml', '--policies', 'site-packs', '--format', 'json', ...NOW],
        cwd,
      ),
    );
    expect(parsed.findings).toEqual([]);
  });

  it('reads a pack the manifest names by a path relative to itself', async () => {
    const cwd = workspace({
      'fleets/prod/fleet.yaml': toy({ agent: { version: '1.8.0' } }).replace(
        'policy: toy',
        'policy: ../packs/toy.yaml',
      ),
      'fleets/packs/toy.yaml': TOY_PACK,
    });
    const parsed = report(
      await rollgate(['check', '--head', 'fleets/prod/fleet.yaml', '--format', 'json', ...NOW], cwd),
    );
    expect(rulesOf(parsed)).toEqual(['skew/components']);
    expect(parsed.findings[0]?.file).toBe('fleets/prod/fleet.yaml');
  });

  it('an unknown pack name is a finding on the `policy` line that lists the packs there are', async () => {
    const cwd = workspace({ 'fleet.yaml': oneCluster(MICROCLOUD_2, { policy: 'no-such-pack' }) });
    const parsed = report(await rollgate(['check', '--head', 'fleet.yaml', '--format', 'json', ...NOW], cwd));
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 3,
        column: 9,
        message: expect.stringMatching(
          /^The manifest's policy `no-such-pack` names no pack in the policies directory or among rollgate's built-in packs\. The packs there are: .*microcloud/,
        ),
      }),
    ]);
  });
});

/** The lines of stderr, checked to be one sentence with no stack trace. */
function oneSentence(run: CliRun): string {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
  expect(lines[0]).toMatch(/\.$/);
  return lines[0] as string;
}

describe('exit 2: the tool could not run, and says why in one sentence', () => {
  const brokenPack =
    'apiVersion: rollgate/v1\nkind: PolicyPack\nname: microcloud\norder: [a]\ncomponents: {}\n';
  const cases: Array<{
    name: string;
    args: string[];
    files?: Record<string, string>;
    expected: string | RegExp;
  }> = [
    {
      name: 'no --head',
      args: ['check', '--base', 'fleet.yaml'],
      expected: 'rollgate check: --head is required: the manifest to judge, for example --head fleet.yaml.',
    },
    {
      name: 'a bad --format',
      args: ['check', '--head', 'fleet.yaml', '--format', 'xml'],
      expected: 'rollgate check: --format "xml" is not one of text, json, markdown, sarif.',
    },
    {
      name: '--base and --base-ref together',
      args: ['check', '--head', 'fleet.yaml', '--base', 'fleet.yaml', '--base-ref', 'main'],
      expected: 'rollgate check: Give --base or --base-ref, not both.',
    },
    {
      name: 'a missing head file',
      args: ['check', '--head', 'nowhere.yaml'],
      expected: /^rollgate check: The head manifest \S*nowhere\.yaml does not exist\.$/,
    },
    {
      name: 'a missing base file',
      args: ['check', '--head', 'fleet.yaml', '--base', 'gone.yaml'],
      expected: /^rollgate check: The base manifest \S*gone\.yaml does not exist\.$/,
    },
    {
      name: 'a folder as the head',
      args: ['check', '--head', 'policies'],
      files: { 'policies/x.yaml': 'a: 1\n' },
      expected: /^rollgate check: \S*policies is a directory, not a manifest file\.$/,
    },
    {
      name: 'a pack that breaks its schema',
      args: ['check', '--head', 'fleet.yaml'],
      files: { 'policies/microcloud.yaml': brokenPack },
      expected:
        'rollgate check: The policy pack policies/microcloud.yaml is broken at line 5, column 13: `components` at components must NOT have fewer than 1 properties.',
    },
    {
      name: 'a pack that is no YAML',
      args: ['check', '--head', 'fleet.yaml'],
      files: { 'policies/microcloud.yaml': 'apiVersion: rollgate/v1\nkind: [\n' },
      expected:
        /^rollgate check: The policy pack policies\/microcloud\.yaml is broken at line 3, column 1: The YAML does not parse: /,
    },
    {
      name: 'a pack whose requires name an unknown component',
      args: ['check', '--head', 'fleet.yaml'],
      files: {
        'policies/microcloud.yaml': MICROCLOUD_PACK.replace(
          'needs: { lxd: ["5.21"], microceph: [squid]',
          'needs: { lxd: ["5.21"], ceph: [squid]',
        ),
      },
      expected:
        /^rollgate check: The policy pack policies\/microcloud\.yaml is broken at line \d+, column \d+: `microcloud` requires `ceph`, which is not one of the pack's components\.$/,
    },
    {
      name: 'an unknown flag',
      args: ['check', '--head', 'fleet.yaml', '--bogus'],
      expected: "rollgate check: Unknown option '--bogus'. Run with --help for the flags.",
    },
    {
      name: 'a --now that is no date',
      args: ['check', '--head', 'fleet.yaml', '--now', 'yesterday'],
      expected: /^rollgate check: --now "yesterday" is not an ISO 8601 date or time/,
    },
    {
      name: 'a --base-ref outside a git repository',
      args: ['check', '--head', 'fleet.yaml', '--base-ref', 'main'],
      expected: /^rollgate check: The base ref main names no commit in this repository;/,
    },
    {
      name: 'a --policies folder that does not exist (a typo would leave only the built-in packs)',
      args: ['check', '--head', 'fleet.yaml', '--policies', 'polices'],
      expected:
        'rollgate check: --policies "polices" names no folder: polices does not exist. Name the folder of your own packs, or leave it out to judge by rollgate\'s packs alone.',
    },
    {
      name: 'a --policies that is a file',
      args: ['check', '--head', 'fleet.yaml', '--policies', 'fleet.yaml'],
      expected: /^rollgate check: --policies "fleet\.yaml" names no folder: fleet\.yaml is a file\./,
    },
    {
      name: 'the default policies folder named on purpose and absent',
      args: ['check', '--head', 'fleet.yaml', '--policies', 'policies'],
      expected: /^rollgate check: --policies "policies" names no folder: policies does not exist\./,
    },
    {
      name: 'an unknown command',
      args: ['chek', '--head', 'fleet.yaml'],
      expected: 'rollgate: unknown command "chek"; the commands are check',
    },
  ];

  it('a FIFO or a device as the head: refused before it is read, which would block or never end', async () => {
    const cwd = workspace({ 'fleet.yaml': microcloud({}) });
    execFileSync('mkfifo', [path.join(cwd, 'pipe.yaml')]);
    for (const [head, shown] of [
      ['pipe.yaml', 'pipe.yaml'],
      ['/dev/zero', '/dev/zero'],
    ]) {
      const line = oneSentence(await rollgate(['check', '--head', head as string], cwd));
      expect(line).toMatch(
        new RegExp(
          `^rollgate check: \\S*${shown} is not a regular file \\(a pipe, device or socket\\); rollgate reads files\\.$`,
        ),
      );
    }
  });

  it('a head of gigabytes: refused by its size before it is read', async () => {
    const cwd = workspace({ 'fleet.yaml': microcloud({}), 'huge.yaml': '' });
    // Sparse: three gigabytes that take no room on disk.
    truncateSync(path.join(cwd, 'huge.yaml'), 3 * 2 ** 30);
    const line = oneSentence(await rollgate(['check', '--head', 'huge.yaml'], cwd));
    expect(line).toMatch(
      /^rollgate check: \S*huge\.yaml is 3\.0 GiB; rollgate reads files of at most 32 MiB\.$/,
    );
  });

  it.concurrent.each(cases)('$name', async ({ args, files, expected }) => {
    const cwd = workspace({ 'fleet.yaml': microcloud({}), ...files });
    const run = await rollgate(args, cwd);
    if (args[0] === 'chek') {
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^rollgate: unknown command "chek"; the commands are .*check/);
      return;
    }
    const line = oneSentence(run);
    if (typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });

  it('no arguments at all prints the usage and exits 2', async () => {
    const run = await rollgate([], workspace());
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^Usage: rollgate <command>/);
  });
});

describe('hostile manifests through the CLI: exit 1 and a finding, never a crash', () => {
  const bomb = (() => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    let previous = 'a';
    for (const name of 'bcdefghi') {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      previous = name;
    }
    return `${lines.join('\n')}\n`;
  })();
  const cases: Array<{ name: string; content: () => string | Buffer; rule: string; message: RegExp }> = [
    {
      name: 'malformed YAML',
      content: () => 'apiVersion: rollgate/v1\nkind: [\n',
      rule: 'yaml/syntax',
      message: /^The YAML does not parse/,
    },
    { name: 'a billion-laughs alias bomb', content: () => bomb, rule: 'yaml/syntax', message: /alias bomb/ },
    { name: '100,000 [', content: () => '['.repeat(100_000), rule: 'yaml/syntax', message: /nests/ },
    {
      name: 'a 50 MB file',
      content: () => `# ${'x'.repeat(50 * 1024 * 1024)}\n`,
      rule: 'yaml/syntax',
      message: /^The file is 50\.0 MiB/,
    },
    {
      name: 'binary garbage',
      content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]),
      rule: 'yaml/syntax',
      message: /binary data/,
    },
    { name: 'an empty file', content: () => '', rule: 'schema', message: /^The manifest is empty/ },
    {
      name: 'a %YAML 1.1 directive',
      content: () => `%YAML 1.1\n---\n${microcloud({})}`,
      rule: 'yaml/syntax',
      message: /%YAML directive/,
    },
    {
      name: '__proto__ keys',
      content: () => microcloud({}).replace('kind: Fleet\n', 'kind: Fleet\n__proto__: { polluted: true }\n'),
      rule: 'schema',
      message: /unknown field `__proto__`/,
    },
    {
      name: 'a bare number for a version',
      content: () => toy({}).replace('version: 1.7.0', 'version: 1.10'),
      rule: 'schema',
      message: /is the YAML number 1\.10; write it as a string, "1\.10"/,
    },
  ];

  it.concurrent.each(cases)('$name', async ({ content, rule, message }) => {
    const cwd = workspace({ 'fleet.yaml': content(), 'policies/toy.yaml': TOY_PACK });
    const parsed = report(await rollgate(['check', '--head', 'fleet.yaml', '--format', 'json', ...NOW], cwd));
    expect(parsed.ok).toBe(false);
    expect(parsed.findings[0]).toMatchObject({ rule, file: 'fleet.yaml' });
    expect(parsed.findings[0]?.message).toMatch(message);
  });

  it('a broken base manifest is a warning, and the head is still judged', async () => {
    const cwd = workspace({ 'fleet.yaml': microcloud({ lxd: { hold: false } }), 'base.yaml': 'kind: [\n' });
    const parsed = report(
      await rollgate(
        ['check', '--head', 'fleet.yaml', '--base', 'base.yaml', '--format', 'json', ...NOW],
        cwd,
      ),
    );
    expect(parsed.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['schema', 'warning'],
      ['hold/required', 'error'],
    ]);
    expect(parsed.findings[0]?.message).toMatch(
      /^The base manifest base\.yaml could not be read \(line 2: The YAML does not parse/,
    );
  });
});

describe('--base-ref: the base and the judging packs come from git', () => {
  function fleetRepository(extra: Record<string, string> = {}): string {
    return repository({
      'policies/microcloud.yaml': MICROCLOUD_PACK,
      'fleet/fleet.yaml': microcloud({}, MICROCLOUD_1),
      ...extra,
    });
  }
  const check = (cwd: string, ...args: string[]) =>
    rollgate(['check', '--base-ref', 'main', '--format', 'json', ...NOW, ...args], cwd);
  /** Commits the working tree on a pull-request branch, as a checkout of the head would have it. */
  const commitHead = (cwd: string, files: Record<string, string>) => {
    writeFiles(cwd, files);
    git(cwd, 'checkout', '-q', '-b', 'pr');
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'head');
  };

  it("passes the seed's upgrade, with no policy/changed when no pack is edited", async () => {
    const cwd = fleetRepository();
    commitHead(cwd, { 'fleet/fleet.yaml': microcloud({}) });
    const parsed = report(await check(cwd, '--head', 'fleet/fleet.yaml'));
    expect(parsed.findings).toEqual([]);
    expect(parsed.changes).toHaveLength(3);
  });

  it('a change that edits a pack gets policy/changed at the edited line, and is judged by the base pack', async () => {
    const cwd = fleetRepository();
    const lines = MICROCLOUD_PACK.split('\n');
    const rulesLine = lines.indexOf('  policy/changed: warning') + 1;
    commitHead(cwd, {
      'policies/microcloud.yaml': MICROCLOUD_PACK.replace(
        '  policy/changed: warning',
        '  policy/changed: warning\n  channel/risk: off',
      ),
      'fleet/fleet.yaml': microcloud({ lxd: { channel: '5.21/edge' } }),
    });
    const parsed = report(await check(cwd, '--head', 'fleet/fleet.yaml'));
    expect(parsed.ok).toBe(false);
    expect(parsed.findings.find((f) => f.rule === 'policy/changed')).toEqual({
      rule: 'policy/changed',
      severity: 'warning',
      message: expect.stringMatching(
        /^This change edits the policy pack policies\/microcloud\.yaml\. It is judged by the base's packs/,
      ),
      code: 'packChanged',
      file: 'policies/microcloud.yaml',
      line: rulesLine + 1,
      column: 1,
      introduced: true,
    });
    // The edit turns channel/risk off, but the base's pack still judges this change.
    expect(rulesOf(parsed)).toContain('channel/risk');
  });

  it('quiet: policy/changed stays away when only the manifest changes', async () => {
    const cwd = fleetRepository();
    commitHead(cwd, { 'fleet/fleet.yaml': microcloud({ lxd: { revision: 33200 } }) });
    const parsed = report(await check(cwd, '--head', 'fleet/fleet.yaml'));
    expect(rulesOf(parsed)).not.toContain('policy/changed');
  });

  it('sees a pack edit when run from a subfolder with --policies pointing up', async () => {
    const cwd = fleetRepository();
    commitHead(cwd, {
      'policies/microcloud.yaml': `${MICROCLOUD_PACK}# reviewed\n`,
      'fleet/fleet.yaml': microcloud({}),
    });
    const parsed = report(
      await check(path.join(cwd, 'fleet'), '--head', 'fleet.yaml', '--policies', '../policies'),
    );
    expect(parsed.findings.map((f) => [f.rule, f.file])).toEqual([
      ['policy/changed', '../policies/microcloud.yaml'],
    ]);
  });

  it('an added pack is named as added, and a broken one gets schema findings in its own file', async () => {
    const cwd = fleetRepository();
    commitHead(cwd, {
      'policies/extra.yaml':
        'apiVersion: rollgate/v1\nkind: PolicyPack\nname: extra\norder: [a]\ncomponents: {}\n',
    });
    const parsed = report(await check(cwd, '--head', 'fleet/fleet.yaml'));
    expect(
      parsed.findings
        .filter((f) => f.file === 'policies/extra.yaml')
        .map((f) => [f.rule, f.severity, f.line]),
    ).toEqual([
      ['policy/changed', 'warning', 1],
      ['schema', 'error', 5],
    ]);
    expect(parsed.findings.find((f) => f.rule === 'policy/changed')?.message).toMatch(
      /^This change adds the policy pack policies\/extra\.yaml\./,
    );
  });

  it('a pack written but not yet added to git is named as added; a README beside the packs is no pack', async () => {
    const cwd = fleetRepository();
    commitHead(cwd, { 'fleet/fleet.yaml': microcloud({}) });
    writeFiles(cwd, {
      'policies/caf\u00e9.yaml': MICROCLOUD_PACK.replace('name: microcloud', 'name: cafe'),
      'policies/README.md': '# Our packs\n',
    });
    const parsed = report(await check(cwd, '--head', 'fleet/fleet.yaml'));
    expect(parsed.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['policy/changed', 'policies/caf\u00e9.yaml', 1],
    ]);
    expect(parsed.findings[0]?.message).toMatch(
      /^This change adds the policy pack policies\/caf\u00e9\.yaml\./,
    );
  });

  it('names an edited pack whose file name git would quote', async () => {
    const cwd = fleetRepository({ 'policies/caf\u00e9 lab.yaml': MICROCLOUD_PACK });
    commitHead(cwd, { 'policies/caf\u00e9 lab.yaml': `${MICROCLOUD_PACK}# reviewed\n` });
    const parsed = report(await check(cwd, '--head', 'fleet/fleet.yaml'));
    expect(parsed.findings.filter((f) => f.rule === 'policy/changed').map((f) => [f.file, f.line])).toEqual([
      ['policies/caf\u00e9 lab.yaml', MICROCLOUD_PACK.split('\n').length],
    ]);
  });

  it('a manifest new in this change has no base: the compare rules stay quiet', async () => {
    const cwd = fleetRepository();
    commitHead(cwd, {
      'fleet/other.yaml': microcloud({ microovn: { channel: '25.09/stable' }, microcloud: null }),
    });
    const parsed = report(await check(cwd, '--head', 'fleet/other.yaml'));
    expect(parsed.changes).toEqual([]);
    expect(rulesOf(parsed)).not.toContain('skew/jump');
  });

  it('a ref that names no commit is exit 2', async () => {
    const cwd = fleetRepository();
    const run = await check(cwd, '--head', 'fleet/fleet.yaml', '--base-ref', 'origin/nowhere');
    expect(oneSentence(run)).toMatch(
      /^rollgate check: The base ref origin\/nowhere names no commit in this repository; fetch it first/,
    );
  });
});

describe('the bin', () => {
  it('is what package.json names, and runs with node', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ rollgate: 'bin/rollgate.js' });
    const run = await rollgate(['--version'], REPO_ROOT);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`rollgate ${pkg.version}\n`);
  });

  it('check --help prints the usage of check and exits 0', async () => {
    const run = await rollgate(['check', '--help'], REPO_ROOT);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF]');
  });
});

describe('a member-level change on the CLI', () => {
  it('lists the member in the change and in the finding', async () => {
    const head = oneCluster(MICROCLOUD_2, {
      members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microovn: snap('24.09/stable', 700) } }],
    });
    const parsed = report(await runScenario({ base: microcloud({}), head }));
    expect(parsed.changes).toEqual([
      {
        cluster: 'lab',
        component: 'microovn',
        member: 'lab-3',
        from: '24.03/stable@667',
        to: '24.09/stable@700',
      },
    ]);
    expect(parsed.findings.find((f) => f.rule === 'skew/members')).toMatchObject({
      cluster: 'lab',
      component: 'microovn',
      member: 'lab-3',
    });
  });
});

describe('colour in the text report', () => {
  /** Runs the CLI's main in-process with a terminal or not, as the process entry would. */
  async function runMain(isTTY: boolean, env: Record<string, string> = {}) {
    let stdout = '';
    const code = await main(
      [
        'check',
        '--base',
        'examples/microcloud/base.yaml',
        '--head',
        'examples/microcloud/head-fail.yaml',
        ...NOW,
      ],
      {
        stdout: (text) => {
          stdout += text;
        },
        stderr: () => {},
        cwd: REPO_ROOT,
        isTTY,
        env,
      },
    );
    return { code, stdout };
  }

  it('colours on a terminal', async () => {
    const { code, stdout } = await runMain(true);
    expect(code).toBe(1);
    expect(stdout).toContain('\u001b[31mfail\u001b[0m');
  });

  it('does not colour when NO_COLOR is set, or off a terminal', async () => {
    expect((await runMain(true, { NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await runMain(false)).stdout).not.toContain('\u001b[');
  });

  it('never colours JSON, even on a terminal', async () => {
    let stdout = '';
    await main(['check', '--head', 'examples/microcloud/head-fail.yaml', '--format', 'json', ...NOW], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      cwd: REPO_ROOT,
      isTTY: true,
      env: {},
    });
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stdout).not.toContain('\u001b[');
  });
});
