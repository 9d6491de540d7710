// The openstack pack's plan run through ssh against fake controllers, a storage node and compute nodes (test/fakes):
// the database dump taken once and kept, each service stopped around its db_sync run as the service's user, each
// controller's own services checked, the [upgrade_levels] pin around the compute nodes, each compute node disabled,
// emptied (live), upgraded, checked and enabled, and a stage that stops at the node whose nova-compute stayed down.
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

const CONTROLLERS = ['ctl-1', 'ctl-2'];
const COMPONENTS = [
  'identity',
  'image',
  'compute',
  'networking',
  'block-storage',
  'dashboard',
  'orchestration',
  'telemetry',
  'storage-node',
  'compute-node',
];
const CONTROLLER_UNITS = [
  'apache2',
  'glance-api',
  'nova-api',
  'nova-conductor',
  'nova-scheduler',
  'nova-novncproxy',
  'neutron-server',
  'cinder-scheduler',
  'heat-api',
  'heat-api-cfn',
  'heat-engine',
  'ceilometer-agent-central',
  'ceilometer-agent-notification',
];
const CONTROLLER_PACKAGES = [
  'keystone',
  'glance',
  'nova-api',
  'nova-conductor',
  'nova-scheduler',
  'nova-novncproxy',
  'neutron-server',
  'cinder-api',
  'cinder-scheduler',
  'openstack-dashboard',
  'heat-api',
  'heat-api-cfn',
  'heat-engine',
  'ceilometer-agent-central',
  'ceilometer-agent-notification',
];
const text = (release: string) =>
  manifest(
    'openstack',
    `  - name: cloud\n    members:\n${CONTROLLERS.map((m) => `      - { name: ${m}, role: control }\n`).join('')}` +
      '      - { name: stor-1, role: worker }\n      - { name: cmp-1, role: worker }\n' +
      '      - { name: cmp-2, role: worker, workload: manual }\n      - { name: cmp-3, role: worker, workload: skip }\n' +
      `    components:\n${COMPONENTS.map((c) => `      ${c}: { version: "${release}" }\n`).join('')}`,
  );
const DUMP = '/var/backups/rollgate-cloud-databases-2024.1-to-2025.1.sql';

function cloud(): FakeMembers {
  const fleet = fakeMembers({
    clusters: [{ name: 'cloud', members: [...CONTROLLERS, 'stor-1', 'cmp-1', 'cmp-2', 'cmp-3'] }],
  });
  const packages = (names: string[], release: string) =>
    Object.fromEntries(names.map((name) => [name, release]));
  for (const member of CONTROLLERS) {
    setPackages(
      fleet,
      member,
      packages(CONTROLLER_PACKAGES, '2024.1'),
      packages(CONTROLLER_PACKAGES, '2025.1'),
    );
    setServices(fleet, member, CONTROLLER_UNITS);
  }
  const unit = (member: string, name: string) =>
    fleet.run(['mkdir', '-p', `${fleet.root}/members/${member}/fs/lib/systemd/system`]) &&
    fleet.run(['touch', `${fleet.root}/members/${member}/fs/lib/systemd/system/${name}.service`]);
  setPackages(fleet, 'stor-1', { 'cinder-volume': '2024.1' }, { 'cinder-volume': '2025.1' });
  setServices(fleet, 'stor-1', ['cinder-volume']);
  unit('stor-1', 'cinder-volume');
  for (const member of ['cmp-1', 'cmp-2', 'cmp-3']) {
    const node = { 'nova-compute': '2024.1', 'neutron-openvswitch-agent': '2024.1' };
    setPackages(fleet, member, node, { 'nova-compute': '2025.1', 'neutron-openvswitch-agent': '2025.1' });
    setServices(fleet, member, ['nova-compute']);
    unit(member, 'nova-compute');
  }
  fleet.run(['sh', '-c', `printf 'vm-1\\nvm-2\\n' > ${fleet.root}/members/cmp-1/instances`]);
  return fleet;
}

describe('openstack pack, run against fake nodes', { timeout: 180_000 }, () => {
  let bundle: Awaited<ReturnType<typeof planOf>>;
  beforeAll(async () => {
    bundle = await planOf(text('2025.1'), text('2024.1'));
  });

  it("runs each service's steps in the guide's order, the sync as the service's user with the service stopped", () => {
    const fleet = cloud();
    expect(runAll(fleet, bundle).failed).toBeNull();
    const ctl1 = events(fleet, 'ctl-1');
    expect(ctl1.slice(0, 6)).toEqual([
      `mysqldump ${DUMP}.part`,
      'apt-get update',
      'install keystone=2025.1',
      'stop apache2',
      'keystone-manage db_sync as keystone',
      'start apache2',
    ]);
    const nova = ctl1.filter((e) => /nova|upgrade_levels/.test(e));
    expect(nova).toEqual([
      'install nova-api=2025.1',
      'install nova-conductor=2025.1',
      'install nova-scheduler=2025.1',
      'install nova-novncproxy=2025.1',
      '[upgrade_levels] compute = auto',
      'stop nova-api',
      'stop nova-conductor',
      'stop nova-scheduler',
      'stop nova-novncproxy',
      'nova-manage api_db sync as nova',
      'nova-manage db sync as nova',
      'start nova-api',
      'start nova-conductor',
      'start nova-scheduler',
      'start nova-novncproxy',
      '[upgrade_levels] compute removed',
      'restart nova-api',
      'restart nova-conductor',
      'restart nova-scheduler',
    ]);
    // The pin is set on every controller before the first compute node moves, and removed after the last.
    for (const member of CONTROLLERS) {
      expect(events(fleet, member).filter((e) => e.startsWith('[upgrade_levels]'))).toEqual([
        '[upgrade_levels] compute = auto',
        '[upgrade_levels] compute removed',
      ]);
      expect(events(fleet, member).some((e) => e.includes('-manage') && member !== 'ctl-1')).toBe(false);
    }
    expect(events(fleet, 'cmp-1')).toEqual([
      'nova-compute disabled',
      'instances live-migrated',
      'apt-get update',
      'install nova-compute=2025.1',
      'install neutron-openvswitch-agent=2025.1',
      'restart nova-compute',
      'nova-compute enabled',
    ]);
    expect(events(fleet, 'cmp-3')).not.toContain('instances live-migrated');
    // The compute-node stage updates its package lists too; its nova-compute steps pass it over.
    expect(events(fleet, 'stor-1')).toEqual([
      'apt-get update',
      'install cinder-volume=2025.1',
      'restart cinder-volume',
      'apt-get update',
    ]);
    expect(installed(fleet, 'cmp-3', 'nova-compute')).toBe('2025.1');
  });

  it('dumps the databases once, checked complete before anything moves, keeps the dump, and names it in rollback.json', () => {
    const fleet = cloud();
    const first = bundle.plan.stages[0]?.id as string;
    expect(runStage(fleet, bundle.dir, first).status).toBe(0);
    expect(runStage(fleet, bundle.dir, first).status).toBe(0);
    expect(memberFile(fleet, 'ctl-1', DUMP)).toMatch(/-- Dump completed/);
    expect(memberFiles(fleet, 'ctl-1', '/var/backups').filter((f) => f.endsWith('.sql'))).toEqual([
      DUMP.split('/').pop(),
    ]);
    expect(events(fleet, 'ctl-1').filter((e) => e.startsWith('mysqldump'))).toHaveLength(1);
    expect(bundle.rollback).toMatchObject({ kept: [{ host: 'ctl-1', path: DUMP }] });
  });

  it('stops the compute-node stage at the node whose nova-compute did not come up, leaving it disabled', () => {
    const fleet = cloud();
    leaveBehind(fleet, 'cmp-1');
    const stage = bundle.plan.stages.find((s) => s.component === 'compute-node')?.id as string;
    const failed = runStage(fleet, bundle.dir, stage);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('nova-compute on cmp-1: expected up, found down.');
    expect(failed.stderr).toContain('rollgate: runner: step health failed 31 times; the stage stops here.');
    expect(events(fleet, 'cmp-1')).not.toContain('nova-compute enabled');
    expect(events(fleet, 'cmp-2')).toEqual([]);
    // Fixed and run again: the stage passes over nothing it must not redo, and finishes.
    fleet.run(['rm', `${fleet.root}/members/cmp-1/behind`]);
    expect(runStage(fleet, bundle.dir, stage).status).toBe(0);
    expect(events(fleet, 'cmp-1').at(-1)).toBe('nova-compute enabled');
    expect(installed(fleet, 'cmp-2', 'nova-compute')).toBe('2025.1');
  });

  it('writes job scripts shellcheck passes', () => {
    expect(shellcheckJobs(bundle)).toBe('');
  });
});
