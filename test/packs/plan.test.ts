// Each pack's example plans the way its seed says: stage order, members, gates, steps and the way back.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { buildPlan } from '../../src/plan/index.js';
import type { PlanBundle, PlannedStep, RollbackPlan, Stage } from '../../src/plan/types.js';
import { example, NOW, resolveShipped } from './pack-helpers.js';

/** The plan of a pack's example, base to head-pass; `edit` may change the head's text first. */
async function planOf(pack: string, edit: (text: string) => string = (text) => text): Promise<PlanBundle> {
  const head = example(pack, 'head-pass');
  const result = await check({
    base: example(pack, 'base'),
    head: { ...head, text: edit(head.text) },
    resolvePack: resolveShipped,
    now: NOW,
  });
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return buildPlan({ result, transport: 'ssh {member}' });
}

const names = (steps: PlannedStep[]) => steps.map((s) => s.name);
const commandOf = (steps: PlannedStep[], name: string) => steps.find((s) => s.name === name)?.run;
const membersOf = (stage: Stage | undefined) => stage?.members.map((m) => m.name);
const partsOf = (stage: Stage | undefined) => stage?.parts.map((p) => [p.members, p.approval]);
function supported(rollback: RollbackPlan) {
  if ('statement' in rollback)
    throw new Error(`expected a rollback plan, got the statement: ${rollback.statement}`);
  return rollback;
}
const statementOf = (rollback: RollbackPlan) => ('statement' in rollback ? rollback.statement : undefined);

describe('microshift plan', () => {
  it('backs up, installs, reboots and checks health on the one host, with no gate', async () => {
    const { plan } = await planOf('microshift');
    expect(plan.stages.map((s) => [s.cluster, s.component, s.from, s.to, s.gate])).toEqual([
      ['lab', 'microshift', '4.14.21', '4.16.9', 'none'],
    ]);
    const [host] = plan.stages[0]?.members ?? [];
    expect(names(host?.steps ?? [])).toEqual([
      'stop',
      'backup',
      'install',
      'reboot',
      'wait-for-reboot',
      'health',
      'read-back',
    ]);
    // The reboot runs on the host through the transport; the waiting on the runner, another machine.
    expect(host?.steps.find((s) => s.name === 'reboot')).toMatchObject({ on: 'member', reboots: true });
    expect(host?.steps.find((s) => s.name === 'wait-for-reboot')?.on).toBe('runner');
    expect(host?.steps.at(-1)).toMatchObject({
      run: ['microshift', 'version'],
      expect: [{ what: 'microshift version', is: '4.16.9' }],
    });
    expect(commandOf(host?.steps ?? [], 'install')).toEqual([
      'dnf',
      'install',
      '--assumeyes',
      'microshift-4.16.9',
    ]);
    expect(commandOf(host?.steps ?? [], 'backup')).toEqual([
      'microshift',
      'backup',
      '/var/lib/microshift-backups/rollgate-lab-before-4.16.9',
    ]);
  });

  it('has no rollback plan, since RPM downgrades are not supported: the statement says how to go back by hand', async () => {
    const { rollback, jobs } = await planOf('microshift');
    expect(rollback.supported).toBe(false);
    expect(statementOf(rollback)).toMatch(/^MicroShift installed from RPMs on RHEL cannot be downgraded/);
    expect(statementOf(rollback)).toContain(
      'microshift restore /var/lib/microshift-backups/rollgate-<cluster>-before-<version>',
    );
    expect(Object.keys(jobs).filter((id) => id.startsWith('rollback-'))).toEqual([]);
  });
});

describe('charmed-etcd plan', () => {
  it('runs the pre-refresh check on the leader before the first unit, refreshes the first, resumes each later one', async () => {
    const { plan } = await planOf('charmed-etcd');
    const stage = plan.stages[0];
    expect(plan.stages.map((s) => [s.cluster, s.component])).toEqual([['etcd-staging', 'charmed-etcd']]);
    expect(stage?.before.map((s) => [s.name, s.on, s.run.join(' ')])).toEqual([
      ['pre-refresh-check', 'runner', 'juju run -m staging charmed-etcd/leader pre-refresh-check'],
      ['pause-every-unit', 'runner', 'juju config -m staging charmed-etcd pause-after-unit-refresh=all'],
    ]);
    expect(stage?.members.map((m) => [m.name, names(m.steps)])).toEqual([
      ['2', ['refresh', 'health', 'unit-read-back']],
      ['1', ['resume-refresh', 'health', 'unit-read-back']],
      ['0', ['resume-refresh', 'health', 'unit-read-back']],
    ]);
    expect(commandOf(stage?.members[0]?.steps ?? [], 'refresh')).toEqual([
      'juju',
      'refresh',
      '-m',
      'staging',
      'charmed-etcd',
      '--channel=3.6/stable',
      '--revision=156',
    ]);
    expect(commandOf(stage?.members[1]?.steps ?? [], 'resume-refresh')).toEqual([
      'juju',
      'run',
      '-m',
      'staging',
      'charmed-etcd/1',
      'resume-refresh',
    ]);
    expect(names(stage?.after ?? [])).toEqual(['read-back']);
    expect(stage?.health?.[0]).toBe('juju');
  });

  it.each([
    [
      'first (the default): one approval, after the first unit',
      '',
      [
        [['2'], false],
        [['1', '0'], true],
      ],
    ],
    [
      'all: an approval after every unit',
      '    pauseAfterMember: all\n',
      [
        [['2'], false],
        [['1'], true],
        [['0'], true],
      ],
    ],
    ['none: no approval', '    pauseAfterMember: none\n', [[['2', '1', '0'], false]]],
  ])('gates the refresh as pause-after-unit-refresh=%s', async (_what, setting, parts) => {
    const { plan } = await planOf('charmed-etcd', (text) =>
      text.replace('    wave: staging\n', `    wave: staging\n${setting}`),
    );
    expect(partsOf(plan.stages[0])).toEqual(parts);
  });

  it('rolls back with the rollback command: juju refresh to the base channel and revision, then resumes unit by unit', async () => {
    const rollback = supported((await planOf('charmed-etcd')).rollback);
    const stage = rollback.stages[0];
    expect(stage?.members.map((m) => [m.name, names(m.steps)])).toEqual([
      ['2', ['halt', 'rollback', 'health', 'unit-read-back']],
      ['1', ['resume-refresh', 'health', 'unit-read-back']],
      ['0', ['resume-refresh', 'health', 'unit-read-back']],
    ]);
    expect(commandOf(stage?.members[0]?.steps ?? [], 'rollback')).toEqual([
      'juju',
      'refresh',
      '-m',
      'staging',
      'charmed-etcd',
      '--channel=3.5/stable',
      '--revision=71',
    ]);
    expect(stage?.before.map((s) => s.name)).not.toContain('pre-refresh-check');
  });
});

describe('openstack plan', () => {
  it("upgrades the controller services in the Operations Guide's order, then storage nodes, then compute nodes", async () => {
    const { plan } = await planOf('openstack');
    const controllers = ['ctl-1', 'ctl-2', 'ctl-3'];
    const nodes = ['storage-1', 'compute-1', 'compute-2'];
    expect(plan.stages.map((s) => [s.component, membersOf(s)])).toEqual([
      ['identity', controllers],
      ['image', controllers],
      ['compute', controllers],
      ['networking', controllers],
      ['block-storage', controllers],
      ['dashboard', controllers],
      ['orchestration', controllers],
      ['telemetry', controllers],
      ['storage-node', nodes],
      ['compute-node', nodes],
    ]);
  });

  it('backs up the databases before anything else, and syncs each database once', async () => {
    const { plan } = await planOf('openstack');
    const identity = plan.stages[0];
    // Named for the release it holds and the change, written aside, checked complete, then kept: once each.
    const dump = `/var/backups/rollgate-${identity?.cluster}-databases-2023.1-to-2024.1.sql`;
    expect(identity?.before.map((s) => [s.name, s.run[0], s.host, s.creates])).toEqual([
      ['backup-databases', 'mysqldump', 'ctl-1', dump],
      ['check-database-backup', 'grep', 'ctl-1', dump],
      ['keep-database-backup', 'mv', 'ctl-1', dump],
    ]);
    expect(identity?.before[0]?.run).toContain(`--result-file=${dump}.part`);
    expect(identity?.before[2]?.run).toEqual(['mv', '--no-clobber', `${dump}.part`, dump]);
    expect(plan.stages.slice(1).flatMap((s) => s.before.map((b) => b.name))).toEqual([]);
    expect(identity?.members.map((m) => names(m.steps).includes('sync-database'))).toEqual([
      true,
      false,
      false,
    ]);
    expect(identity?.members[0]?.steps[0]?.run).toEqual([
      'tar',
      '--create',
      '--gzip',
      '--file=/var/backups/keystone-before-2024.1.tar.gz',
      '/etc/keystone',
    ]);
  });

  it('has no automatic rollback, and says how to restore the backups by hand', async () => {
    const { rollback } = await planOf('openstack');
    expect(rollback.supported).toBe(false);
    expect(statementOf(rollback)).toMatch(/restore the databases from the dump/);
    // The path rollback.json names is the dump the plan takes.
    expect('kept' in rollback && rollback.kept).toEqual([
      {
        cluster: expect.any(String),
        host: 'ctl-1',
        step: 'backup-databases',
        path: expect.stringMatching(
          /^\/var\/backups\/rollgate-[a-z0-9-]+-databases-2023\.1-to-2024\.1\.sql$/,
        ),
      },
    ]);
  });
});

describe('mosk plan', () => {
  it('follows the nodes one at a time, control plane first, each by its workload handling', async () => {
    const { plan } = await planOf('mosk');
    const stage = plan.stages[0];
    expect(stage?.strategy).toBe('serial');
    expect(stage?.members.map((m) => [m.name, m.role, m.workload, names(m.steps)[0]])).toEqual([
      ['kaas-node-ctl-1', 'control', 'live', 'health'],
      ['kaas-node-ctl-2', 'control', 'live', 'health'],
      ['kaas-node-ctl-3', 'control', 'live', 'health'],
      ['kaas-node-cmp-1', 'worker', 'live', 'health'],
      ['kaas-node-cmp-2', 'worker', 'manual', 'wait-for-maintenance'],
      ['kaas-node-cmp-3', 'worker', 'skip', 'health'],
    ]);
    // Every node's handling is set before the update starts, the management cluster checked before that.
    expect(stage?.before.map((s) => [s.name, s.run.find((a) => a.startsWith('node/'))])).toEqual([
      ['management-cluster', undefined],
      ['workload-live', 'node/kaas-node-ctl-1'],
      ['workload-live', 'node/kaas-node-ctl-2'],
      ['workload-live', 'node/kaas-node-ctl-3'],
      ['workload-live', 'node/kaas-node-cmp-1'],
      ['workload-skip', 'node/kaas-node-cmp-3'],
      ['workload-manual', 'node/kaas-node-cmp-2'],
    ]);
    expect(stage?.after.map((s) => s.name)).toEqual(['all-nodes-updated']);
  });

  it('makes three migration attempts by default, and as many as a node asks for', async () => {
    const { plan } = await planOf('mosk');
    const live = (plan.stages[0]?.before ?? []).filter((s) => s.name === 'workload-live');
    expect(live.map((s) => s.run.find((a) => a.includes('attempts=')))).toEqual([
      'openstack.lcm.mirantis.com/instance_migration_attempts=3',
      'openstack.lcm.mirantis.com/instance_migration_attempts=3',
      'openstack.lcm.mirantis.com/instance_migration_attempts=3',
      'openstack.lcm.mirantis.com/instance_migration_attempts=5',
    ]);
  });

  it('waits for approval at the manual node once its maintenance request is there, and nowhere else', async () => {
    const { plan } = await planOf('mosk');
    expect(plan.stages[0]?.gate).toBe('approval');
    expect(partsOf(plan.stages[0])).toEqual([
      [
        ['kaas-node-ctl-1', 'kaas-node-ctl-2', 'kaas-node-ctl-3', 'kaas-node-cmp-1', 'kaas-node-cmp-2'],
        false,
      ],
      [['kaas-node-cmp-2', 'kaas-node-cmp-3'], true],
    ]);
    expect(plan.stages[0]?.parts[1]?.reason).toContain('kaas-node-cmp-2 has manual workload handling');
  });

  it('says plainly that there is no cluster-wide rollback', async () => {
    const { rollback } = await planOf('mosk');
    expect(rollback).toMatchObject({ supported: false });
    expect(statementOf(rollback)).toMatch(/^MOSK has no cluster-wide rollback/);
  });
});

describe('kubernetes plan', () => {
  it('upgrades kube-apiserver first, then the controllers, on control plane nodes only; then kubelet on every node', async () => {
    const { plan } = await planOf('kubernetes');
    const control = ['cp-1', 'cp-2', 'cp-3'];
    expect(plan.stages.map((s) => [s.component, membersOf(s)])).toEqual([
      ['kube-apiserver', control],
      ['kube-controller-manager', control],
      ['kube-scheduler', control],
      ['kubelet', [...control, 'worker-1', 'worker-2']],
    ]);
  });

  it('drains each node before its kubelet moves and lets workloads back after', async () => {
    const { plan } = await planOf('kubernetes');
    const kubelet = plan.stages[3];
    expect(names(kubelet?.members[3]?.steps ?? [])).toEqual([
      'drain',
      'update-package-lists',
      'upgrade',
      'reload',
      'restart',
      'health',
      'ready',
      'uncordon',
    ]);
    expect(commandOf(kubelet?.members[3]?.steps ?? [], 'upgrade')).toEqual([
      'apt-get',
      'install',
      '--yes',
      '--allow-change-held-packages',
      'kubelet=1.30.2-*',
      'kubectl=1.30.2-*',
    ]);
    const apiserver = plan.stages[0];
    expect(commandOf(apiserver?.members[0]?.steps ?? [], 'upgrade-apply')).toEqual([
      'kubeadm',
      'upgrade',
      'apply',
      'v1.30.2',
      '--yes',
    ]);
  });

  it('has no automatic rollback, since the control plane does not downgrade', async () => {
    const { rollback } = await planOf('kubernetes');
    expect(rollback.supported).toBe(false);
  });
});

describe('microcloud plan', () => {
  it('evacuates and restores live members around MicroCeph and MicroOVN, and checks the status last', async () => {
    const { plan } = await planOf('microcloud');
    expect(plan.stages.map((s) => [s.component, s.strategy])).toEqual([
      ['microceph', 'serial'],
      ['microovn', 'serial'],
      ['lxd', 'parallel'],
      ['microcloud', 'serial'],
    ]);
    expect(names(plan.stages[0]?.members[0]?.steps ?? [])).toEqual([
      'evacuate',
      'refresh',
      'hold',
      'health',
      'read-back',
      'restore',
    ]);
    expect(plan.stages.at(-1)?.after.map((s) => s.run.join(' '))).toEqual(['microcloud status']);
  });

  it('has no rollback command for the 1 to 2 upgrade: every stage goes back down, which the vendor does not support', async () => {
    const rollback = supported((await planOf('microcloud')).rollback);
    expect(rollback.supported).toBe(false);
    expect(rollback.stages.map((s) => [s.component, s.supported])).toEqual([
      ['microcloud', false],
      ['lxd', false],
      ['microovn', false],
      ['microceph', false],
    ]);
    expect(
      rollback.stages.flatMap((s) => [...s.before, ...s.members.flatMap((m) => m.steps), ...s.after]),
    ).toEqual([]);
    expect(rollback.stages.at(-1)?.reason).toMatch(
      /^microceph squid\/stable@4067 -> quincy\/stable@3758 in lab is a downgrade/,
    );
    expect(rollback.stages.at(-1)?.reason).toContain('require_osd_release');
  });
});
