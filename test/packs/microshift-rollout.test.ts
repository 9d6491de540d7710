// The microshift pack's plan run through ssh against fake RPM-based hosts (test/fakes): MicroShift stopped, backed
// up once, updated with dnf, the host rebooted into the new version and read back; and a stage that stops at the
// host whose dnf installed nothing, saying what it expected and what it found, with the hosts after it untouched.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FakeMembers, fakeMembers } from '../fakes/members.js';
import {
  events,
  installed,
  leaveBehind,
  memberFile,
  memberFiles,
  setPackages,
  setServices,
} from '../fakes/ops.js';
import { manifest } from './pack-helpers.js';
import { planOf, runAll, runStage, shellcheckJobs } from './rollout-helpers.js';

// Single-node clusters, one host each ("Support updating single-node deployments of MicroShift in place").
const HOSTS: Record<string, string> = { lab: 'lab-1', 'store-1': 'store-1-edge', 'store-2': 'store-2-edge' };
const FROM = '4.14.21';
const TO = '4.16.9';
const fleetText = (version: string) =>
  manifest(
    'microshift',
    Object.entries(HOSTS)
      .map(
        ([cluster, host]) =>
          `  - name: ${cluster}\n    members: [${host}]\n    components:\n      microshift: { version: "${version}" }\n`,
      )
      .join(''),
  );

function hosts(): FakeMembers {
  const fleet = fakeMembers({
    clusters: Object.entries(HOSTS).map(([name, host]) => ({ name, members: [host] })),
  });
  for (const host of Object.values(HOSTS)) {
    setPackages(fleet, host, { microshift: FROM }, { microshift: TO });
    setServices(fleet, host, ['microshift']);
    // The data version: what the MicroShift that last ran on /var/lib/microshift wrote.
    writeFileSync(path.join(fleet.root, 'members', host, 'microshift-data'), `${FROM}\n`);
  }
  return fleet;
}

const BACKUPS = '/var/lib/microshift-backups';
const backupOf = (cluster: string) => `${BACKUPS}/rollgate-${cluster}-before-${TO}`;

describe('microshift pack, run against fake hosts', { timeout: 60_000 }, () => {
  let bundle: Awaited<ReturnType<typeof planOf>>;
  beforeAll(async () => {
    bundle = await planOf(fleetText(TO), fleetText(FROM));
  });

  it("backs up the stopped host, updates it, reboots it and reads the new version back, in the seed's order", () => {
    const fleet = hosts();
    expect(runAll(fleet, bundle).failed).toBeNull();
    for (const [cluster, host] of Object.entries(HOSTS)) {
      // "If an upgrade fails ... MicroShift's rollback process is to discard the new database and restore the old
      // version from a backup": the backup first, of the old data. Then "updates the host to run MicroShift 4.Y",
      // and "For RPM-based systems, the user must reboot the host after the software update is completed",
      // "MicroShift restarts" and "checks the data and binary version difference for compatibility".
      expect(events(fleet, host)).toEqual([
        'stop microshift',
        `backup ${backupOf(cluster)}`,
        `install microshift-${TO}`,
        'reboot',
        `start microshift ${TO}`,
      ]);
      expect(installed(fleet, host, 'microshift')).toBe(TO);
      expect(memberFile(fleet, host, `${backupOf(cluster)}/version`)).toBe(FROM);
      const after = fleet
        .calls()
        .filter((c) => c.member === host && (c.tool === 'microshift' || c.tool === 'systemd-run'))
        .map((c) => `${c.tool} ${c.args.split(' ')[0]}`);
      expect(after).toEqual([
        'microshift backup',
        'systemd-run --on-active=10',
        'microshift healthcheck',
        'microshift version',
      ]);
    }
  });

  it('stops at the host whose dnf installed nothing, with expected and found, leaves the hosts after it alone, and a rerun keeps the backup', () => {
    const fleet = hosts();
    leaveBehind(fleet, 'store-1-edge');
    const { ran, failed } = runAll(fleet, bundle);
    expect(ran).toEqual(['01-lab-microshift', '02-store-1-microshift']);
    expect(failed?.stderr).toContain(
      `rollgate: store-1-edge: microshift version: expected ${TO}, found ${FROM}.`,
    );
    expect(failed?.stderr).toContain('rollgate: store-1-edge: step read-back failed; the stage stops here.');
    // The health check alone would have passed: the old MicroShift came back up on its own data.
    expect(failed?.stderr).not.toContain('step health failed');
    expect(installed(fleet, 'store-1-edge', 'microshift')).toBe(FROM);
    expect(installed(fleet, 'store-2-edge', 'microshift')).toBe(FROM);
    expect(events(fleet, 'store-2-edge')).toEqual([]);
    expect(fleet.calls().some((c) => c.member === 'store-2-edge' || c.args.includes('store-2-edge'))).toBe(
      false,
    );

    // The host fixed, the stage run again: MicroShift refuses a backup onto an existing path ("PATH should not
    // exist"), and a new one would hold whatever the failed attempt left; the one taken before it is kept.
    fleet.run(['rm', path.join(fleet.root, 'members', 'store-1-edge', 'behind')]);
    const rerun = runStage(fleet, bundle.dir, '02-store-1-microshift');
    expect(rerun.stderr).toContain('rollgate: store-1-edge: backup: done already, passed over');
    expect(rerun.status).toBe(0);
    expect(installed(fleet, 'store-1-edge', 'microshift')).toBe(TO);
    expect(events(fleet, 'store-1-edge').filter((e) => e.startsWith('backup'))).toHaveLength(1);
    expect(memberFiles(fleet, 'store-1-edge', BACKUPS)).toEqual([`rollgate-store-1-before-${TO}`]);
    expect(memberFile(fleet, 'store-1-edge', `${backupOf('store-1')}/version`)).toBe(FROM);
  });

  it('names each backup in rollback.json, the one going back restores', () => {
    expect(bundle.rollback).toMatchObject({
      supported: false,
      kept: Object.entries(HOSTS).map(([cluster, host]) => ({
        cluster,
        host,
        step: 'backup',
        path: backupOf(cluster),
      })),
    });
  });

  it('writes job scripts shellcheck passes', () => {
    expect(shellcheckJobs(bundle)).toBe('');
  });
});
