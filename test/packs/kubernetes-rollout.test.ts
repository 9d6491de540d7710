// The kubernetes pack's plan run through ssh against fake nodes (test/fakes): kubeadm on the control plane in the
// guide's order, the plan's own etcd snapshot taken once and kept, kubelets drained, upgraded and uncordoned node by
// node, and a stage that stops at the node whose kubelet did not come up at the new version.
import { beforeAll, describe, expect, it } from 'vitest';
import { type FakeMembers, fakeMembers } from '../fakes/members.js';
import {
  events,
  installed,
  leaveBehind,
  memberFiles,
  objectField,
  setObject,
  setPackages,
} from '../fakes/ops.js';
import { manifest } from './pack-helpers.js';
import { planOf, runAll, runStage, shellcheckJobs } from './rollout-helpers.js';

const CONTROL = ['cp-1', 'cp-2', 'cp-3'];
const WORKERS = ['wk-1', 'wk-2', 'wk-3'];
const fleetText = (version: string) =>
  manifest(
    'kubernetes',
    `  - name: prod\n    members:\n${CONTROL.map((m) => `      - { name: ${m}, role: control }\n`).join('')}` +
      '      - { name: wk-1, role: worker }\n      - { name: wk-2, role: worker, workload: skip }\n' +
      '      - { name: wk-3, role: worker, workload: manual }\n    components:\n' +
      ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet']
        .map((c) => `      ${c}: { version: "${version}" }\n`)
        .join(''),
  );

function cluster(): FakeMembers {
  const fleet = fakeMembers({ clusters: [{ name: 'prod', members: [...CONTROL, ...WORKERS] }] });
  setObject(fleet, 'cluster', { version: 'v1.30.5' });
  for (const member of [...CONTROL, ...WORKERS]) {
    const old = { kubeadm: '1.30.5', kubectl: '1.30.5', kubelet: '1.30.5' };
    setPackages(fleet, member, old, { kubeadm: '1.31.2', kubectl: '1.31.2', kubelet: '1.31.2' });
    setObject(fleet, `node/${member}`, { kubeletVersion: 'v1.30.5', ready: 'True', unschedulable: 'false' });
  }
  for (const member of CONTROL)
    for (const component of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'])
      setObject(fleet, `pod/${component}-${member}`, { image: `registry.k8s.io/${component}:v1.30.5` });
  return fleet;
}

const SNAPSHOT = 'etcd-prod-1.30.5-to-1.31.2.db';

describe('kubernetes pack, run against fake nodes', { timeout: 180_000 }, () => {
  let bundle: Awaited<ReturnType<typeof planOf>>;
  beforeAll(async () => {
    bundle = await planOf(fleetText('1.31.2'), fleetText('1.30.5'));
  });

  it('upgrades the control plane with kubeadm, kubeadm and kubectl first, and every kubelet after a drain', () => {
    const fleet = cluster();
    expect(runAll(fleet, bundle).failed).toBeNull();
    expect(events(fleet, 'cp-1')).toEqual([
      `etcd snapshot /var/lib/rollgate/${SNAPSHOT}.part`,
      'apt-get update',
      'install kubeadm=1.31.2',
      'install kubectl=1.31.2',
      'kubeadm upgrade plan v1.31.2',
      'kubeadm upgrade apply v1.31.2',
      'apt-get update',
      'install kubelet=1.31.2',
      'restart kubelet',
    ]);
    expect(events(fleet, 'cp-2').slice(0, 4)).toEqual([
      'apt-get update',
      'install kubeadm=1.31.2',
      'install kubectl=1.31.2',
      'kubeadm upgrade node',
    ]);
    for (const member of WORKERS) {
      expect(events(fleet, member)).toEqual([
        'apt-get update',
        'install kubelet=1.31.2',
        'install kubectl=1.31.2',
        'restart kubelet',
      ]);
      expect(objectField(fleet, `node/${member}`, 'kubeletVersion')).toBe('v1.31.2');
      // Drained (the skip node too: no in-place minor kubelet upgrade) or drained by the operator, and back.
      expect(objectField(fleet, `node/${member}`, 'unschedulable')).toBe('false');
    }
    expect(objectField(fleet, 'node/wk-2', 'drained')).toBe('true');
    expect(objectField(fleet, 'node/wk-3', 'drained')).toBeUndefined();
    const wk1 = fleet
      .calls()
      .filter((c) => c.member === 'wk-1' || c.args.includes('wk-1'))
      .map((c) => `${c.tool} ${c.args.split(' ')[0]}`)
      .filter((line) => !line.startsWith('ssh') && !line.startsWith('test'));
    expect(wk1).toEqual([
      'kubectl drain',
      'apt-get update',
      'apt-get install',
      'systemctl daemon-reload',
      'systemctl restart',
      'kubectl wait',
      'kubectl wait',
      'kubectl uncordon',
    ]);
  });

  it('takes its etcd snapshot once, checked, keeps it on a rerun, and names it in rollback.json', () => {
    const fleet = cluster();
    const first = bundle.plan.stages[0]?.id as string;
    expect(runStage(fleet, bundle.dir, first).status).toBe(0);
    expect(runStage(fleet, bundle.dir, first).status).toBe(0);
    expect(memberFiles(fleet, 'cp-1', '/var/lib/rollgate')).toEqual([SNAPSHOT]);
    expect(events(fleet, 'cp-1').filter((e) => e.startsWith('etcd snapshot'))).toHaveLength(1);
    expect(
      fleet
        .calls()
        .filter((c) => c.tool === 'etcdctl')
        .map((c) => c.args.split(' ').slice(-2)[0]),
    ).toEqual(['save', 'status']);
    expect(bundle.rollback).toMatchObject({
      supported: false,
      kept: [{ cluster: 'prod', host: 'cp-1', step: 'snapshot-etcd', path: `/var/lib/rollgate/${SNAPSHOT}` }],
    });
  });

  it('stops the kubelet stage at the node whose kubelet did not come up at the new version, and a rerun finishes', () => {
    const fleet = cluster();
    leaveBehind(fleet, 'wk-2');
    const { failed } = runAll(fleet, bundle);
    expect(failed?.id).toMatch(/-kubelet$/);
    expect(failed?.stderr).toContain('rollgate: runner: health');
    expect(failed?.stderr).toMatch(/step health failed/);
    expect(objectField(fleet, 'node/wk-2', 'kubeletVersion')).toBe('v1.30.5');
    expect(installed(fleet, 'wk-3', 'kubelet')).toBe('1.30.5');
    expect(fleet.calls().some((c) => c.args.includes('wk-3'))).toBe(false);
    // The node fixed, the stage run again: it passes over what is done (state, not events) and finishes.
    fleet.run(['rm', `${fleet.root}/members/wk-2/behind`]);
    expect(runStage(fleet, bundle.dir, failed?.id as string).status).toBe(0);
    expect(installed(fleet, 'wk-3', 'kubelet')).toBe('1.31.2');
  });

  it('writes job scripts shellcheck passes', () => {
    expect(shellcheckJobs(bundle)).toBe('');
  });
});
