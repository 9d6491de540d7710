// The mosk pack's plan run against a fake MOSK cluster and its LCM (test/fakes): the management cluster checked
// first, every node's workload handling set once before the update, each node followed by its lcmmachine's state
// (so the LCM's order does not matter and a rerun passes over nodes done), a manual node's request, approval,
// workload lock and release in the vendor's order, and a stage that stops at the node the update did not move.
import { beforeAll, describe, expect, it } from 'vitest';
import { type FakeMembers, fakeMembers } from '../fakes/members.js';
import { events, leaveBehind, objectField, setObject } from '../fakes/ops.js';
import { manifest } from './pack-helpers.js';
import { planOf, runStage, shellcheckJobs } from './rollout-helpers.js';

const NODES = ['ctl-1', 'cmp-1', 'cmp-2', 'cmp-3'];
const text = (release: string) =>
  manifest(
    'mosk',
    '  - name: mosk\n    members:\n      - { name: ctl-1, role: control }\n      - { name: cmp-1, role: worker }\n' +
      '      - { name: cmp-2, role: worker, workload: manual }\n      - { name: cmp-3, role: worker, workload: skip }\n' +
      `    components:\n      mosk: { version: "${release}" }\n`,
  );
const MODE = 'annotations/openstack.lcm.mirantis.com/instance_migration_mode';

/** The cluster mid-update: the LCM has updated every node but the manual one, which waits with its request. */
function cluster(): FakeMembers {
  const fleet = fakeMembers({ clusters: [{ name: 'mosk', members: NODES }] });
  setObject(fleet, 'kaasrelease/kaas-2-17-0', {});
  setObject(fleet, 'lcm', { release: '8.6.0+22.2' });
  for (const node of NODES) {
    setObject(fleet, `node/${node}`, { ready: 'True' });
    const done = node !== 'cmp-2';
    setObject(fleet, `lcmmachine/${node}`, { state: 'Ready', release: done ? '8.6.0+22.2' : '8.5.0+22.1' });
  }
  setObject(fleet, 'nodemaintenancerequest/cmp-2', {});
  setObject(fleet, 'nodeworkloadlock/openstack-cmp-2', { errorMessage: '' });
  return fleet;
}

describe('mosk pack, run against a fake cluster and LCM', { timeout: 180_000 }, () => {
  let bundle: Awaited<ReturnType<typeof planOf>>;
  let stage: string;
  beforeAll(async () => {
    bundle = await planOf(text('22.2'), text('22.1'));
    stage = bundle.plan.stages[0]?.id as string;
  });

  it("checks the management cluster first, sets every node's handling before the update, and the guide's order for a manual node", () => {
    const fleet = cluster();
    const run = runStage(fleet, bundle.dir, stage);
    expect(run.stderr).toContain('stage');
    expect(run.status).toBe(0);
    const steps = [...run.stderr.matchAll(/^rollgate: ([^:]+): ([a-z-]+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(steps.slice(0, 6)).toEqual([
      'runner management-cluster',
      'runner workload-live',
      'runner workload-live',
      'runner workload-skip',
      'runner workload-manual',
      'runner health',
    ]);
    expect(steps.filter((s) => s.startsWith('runner ') && /maintenance|lock|migration-done/.test(s))).toEqual(
      ['runner wait-for-maintenance', 'runner check-workload-lock', 'runner migration-done'],
    );
    expect(steps.at(-1)).toBe('runner all-nodes-updated');
    expect(objectField(fleet, 'node/cmp-1', MODE)).toBe('live');
    expect(objectField(fleet, 'node/cmp-3', MODE)).toBe('skip');
    expect(objectField(fleet, 'node/cmp-2', MODE)).toBe('skip');
    expect(events(fleet, 'cmp-2')).toEqual(['updated by the LCM']);
    expect(objectField(fleet, 'lcmmachine/cmp-2', 'release')).toBe('8.6.0+22.2');
  });

  it('puts the approval gate after the manual node has its maintenance request, before its workload lock is checked', () => {
    const parts = bundle.plan.stages[0]?.parts ?? [];
    expect(parts.map((p) => [p.members, p.approval])).toEqual([
      [['ctl-1', 'cmp-1', 'cmp-2'], false],
      [['cmp-2', 'cmp-3'], true],
    ]);
    const script = bundle.jobs[stage] ?? '';
    const before = script.slice(script.indexOf('rollgate_member_3_before_gate() {'));
    expect(before.slice(0, before.indexOf('}'))).toContain("'wait-for-maintenance'");
    const after = script.slice(script.indexOf('rollgate_member_3_after_gate() {'));
    expect(after.slice(0, after.indexOf('\n}'))).toMatch(
      /check-workload-lock[\s\S]*migration-done[\s\S]*health/,
    );
  });

  it('stops at the node the update did not move, and a rerun sets no annotation again and waits on nothing done', () => {
    const fleet = cluster();
    leaveBehind(fleet, 'cmp-2');
    const failed = runStage(fleet, bundle.dir, stage);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('lcmmachine cmp-2 release: expected 22.2, found 22.1.');
    expect(objectField(fleet, 'node/cmp-2', MODE)).toBe('skip');
    // The LCM moves the node at last; the operator runs the stage again.
    setObject(fleet, 'lcmmachine/cmp-2', { release: '8.6.0+22.2' });
    fleet.run(['rm', '-r', `${fleet.root}/k8s/nodemaintenancerequest/cmp-2`]);
    const annotations = () =>
      fleet.calls().filter((c) => c.tool === 'kubectl' && c.args.startsWith('annotate')).length;
    const before = annotations();
    const rerun = runStage(fleet, bundle.dir, stage);
    expect(rerun.status).toBe(0);
    expect(annotations()).toBe(before);
    expect(rerun.stderr).toContain('runner: wait-for-maintenance: done already, passed over');
    expect(rerun.stderr).toContain('runner: workload-live: done already, passed over');
  });

  it('writes a job script shellcheck passes', () => {
    expect(shellcheckJobs(bundle)).toBe('');
  });
});
