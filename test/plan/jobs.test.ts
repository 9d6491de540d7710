// Runs the generated stage scripts against fake fleet commands and reads back what was called, in which order.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../src/plan/types.js';
import { fakeFleet, LXD_NEXT, microcloudUpgrade, planChange, tempDir, writeBundle } from './helpers.js';

const MEMBERS = ['lab-1', 'lab-2', 'lab-3'];
const ENV_TRANSPORT = 'env ROLLGATE_MEMBER={member}';

/** Runs every forward stage in plan order, as the workflow does, stopping at the first that fails. */
function runStages(bundle: PlanBundle, env: NodeJS.ProcessEnv): { failedStage?: string; stderr: string } {
  const dir = tempDir('plan');
  writeBundle(bundle, dir);
  let stderr = '';
  for (const stage of bundle.plan.stages) {
    const run = spawnSync('bash', [path.join(dir, 'jobs', `${stage.id}.sh`)], { env, encoding: 'utf8' });
    stderr += run.stderr;
    if (run.status !== 0) return { failedStage: stage.id, stderr };
  }
  return { stderr };
}

/** The lines a serial component stage must log for one member, evacuating around the refresh as the pack asks. */
function serialMember(member: string, component: string, refresh: string): string[] {
  return [
    `${member}|lxc cluster evacuate ${member} --force`,
    `${member}|snap refresh ${component} ${refresh}`,
    `${member}|${component} status`,
    `${member}|lxc cluster restore ${member} --force`,
  ];
}

describe.each([
  {
    setting: 'no proxy',
    proxy: undefined,
    pinLines: [] as string[],
    refresh: (channel: string, revision: number) => `--channel=${channel} --revision=${revision}`,
  },
  {
    setting: 'an Enterprise Store Proxy',
    proxy: 'store1',
    pinLines: [
      'microceph squid/stable=4067',
      'microovn 24.03/stable=667',
      `lxd 5.21/stable=${LXD_NEXT}`,
      'microcloud 2/stable=1144',
    ],
    refresh: (channel: string) => `--channel=${channel} --cohort=+`,
  },
])('the MicroCloud 1 to 2 upgrade on three members with $setting', ({ proxy, pinLines, refresh }) => {
  it('refreshes in the seed order: microceph then microovn member by member with health checks, lxd at once, microcloud, status', async () => {
    const { base, head } = microcloudUpgrade(proxy ? { proxy } : {});
    const bundle = await planChange(base, head, { transport: ENV_TRANSPORT });
    const fleet = fakeFleet({ barrier: 3 });
    const outcome = runStages(bundle, fleet.env);
    expect(outcome.failedStage, outcome.stderr).toBeUndefined();
    const lines = fleet.lines();
    const pin = (component: string) =>
      proxy
        ? [
            `${proxy}|snap-proxy override ${component} ${pinLines.find((l) => l.startsWith(`${component} `))?.split(' ')[1]}`,
          ]
        : [];

    const lxdStart = lines.findIndex((line) => line.includes('snap refresh lxd'));
    const microcloudStart = lines.findIndex((line) => line.includes('microcloud'));
    const expectedBeforeLxd = [
      ...pin('microceph'),
      ...MEMBERS.flatMap((m) => serialMember(m, 'microceph', refresh('squid/stable', 4067))),
      ...pin('microovn'),
      ...MEMBERS.flatMap((m) => serialMember(m, 'microovn', refresh('24.03/stable', 667))),
      ...pin('lxd'),
    ];
    expect(lines.slice(0, lxdStart)).toEqual(expectedBeforeLxd);

    const lxdLines = lines.slice(lxdStart, microcloudStart);
    expect([...lxdLines].sort()).toEqual(
      MEMBERS.flatMap((m) => [
        `${m}|lxc cluster list`,
        `${m}|lxd refreshes all started`,
        `${m}|snap refresh lxd ${refresh('5.21/stable', LXD_NEXT)}`,
      ]).sort(),
    );
    // Every member started its lxd refresh before any of them got past the barrier: they ran at the same time.
    const lastStart = Math.max(
      ...MEMBERS.map((m) => lxdLines.indexOf(`${m}|snap refresh lxd ${refresh('5.21/stable', LXD_NEXT)}`)),
    );
    const firstPast = Math.min(...MEMBERS.map((m) => lxdLines.indexOf(`${m}|lxd refreshes all started`)));
    expect(lastStart).toBeLessThan(firstPast);

    expect(lines.slice(microcloudStart)).toEqual([
      ...(proxy ? [`${proxy}|snap-proxy override microcloud 2/stable=1144`] : []),
      ...MEMBERS.map((m) => `${m}|snap refresh microcloud ${refresh('2/stable', 1144)}`),
      'lab-1|microcloud status',
    ]);
  });

  it('lands the pinned revision with every refresh, and never asks snap for --cohort and --revision together', async () => {
    const { base, head } = microcloudUpgrade(proxy ? { proxy } : {});
    const bundle = await planChange(base, head, { transport: ENV_TRANSPORT });
    const fleet = fakeFleet({ barrier: 3 });
    runStages(bundle, fleet.env);
    const refreshes = fleet.lines().filter((line) => line.includes('|snap refresh '));
    expect(refreshes).toHaveLength(12);
    for (const line of refreshes)
      expect(line.includes('--cohort') && line.includes('--revision')).toBe(false);
    if (proxy) {
      const file = bundle.overrides[`${proxy}.txt`] ?? '';
      expect(file.split('\n').filter((l) => !l.startsWith('#') && l !== '')).toEqual(
        pinLines.map((l) => `snap-proxy override ${l}`),
      );
      for (const line of refreshes) expect(line).toContain('--cohort=+');
      expect(Object.keys(bundle.overrides).filter((name) => name.startsWith('direct/'))).toEqual([]);
    } else {
      for (const line of refreshes) expect(line).toMatch(/--revision=(4067|667|36020|1144)$/);
      const direct = bundle.overrides['direct/all.txt'] ?? '';
      for (const member of MEMBERS)
        expect(direct).toContain(
          `# lab/${member}\nsnap refresh microceph --channel=squid/stable --revision=4067\n`,
        );
      expect(direct.split('\n').filter((l) => !l.startsWith('#') && l.includes('--cohort'))).toEqual([]);
    }
  });
});

describe('a failing step', () => {
  it('stops the stage at the member whose health check fails, before its restore and before the next member', async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: ENV_TRANSPORT });
    const fleet = fakeFleet({ fail: 'lab-2|microceph status' });
    const outcome = runStages(bundle, fleet.env);
    expect(outcome.failedStage).toBe('01-lab-microceph');
    expect(outcome.stderr).toContain('rollgate: lab-2: step health failed; the stage stops here.');
    const lines = fleet.lines();
    expect(lines).toEqual([
      ...serialMember('lab-1', 'microceph', '--channel=squid/stable --revision=4067'),
      ...serialMember('lab-2', 'microceph', '--channel=squid/stable --revision=4067').slice(0, 3),
    ]);
  });

  it('fails a parallel stage when one member fails, after the others have finished', async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: ENV_TRANSPORT });
    const fleet = fakeFleet({ fail: 'lab-3|lxc cluster list' });
    const dir = tempDir('plan');
    writeBundle(bundle, dir);
    const run = spawnSync('bash', [path.join(dir, 'jobs', '03-lab-lxd.sh')], {
      env: fleet.env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a member failed; the stage stops here');
    expect(
      fleet
        .lines()
        .filter((line) => line.endsWith('|lxc cluster list'))
        .sort(),
    ).toEqual(MEMBERS.map((m) => `${m}|lxc cluster list`));
  });
});

describe('transports', () => {
  it('runs the same commands through a fake ssh, which hands the remote shell one quoted command line', async () => {
    const { base, head } = microcloudUpgrade();
    const viaEnv = fakeFleet({ barrier: 3 });
    runStages(await planChange(base, head, { transport: ENV_TRANSPORT }), viaEnv.env);
    const viaSsh = fakeFleet({ barrier: 3 });
    const bundle = await planChange(base, head, { transport: 'ssh {member}' });
    expect(bundle.jobs['01-lab-microceph']).toContain(
      `'ssh' 'lab-1' 'snap refresh microceph --channel=squid/stable --revision=4067'`,
    );
    const outcome = runStages(bundle, viaSsh.env);
    expect(outcome.failedStage, outcome.stderr).toBeUndefined();
    const order = (lines: string[]) =>
      lines.filter((line) => !line.includes('lxd') && !line.endsWith('lxc cluster list'));
    expect(order(viaSsh.lines())).toEqual(order(viaEnv.lines()));
    expect(viaSsh.lines()).toHaveLength(viaEnv.lines().length);
  });

  it('runs a part on its own when given its number, and refuses a part the stage does not have', async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: ENV_TRANSPORT });
    const dir = tempDir('plan');
    writeBundle(bundle, dir);
    const fleet = fakeFleet();
    const script = path.join(dir, 'jobs', '04-lab-microcloud.sh');
    expect(spawnSync('bash', [script, '1'], { env: fleet.env }).status).toBe(0);
    expect(fleet.lines()).toHaveLength(4);
    const wrong = spawnSync('bash', [script, '7'], { env: fleet.env, encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('has parts 1 to 1, not 7');
    expect(readFileSync(script, 'utf8').startsWith('#!/usr/bin/env bash\n')).toBe(true);
  });
});
