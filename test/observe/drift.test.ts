// `rollgate check --observed`: a drift finding for a member refreshed by hand and for a released hold, none for a
// member that runs its base or head pin or did not answer; the markdown report shows the drift table.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observed } from '../../src/observe/types.js';
import { fakeMembers } from '../fakes/members.js';
import { runMain } from '../helpers/main.js';
import { ROOT, repoText, tempDir } from '../plan/helpers.js';

const cli = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) => runMain(cwd, args, env);

const POLICIES = ['--policies', path.join(ROOT, 'policies')];
const NOW = ['--now', '2026-11-22'];

const MICROCLOUD_1 = {
  microceph: { channel: 'quincy/stable', revision: 3758, held: true, cohort: true },
  microovn: { channel: '22.03/stable', revision: 463, held: true, cohort: true },
  lxd: { channel: '5.21/stable', revision: 33110, held: true, cohort: true },
  microcloud: { channel: '1/stable', revision: 734, held: true, cohort: true },
};

interface JsonFinding {
  rule: string;
  code: string;
  severity: string;
  member?: string;
  component?: string;
  data?: Record<string, string>;
}

/** Fake members running MicroCloud 1, lab-2's lxd refreshed by hand and lab-3's microceph hold released; observed. */
async function observedWorkspace(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const fleet = fakeMembers({
    clusters: [{ name: 'lab', members: ['lab-1', 'lab-2', 'lab-3'], snaps: MICROCLOUD_1 }],
  });
  fleet.serve('lxd', '5.21/stable', 36020);
  expect(fleet.run(['snap', 'refresh', 'lxd'], { member: 'lab-2' }).status).toBe(0);
  expect(fleet.run(['snap', 'refresh', '--unhold', 'microceph'], { member: 'lab-3' }).status).toBe(0);
  const dir = tempDir('drift');
  writeFileSync(path.join(dir, 'base.yaml'), repoText('examples/microcloud/base.yaml'));
  writeFileSync(path.join(dir, 'head.yaml'), repoText('examples/microcloud/head-pass.yaml'));
  const run = await cli(
    dir,
    fleet.env,
    'observe',
    '--head',
    'base.yaml',
    '--transport',
    'ssh {member}',
    ...POLICIES,
  );
  expect(run.code).toBe(0);
  return { dir, env: fleet.env };
}

const drifts = (stdout: string) =>
  (JSON.parse(stdout) as { findings: JsonFinding[] }).findings
    .filter((f) => f.rule === 'drift')
    .map((f) => `${f.member} ${f.component} ${f.code} ${f.severity}`);

describe('drift in check', () => {
  // Observed once: the tests only read the fakes' state through observed.json.
  let shared: Promise<{ dir: string; env: NodeJS.ProcessEnv }>;
  beforeAll(() => {
    shared = observedWorkspace();
  });
  it('reports a member refreshed by hand and a released hold, as warnings, and only those', async () => {
    const { dir, env } = await shared;
    const run = await cli(
      dir,
      env,
      'check',
      '--head',
      'base.yaml',
      '--observed',
      'observed.json',
      '--format',
      'json',
      ...NOW,
      ...POLICIES,
    );
    expect(drifts(run.stdout)).toEqual(['lab-2 lxd notPinned warning', 'lab-3 microceph notHeld warning']);
    const finding = (
      JSON.parse(run.stdout) as { findings: { code: string; message: string }[] }
    ).findings.find((f) => f.code === 'notPinned');
    expect(finding?.message).toContain('runs lxd 5.21/stable@36020');
    expect(finding?.message).toContain('what the manifest pins: 5.21/stable@33110');
  });

  it('takes a member that runs its head pin (a rollout under way) for no drift', async () => {
    const { dir, env } = await shared;
    const run = await cli(
      dir,
      env,
      'check',
      '--base',
      'base.yaml',
      '--head',
      'head.yaml',
      '--observed',
      'observed.json',
      '--format',
      'json',
      ...NOW,
      ...POLICIES,
    );
    // lab-2's lxd 36020 is the head's pin; lab-3's released hold is still drift.
    expect(drifts(run.stdout)).toEqual(['lab-3 microceph notHeld warning']);
  });

  it('takes a member that did not answer for no drift, and reports nothing without --observed', async () => {
    const { dir, env } = await shared;
    const file = path.join(dir, 'partial.json');
    const observed = JSON.parse(readFileSync(path.join(dir, 'observed.json'), 'utf8')) as Observed;
    for (const member of observed.members) {
      if (member.name === 'lab-2') {
        member.status = 'unknown';
        member.reason = 'lab-2 did not answer within 1 s.';
        for (const name of Object.keys(member.components))
          member.components[name] = { status: 'unknown', reason: 'lab-2 did not answer within 1 s.' };
      }
    }
    writeFileSync(file, JSON.stringify(observed));
    const run = await cli(
      dir,
      env,
      'check',
      '--head',
      'base.yaml',
      '--observed',
      'partial.json',
      '--format',
      'json',
      ...NOW,
      ...POLICIES,
    );
    expect(drifts(run.stdout)).toEqual(['lab-3 microceph notHeld warning']);
    const without = await cli(
      dir,
      env,
      'check',
      '--head',
      'base.yaml',
      '--format',
      'json',
      ...NOW,
      ...POLICIES,
    );
    expect(drifts(without.stdout)).toEqual([]);
  });

  it('shows the drift table in the markdown report', async () => {
    const { dir, env } = await shared;
    const run = await cli(
      dir,
      env,
      'check',
      '--head',
      'base.yaml',
      '--observed',
      'observed.json',
      '--format',
      'markdown',
      ...NOW,
      ...POLICIES,
    );
    expect(run.stdout).toContain('### Drift');
    expect(run.stdout).toMatch(
      /\| `lab\/lab-2` \| `lxd` \| `5\.21\/stable@36020` \| `5\.21\/stable@33110` \| `\d{4}-/,
    );
    expect(run.stdout).toMatch(/\| `lab\/lab-3` \| `microceph` \| `not held` \| `hold: true` \|/);
    const plain = await cli(
      dir,
      env,
      'check',
      '--head',
      'base.yaml',
      '--format',
      'markdown',
      ...NOW,
      ...POLICIES,
    );
    expect(plain.stdout).not.toContain('### Drift');
  });

  it('ends with one sentence and exit 2 for an observed.json that is missing or not in shape', async () => {
    const { dir, env } = await shared;
    const missing = await cli(
      dir,
      env,
      'check',
      '--head',
      'base.yaml',
      '--observed',
      'nope.json',
      ...POLICIES,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json does not exist');
    writeFileSync(
      path.join(dir, 'bad.json'),
      JSON.stringify({ apiVersion: 'rollgate/v1', kind: 'Observed', members: 3 }),
    );
    const bad = await cli(dir, env, 'check', '--head', 'base.yaml', '--observed', 'bad.json', ...POLICIES);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not in the shape of observed.json');
  });
});
