// lab -> canary -> production behind one store proxy: the routine in-channel update of one wave at a time passes
// bump, promote and check, and plans overrides that move only the wave being rolled out (issue 13).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { removeWorkspaces, workspace } from '../helpers/cli.js';
import { fakeRepository } from '../helpers/fakes.js';
import { cluster, fleetYaml, MICROCLOUD_2 } from '../helpers/fleet.js';

afterAll(removeWorkspaces);

const START = fleetYaml({
  waves: ['lab', 'canary', 'production'],
  clusters: ['lab', 'canary', 'production'].map((wave) =>
    cluster(wave, MICROCLOUD_2, { wave, proxy: 'store-eu' }),
  ),
});

async function run(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, isTTY: false, env: {} };
  const code = await main([...args, '--now', '2026-11-22'], io, {
    repository: fakeRepository({ root: cwd, commits: {} }),
  });
  return { code, out: out.join(''), err: err.join('') };
}

interface PlannedStage {
  cluster: string;
  component: string;
  before: Array<{ run: string[]; on?: string }>;
}

/** Plans base.yaml -> fleet.yaml; returns the stages and the proxy's overrides file. */
async function plan(cwd: string) {
  const planned = await run(
    cwd,
    'plan',
    '--head',
    'fleet.yaml',
    '--base',
    'base.yaml',
    '--transport',
    'ssh {member}',
  );
  expect(planned.err).toBe('');
  expect(planned.code).toBe(0);
  const json = JSON.parse(readFileSync(path.join(cwd, 'rollgate-plan/plan.json'), 'utf8')) as {
    stages: PlannedStage[];
  };
  const overrides = readFileSync(path.join(cwd, 'rollgate-plan/overrides/store-eu.txt'), 'utf8');
  return { stages: json.stages, overrides };
}

/** Takes the manifest as it is now as the next change's base (the rollout of the last one finished). */
function merged(cwd: string) {
  writeFileSync(path.join(cwd, 'base.yaml'), readFileSync(path.join(cwd, 'fleet.yaml')));
}

const proxySteps = (stages: PlannedStage[]) =>
  stages.flatMap((stage) =>
    stage.before
      .filter((step) => step.on === 'proxy')
      .map((step) => `${stage.cluster}: ${step.run.join(' ')}`),
  );

describe('an in-channel update behind one proxy, wave by wave', () => {
  it('bump lab, promote lab canary, promote canary production: each passes and moves only its own wave', async () => {
    const cwd = workspace({ 'fleet.yaml': START, 'base.yaml': START });

    const lab = await run(cwd, 'bump', 'lxd', '--to', '5.21/stable@36020', '--wave', 'lab');
    expect(lab.err).toBe('');
    expect(lab.code).toBe(0);
    expect((await run(cwd, 'check', '--head', 'fleet.yaml', '--base', 'base.yaml', '--strict')).code).toBe(0);
    const first = await plan(cwd);
    expect(new Set(first.stages.map((stage) => stage.cluster))).toEqual(new Set(['lab']));
    expect(proxySteps(first.stages)).toEqual(['lab: snap-proxy override lxd 5.21/stable=36020']);
    expect(first.overrides).toContain(
      '# lxd 5.21/stable: wave canary holds revision 33110 until a stage of its own refreshes it.',
    );
    expect(first.overrides).toContain('# lxd 5.21/stable: wave production holds revision 33110');
    expect(first.overrides).toContain('snap-proxy override lxd 5.21/stable=36020');
    merged(cwd);

    const canary = await run(cwd, 'promote', 'lab', 'canary');
    expect(canary.err).toBe('');
    expect(canary.code).toBe(0);
    const second = await plan(cwd);
    expect(new Set(second.stages.map((stage) => stage.cluster))).toEqual(new Set(['canary']));
    expect(proxySteps(second.stages)).toEqual(['canary: snap-proxy override lxd 5.21/stable=36020']);
    expect(second.overrides).not.toContain('wave canary holds');
    expect(second.overrides).toContain('wave production holds revision 33110');
    merged(cwd);

    const production = await run(cwd, 'promote', 'canary', 'production');
    expect(production.code).toBe(0);
    const third = await plan(cwd);
    expect(new Set(third.stages.map((stage) => stage.cluster))).toEqual(new Set(['production']));
    expect(third.overrides).not.toContain('holds revision');
  });

  it('bump canary with the same revision works as promote does, once lab runs it', async () => {
    const cwd = workspace({ 'fleet.yaml': START });
    expect((await run(cwd, 'bump', 'lxd', '--to', '5.21/stable@36020', '--wave', 'lab')).code).toBe(0);
    const canary = await run(cwd, 'bump', 'lxd', '--to', '5.21/stable@36020', '--wave', 'canary');
    expect(canary.err).toBe('');
    expect(canary.code).toBe(0);
  });

  it('a conflict that would really move members still fails: production lets go of its hold', async () => {
    const cwd = workspace({
      'fleet.yaml': START.replace(
        /(- name: production[\s\S]*?lxd:\n\s+channel: 5\.21\/stable\n\s+revision: 33110\n\s+)hold: true/,
        '$1hold: false',
      ),
    });
    const lab = await run(cwd, 'bump', 'lxd', '--to', '5.21/stable@36020', '--wave', 'lab');
    expect(lab.code).toBe(1);
    expect(lab.err).toMatch(/pins\/conflict/);
  });

  it('the planner refuses, even with --force, what the proxy cannot serve: an unheld wave behind another revision', async () => {
    const unheld = START.replace(
      /(- name: production[\s\S]*?lxd:\n\s+channel: 5\.21\/stable\n\s+revision: 33110\n\s+)hold: true/,
      '$1hold: false',
    );
    const cwd = workspace({
      'base.yaml': unheld,
      'fleet.yaml': unheld.replace('revision: 33110', 'revision: 36020'),
    });
    const planned = await run(
      cwd,
      'plan',
      '--head',
      'fleet.yaml',
      '--base',
      'base.yaml',
      '--transport',
      'ssh {member}',
      '--force',
    );
    expect(planned.code).toBe(2);
    expect(planned.err).toContain(
      'Proxy store-eu would have to serve lxd 5.21/stable at revision 36020 (lab/lab-1) and 33110 (production/production-1); a proxy override serves one revision per channel, and a member that does not hold the snap follows it (see pins/conflict).',
    );
  });
});
