// The charmed-etcd pack's plan run against a fake Juju model (test/fakes/bin/juju): the pre-refresh check on the
// leader, the refresh paused after every unit, `juju refresh` for the first unit and resume-refresh on each later one,
// the charm revision and channel read back; and a stage that stops at the unit whose charm did not move, saying
// what it expected and what it found, with the units after it untouched.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  application,
  bringUnitBack,
  leaveUnitBehind,
  modelEvents,
  setApplication,
  unitState,
} from '../fakes/juju.js';
import { type FakeMembers, fakeMembers } from '../fakes/members.js';
import { manifest } from './pack-helpers.js';
import { planOf, runAll, shellcheckJobs } from './rollout-helpers.js';

const MODEL = 'prod-etcd';
const APP = 'charmed-etcd';
const UNITS = ['2', '1', '0'];
const fleetText = (channel: string, revision: number) =>
  manifest(
    'charmed-etcd',
    `  - name: etcd\n    params: { model: ${MODEL} }\n    members: ["2", "1", "0"]\n    components:\n` +
      `      charmed-etcd: { channel: ${channel}, revision: ${revision} }\n`,
  );

function model(): FakeMembers {
  const fleet = fakeMembers({ clusters: [] });
  setApplication(fleet, {
    model: MODEL,
    application: APP,
    channel: '3.5/stable',
    revision: 71,
    units: UNITS,
    leader: '0',
    charms: { 71: { snap: 120, version: '3.5.17' }, 156: { snap: 233, version: '3.6.1' } },
  });
  return fleet;
}

describe('charmed-etcd pack, run against a fake Juju model', { timeout: 60_000 }, () => {
  let bundle: Awaited<ReturnType<typeof planOf>>;
  let stage: string;
  beforeAll(async () => {
    bundle = await planOf(fleetText('3.6/stable', 156), fleetText('3.5/stable', 71));
    stage = bundle.plan.stages[0]?.id as string;
  });

  it("checks on the leader, pauses after every unit, refreshes and resumes unit by unit, in the seed's order", () => {
    const fleet = model();
    expect(runAll(fleet, bundle).failed).toBeNull();
    // "Run the pre-refresh-check action on the leader unit ... If the action does not succeed, do not refresh";
    // "juju config charmed-etcd pause-after-unit-refresh=all"; "Use juju refresh and specify the charm revision";
    // then, at each pause, "juju run charmed-etcd/1 resume-refresh" on the next unit, highest number first.
    expect(modelEvents(fleet, MODEL, APP)).toEqual([
      'pre-refresh-check on 0',
      'config pause-after-unit-refresh=all',
      'refresh --channel=3.6/stable --revision=156',
      'unit 2 refreshed to 156',
      'resume-refresh on 1',
      'unit 1 refreshed to 156',
      'resume-refresh on 0',
      'unit 0 refreshed to 156',
    ]);
    expect(application(fleet, MODEL, APP)).toEqual({ revision: 156, channel: '3.6/stable', pause: 'all' });
    for (const unit of UNITS)
      expect(unitState(fleet, MODEL, APP, unit)).toEqual({ charm: 156, workload: 156 });
  });

  it('stops at the unit whose charm did not move, with expected and found, and leaves the units after it alone', () => {
    const fleet = model();
    leaveUnitBehind(fleet, MODEL, APP, '1');
    const { failed } = runAll(fleet, bundle);
    expect(failed?.id).toBe(stage);
    expect(failed?.stderr).toContain(`rollgate: runner: ${APP}/1 charm revision: expected 156, found 71.`);
    expect(failed?.stderr).toContain(
      `rollgate: runner: ${APP}/1 snap: expected (nothing), found (outdated).`,
    );
    expect(failed?.stderr).toMatch(
      /rollgate: runner: step unit-read-back failed \d+ times; the stage stops here\./,
    );
    // Its health check alone passed: the unit is active and idle on the old charm.
    expect(failed?.stderr).not.toContain('step health failed');
    expect(unitState(fleet, MODEL, APP, '1')).toEqual({ charm: 71, workload: 71 });
    // Unit 0's charm code moved with `juju refresh`, as Juju does it on machines; its snap did not.
    expect(unitState(fleet, MODEL, APP, '0')).toEqual({ charm: 156, workload: 71 });
    expect(modelEvents(fleet, MODEL, APP)).not.toContain('resume-refresh on 0');
    expect(fleet.calls().some((c) => c.args.includes(`${APP}/0 `))).toBe(false);

    // The unit fixed, the failed part run again: it resumes where the refresh stopped and finishes.
    bringUnitBack(fleet, MODEL, APP, '1');
    const rerun = spawnSync('bash', [path.join(bundle.dir, `${stage}.sh`), '2'], {
      env: { ...fleet.env, ROLLGATE_APPROVED: 'all' },
      encoding: 'utf8',
    });
    expect(rerun.stderr).toContain(`stage ${stage}: 2 done.`);
    for (const unit of UNITS)
      expect(unitState(fleet, MODEL, APP, unit)).toEqual({ charm: 156, workload: 156 });
  });

  it('stops at the last unit too, where no later resume-refresh would refuse to go on', () => {
    const fleet = model();
    leaveUnitBehind(fleet, MODEL, APP, '0');
    const { failed } = runAll(fleet, bundle);
    expect(failed?.stderr).toContain(
      `rollgate: runner: ${APP}/0 snap: expected (nothing), found (outdated).`,
    );
    // The application's own charm revision moved, so the read-back after the last unit alone would have passed.
    expect(failed?.stderr).not.toContain('rollgate: runner: read-back');
    expect(application(fleet, MODEL, APP).revision).toBe(156);
  });

  it('writes job scripts shellcheck passes', () => {
    expect(shellcheckJobs(bundle)).toBe('');
  });
});
