// The plan's shape: stage order, gates, parts, pins, determinism, rollback, and the inputs it refuses.
import { describe, expect, it } from 'vitest';
import { buildPlan, bundleFiles, splitParts } from '../../src/plan/index.js';
import type { PlannedMember } from '../../src/plan/types.js';
import {
  checkChange,
  fleetOf,
  fleetYaml,
  LXD_NEXT,
  microcloudUpgrade,
  microcloudWithDowngrades,
  microcloudWithSteps,
  planChange,
  repoText,
  snap,
} from './helpers.js';

/** Two waves, three clusters; production listed first in the manifest, so wave order must come from `waves`. */
function twoWaves(options: { prodBLxd?: number } = {}): { base: string; head: string } {
  const microcloud1 = (lxd: number, microovn: number, microceph = 3758) => ({
    microceph: snap('quincy/stable', microceph),
    microovn: snap('22.03/stable', microovn),
    lxd: snap('5.21/stable', lxd),
    microcloud: snap('1/stable', 734),
  });
  const clusters = (stagingCeph: number, production: ReturnType<typeof microcloud1>) => [
    {
      name: 'prod-a',
      wave: 'production',
      proxy: 'store-prod',
      pauseAfterMember: 'first',
      members: ['pa-1', 'pa-2', 'pa-3'],
      components: production,
    },
    {
      name: 'stage-a',
      wave: 'staging',
      proxy: 'store-staging',
      members: ['sa-1', 'sa-2'],
      components: microcloud1(LXD_NEXT, 470, stagingCeph),
    },
    {
      name: 'prod-b',
      wave: 'production',
      proxy: 'store-prod',
      members: [
        { name: 'pb-ctl', role: 'control' },
        'pb-1',
        { name: 'pb-2', workload: 'manual' },
        'pb-0',
      ].reverse(),
      components: {
        ...production,
        ...(options.prodBLxd ? { lxd: snap('5.21/stable', options.prodBLxd) } : {}),
      },
    },
  ];
  return {
    // Staging already runs lxd and microovn's next revisions; production takes them now, while staging moves microceph.
    base: fleetYaml({ waves: ['staging', 'production'], clusters: clusters(3758, microcloud1(33110, 463)) }),
    head: fleetYaml({
      waves: ['staging', 'production'],
      clusters: clusters(3790, microcloud1(LXD_NEXT, 470)),
    }),
  };
}

describe('stage order', () => {
  it('puts waves in promotion order, then clusters in manifest order, then components in pack order', async () => {
    const { base, head } = twoWaves();
    const { plan } = await planChange(base, head);
    expect(plan.stages.map((s) => [s.id, s.wave])).toEqual([
      ['01-stage-a-microceph', 'staging'],
      ['02-prod-a-microovn', 'production'],
      ['03-prod-a-lxd', 'production'],
      ['04-prod-b-microovn', 'production'],
      ['05-prod-b-lxd', 'production'],
    ]);
  });

  it('moves control members before workers, the rest in manifest order', async () => {
    const { base, head } = twoWaves();
    const { plan } = await planChange(base, head);
    expect(plan.stages[3]?.members.map((m) => m.name)).toEqual(['pb-ctl', 'pb-0', 'pb-2', 'pb-1']);
  });

  it('gives each stage the gates its cluster and pack ask for', async () => {
    const { base, head } = twoWaves();
    const { plan } = await planChange(base, head);
    const gates = Object.fromEntries(
      plan.stages.map((s) => [
        s.id,
        s.parts.map((p) => `${p.members.join(',')}${p.approval ? ' (approval)' : ''}`),
      ]),
    );
    expect(gates).toEqual({
      // The pack pauses nowhere; staging has no manual members.
      '01-stage-a-microceph': ['sa-1,sa-2'],
      // prod-a pauses after its first member; its parallel lxd stage can only wait before it starts.
      '02-prod-a-microovn': ['pa-1', 'pa-2,pa-3 (approval)'],
      '03-prod-a-lxd': ['pa-1,pa-2,pa-3 (approval)'],
      // prod-b's pb-2 has manual workload handling: the rollout waits before it, and before the parallel stage.
      '04-prod-b-microovn': ['pb-ctl,pb-0', 'pb-2,pb-1 (approval)'],
      '05-prod-b-lxd': ['pb-ctl,pb-0,pb-2,pb-1 (approval)'],
    });
    expect(plan.stages.map((s) => s.gate)).toEqual(['none', 'approval', 'approval', 'approval', 'approval']);
    expect(plan.stages[3]?.parts[1]?.reason).toBe(
      'pb-2 has manual workload handling: move its workloads away, then approve.',
    );
  });

  it('sets each proxy override before the stage refreshes, and no evacuation for a member whose workloads the operator moves', async () => {
    const { base, head } = twoWaves();
    const { plan } = await planChange(base, head);
    const microovn = plan.stages[3];
    expect(microovn?.before).toEqual([
      {
        name: 'pin',
        run: ['snap-proxy', 'override', 'microovn', '22.03/stable=470'],
        on: 'proxy',
        host: 'store-prod',
      },
    ]);
    const steps = (name: string) => microovn?.members.find((m) => m.name === name)?.steps.map((s) => s.name);
    expect(steps('pb-1')).toEqual(['evacuate', 'refresh', 'hold', 'health', 'read-back', 'restore']);
    expect(steps('pb-2')).toEqual(['refresh', 'hold', 'health', 'read-back']);
  });
});

describe.each([
  { strategy: 'serial' as const, pause: 'none' as const, workloads: 'lll', parts: ['a,b,c'] },
  { strategy: 'serial' as const, pause: 'first' as const, workloads: 'lll', parts: ['a', '+b,c'] },
  { strategy: 'serial' as const, pause: 'all' as const, workloads: 'lll', parts: ['a', '+b', '+c'] },
  { strategy: 'serial' as const, pause: 'none' as const, workloads: 'mll', parts: ['+a,b,c'] },
  { strategy: 'serial' as const, pause: 'first' as const, workloads: 'lml', parts: ['a', '+b,c'] },
  { strategy: 'serial' as const, pause: 'none' as const, workloads: 'llm', parts: ['a,b', '+c'] },
  { strategy: 'serial' as const, pause: 'first' as const, workloads: 'l', parts: ['a'] },
  { strategy: 'parallel' as const, pause: 'none' as const, workloads: 'lll', parts: ['a,b,c'] },
  { strategy: 'parallel' as const, pause: 'first' as const, workloads: 'lll', parts: ['+a,b,c'] },
  { strategy: 'parallel' as const, pause: 'none' as const, workloads: 'lsm', parts: ['+a,b,c'] },
])('splitParts($strategy, pause $pause, workloads $workloads)', ({ strategy, pause, workloads, parts }) => {
  it(`cuts the members into ${parts.join(' | ')} ("+" waits for approval)`, () => {
    const members: PlannedMember[] = [...workloads].map((w, i) => ({
      name: 'abc'[i] as string,
      role: 'worker',
      workload: w === 'm' ? 'manual' : w === 's' ? 'skip' : 'live',
      from: null,
      to: { version: '1.0.0' },
      steps: [],
    }));
    const result = splitParts(members, strategy, pause);
    expect(result.map((p) => `${p.approval ? '+' : ''}${p.members.join(',')}`)).toEqual(parts);
    expect(result.map((p) => p.part)).toEqual(parts.map((_, i) => i + 1));
    for (const part of result) expect(part.reason === null).toBe(!part.approval);
  });
});

describe('determinism and pins', () => {
  it('gives the same bytes and the same id for the same input, and another id for another input', async () => {
    const { base, head } = twoWaves();
    const first = await planChange(base, head, { transport: 'ssh {member}' });
    const second = await planChange(base, head, { transport: 'ssh {member}' });
    expect(bundleFiles(second)).toEqual(bundleFiles(first));
    expect(first.plan.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const other = await planChange(base, head.replace('revision: 3790', 'revision: 3791'));
    expect(other.plan.id).not.toBe(first.plan.id);
  });

  it('keeps the id when only the transport differs: the rollout is the same, only how commands reach members is not', async () => {
    const { base, head } = microcloudUpgrade();
    const local = await planChange(base, head);
    const ssh = await planChange(base, head, { transport: 'ssh {member}' });
    expect(ssh.plan).toEqual(local.plan);
    expect(ssh.jobs['01-lab-microceph']).not.toBe(local.jobs['01-lab-microceph']);
  });

  it('pins every member for every component, an unchanged member at its current pins', async () => {
    const { base, head } = twoWaves();
    const { pins } = await planChange(base, head);
    expect(Object.keys(pins.clusters)).toEqual(['stage-a', 'prod-a', 'prod-b']);
    expect(pins.clusters['stage-a']?.members['sa-1']).toEqual({
      microceph: { channel: 'quincy/stable', revision: 3790, hold: true, cohort: true, changed: true },
      microovn: { channel: '22.03/stable', revision: 470, hold: true, cohort: true, changed: false },
      lxd: { channel: '5.21/stable', revision: LXD_NEXT, hold: true, cohort: true, changed: false },
      microcloud: { channel: '1/stable', revision: 734, hold: true, cohort: true, changed: false },
    });
    expect(pins.clusters['prod-b']?.members['pb-2']?.microceph).toEqual({
      channel: 'quincy/stable',
      revision: 3758,
      hold: true,
      cohort: true,
      changed: false,
    });
    expect(Object.keys(pins.clusters['prod-b']?.members ?? {})).toEqual(['pb-0', 'pb-2', 'pb-1', 'pb-ctl']);
  });

  it('writes one override file per proxy with every snap channel it serves, shared by the clusters behind it', async () => {
    const { base, head } = twoWaves();
    const { overrides } = await planChange(base, head);
    expect(Object.keys(overrides)).toEqual(['store-prod.txt', 'store-staging.txt']);
    expect(overrides['store-prod.txt']?.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      'snap-proxy override microceph quincy/stable=3758',
      'snap-proxy override microovn 22.03/stable=470',
      `snap-proxy override lxd 5.21/stable=${LXD_NEXT}`,
      'snap-proxy override microcloud 1/stable=734',
    ]);
    expect(overrides['store-prod.txt']).toContain('serving prod-a, prod-b');
  });
});

describe('direct pins, for clusters without a proxy', () => {
  it('lists them component by component, each on every member before the next, as the vendor orders them', async () => {
    const { base, head } = microcloudUpgrade();
    const { overrides } = await planChange(base, head);
    const direct = overrides['direct/all.txt'] ?? '';
    // "Update the same component's snap on all cluster members before moving to the next component."
    const refreshed = direct
      .split('\n')
      .filter((line) => line.startsWith('snap refresh ') && line.includes('--revision='))
      .map((line) => line.split(' ')[2]);
    expect(refreshed).toEqual([
      ...Array(3).fill('microceph'),
      ...Array(3).fill('microovn'),
      ...Array(3).fill('lxd'),
      ...Array(3).fill('microcloud'),
    ]);
    expect(direct).toContain(
      '# lab: microceph, on each member in turn\n# lab/lab-1\nsnap refresh microceph --channel=squid/stable --revision=4067\nsnap refresh --hold microceph\n# lab/lab-2\n',
    );
    // A revision pin is no hold: the words say so, and never call the one the other.
    expect(direct).toContain('Each snap refresh --revision pins a member to one revision; it is no hold.');
    expect(direct).not.toMatch(/holds? its revisions?|holds? the revision/);
  });
});

describe('the hold and cohort a pin declares', () => {
  it('plans a member whose hold changes though its revision does not, and holds or releases it', async () => {
    const cluster = (hold: boolean) => ({
      name: 'lab',
      members: ['lab-1', 'lab-2'],
      components: { lxd: { channel: '5.21/stable', revision: 33110, hold, cohort: true } },
    });
    const held = await planChange(
      fleetYaml({ clusters: [cluster(false)] }),
      fleetYaml({ clusters: [cluster(true)] }),
      {
        allowErrors: true,
      },
    );
    expect(held.plan.stages.map((s) => [s.component, s.members.map((m) => m.name)])).toEqual([
      ['lxd', ['lab-1', 'lab-2']],
    ]);
    const steps = held.plan.stages[0]?.members[0]?.steps ?? [];
    expect(steps.find((s) => s.name === 'hold')?.run).toEqual(['snap', 'refresh', '--hold', 'lxd']);
    expect(steps.find((s) => s.name === 'read-back')?.expect?.map((e) => [e.what, e.has ?? e.is])).toEqual([
      ['lxd revision', '33110'],
      ['lxd tracking', '5.21/stable'],
      ['lxd notes', 'held'],
      ['lxd notes', 'in-cohort'],
    ]);
    const released = await planChange(
      fleetYaml({ clusters: [cluster(true)] }),
      fleetYaml({ clusters: [cluster(false)] }),
      { allowErrors: true },
    );
    const back = released.plan.stages[0]?.members[0]?.steps ?? [];
    expect(back.find((s) => s.name === 'unhold')?.run).toEqual(['snap', 'refresh', '--unhold', 'lxd']);
    expect(back.find((s) => s.name === 'read-back')?.expect?.find((e) => e.lacks)).toMatchObject({
      lacks: 'held',
    });
  });

  it('joins the cohort once, before the revision pin, only where the base is not in it', async () => {
    const cluster = (cohort: boolean, revision: number) => ({
      name: 'lab',
      members: ['lab-1'],
      components: { microceph: { channel: 'squid/stable', revision, hold: true, cohort } },
    });
    const joining = await planChange(
      fleetYaml({ clusters: [cluster(false, 4067)] }),
      fleetYaml({ clusters: [cluster(true, 4100)] }),
      {
        allowErrors: true,
      },
    );
    expect(joining.plan.stages[0]?.members[0]?.steps.map((s) => s.run.join(' ')).slice(1, 4)).toEqual([
      'snap refresh microceph --cohort=+',
      'snap refresh microceph --channel=squid/stable --revision=4100',
      'snap refresh --hold microceph',
    ]);
    const inCohort = await planChange(
      fleetYaml({ clusters: [cluster(true, 4067)] }),
      fleetYaml({ clusters: [cluster(true, 4100)] }),
    );
    expect(inCohort.plan.stages[0]?.members[0]?.steps.map((s) => s.name)).not.toContain('join-cohort');
  });
});

describe('a member that runs something of its own', () => {
  it('moves only the members whose pins change, each to its own pin', async () => {
    const cluster = (lxd: number) => ({
      name: 'lab',
      members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: { revision: 33110 } } }],
      components: { microceph: snap('quincy/stable', 3758), lxd: snap('5.21/stable', lxd) },
    });
    const base = fleetYaml({ clusters: [cluster(33110)] });
    const head = fleetYaml({ clusters: [cluster(LXD_NEXT)] });
    // lab-3 keeps the old lxd through its own override; the check calls that skew, so plan past its findings.
    const { plan, pins } = await planChange(base, head, { allowErrors: true });
    expect(plan.stages.map((s) => [s.component, s.members.map((m) => m.name)])).toEqual([
      ['lxd', ['lab-1', 'lab-2']],
    ]);
    expect(pins.clusters.lab?.members['lab-3']?.lxd).toEqual({
      channel: '5.21/stable',
      revision: 33110,
      hold: true,
      cohort: true,
      changed: false,
    });
    expect(pins.clusters.lab?.members['lab-1']?.lxd).toEqual({
      channel: '5.21/stable',
      revision: LXD_NEXT,
      hold: true,
      cohort: true,
      changed: true,
    });
  });
});

describe('unfinished rollouts', () => {
  it('plans members an unfinished rollout may have moved, even when the head returns them to the base', async () => {
    const { base, head } = microcloudUpgrade();
    const same = await planChange(base, base);
    expect(same.plan.stages).toEqual([]);
    const replanned = await planChange(base, base, { unfinished: [fleetOf(head)] });
    expect(replanned.plan.stages.map((s) => s.component)).toEqual([
      'microceph',
      'microovn',
      'lxd',
      'microcloud',
    ]);
    expect(replanned.plan.stages[0]?.members[0]?.to).toEqual({
      channel: 'quincy/stable',
      revision: 3758,
      hold: true,
      cohort: true,
    });
    expect(replanned.plan.notes.join(' ')).toContain('did not finish');
  });

  it('plans every member from an unknown state when there is no base', async () => {
    const { head } = microcloudUpgrade();
    const { plan } = await planChange(undefined, head);
    expect(plan.stages.map((s) => [s.component, s.from])).toEqual([
      ['microceph', null],
      ['microovn', null],
      ['lxd', null],
      ['microcloud', null],
    ]);
    expect(plan.notes[0]).toContain('No base manifest');
  });
});

describe('rollback', () => {
  it('takes the changed members back to their base pins, stages in reverse order', async () => {
    const { base, head } = microcloudUpgrade();
    const { rollback } = await planChange(base, head, { packText: microcloudWithDowngrades() });
    if (!rollback.supported) throw new Error('the pack supports going back down');
    expect(rollback.stages.map((s) => s.id)).toEqual([
      'rollback-01-lab-microcloud',
      'rollback-02-lab-lxd',
      'rollback-03-lab-microovn',
      'rollback-04-lab-microceph',
    ]);
    expect(rollback.stages[3]?.members[0]?.steps.find((s) => s.name === 'refresh')?.run).toEqual([
      'snap',
      'refresh',
      'microceph',
      '--channel=quincy/stable',
      '--revision=3758',
    ]);
    // Back on MicroCloud 1, which has no `microcloud status` (it arrived in 2): the pack's final check needs 2.
    expect(rollback.stages[3]?.after).toEqual([]);
  });

  it("ends with the pack's status check where the cluster goes back to MicroCloud 2", async () => {
    const { head } = microcloudUpgrade();
    const refreshed = head.replace(`revision: ${LXD_NEXT}`, `revision: ${LXD_NEXT + 5}`);
    if (refreshed === head) throw new Error('the example manifests changed shape');
    const { rollback } = await planChange(head, refreshed, { packText: microcloudWithDowngrades() });
    if (!rollback.supported) throw new Error('the pack supports going back down');
    expect(rollback.stages.map((s) => [s.component, s.after.map((step) => step.run.join(' '))])).toEqual([
      ['lxd', ['microcloud status']],
    ]);
  });
  it('lists each proxy override a rollback needs once, however many clusters behind the proxy go back to it', async () => {
    const { base, head } = twoWaves();
    const { plan, rollback } = await planChange(base, head, { packText: microcloudWithDowngrades() });
    if (!rollback.supported) throw new Error('the pack supports going back down');
    // prod-a and prod-b, both behind store-prod, both move microovn from 22.03/stable@463.
    const prodOvn = plan.stages.filter((s) => s.proxy === 'store-prod' && s.component === 'microovn');
    expect(prodOvn.map((s) => [s.cluster, s.from])).toEqual([
      ['prod-a', '22.03/stable@463'],
      ['prod-b', '22.03/stable@463'],
    ]);
    const lines = rollback.overrides['store-prod'] ?? [];
    expect(lines).toContain('snap-proxy override microovn 22.03/stable=463');
    expect(lines).toEqual([...new Set(lines)]);
  });

  it('carries the pack statement where the system has no rollback', async () => {
    const { base, head } = microcloudUpgrade();
    const packText = repoText('policies/microcloud.yaml').replace(
      'rollback: { supported: true }',
      'rollback: { supported: false, statement: "No cluster-wide rollback: remove a stuck node and finish the update." }',
    );
    const { rollback, jobs } = await planChange(base, head, { packText });
    expect(rollback).toEqual({
      apiVersion: 'rollgate/v1',
      kind: 'RollbackPlan',
      plan: expect.stringMatching(/^sha256:/),
      supported: false,
      statement: 'No cluster-wide rollback: remove a stuck node and finish the update.',
    });
    expect(Object.keys(jobs).filter((id) => id.startsWith('rollback-'))).toEqual([]);
  });
});

describe("the pack's cluster steps and the versions they need", () => {
  it('checks the status after the upgrade to MicroCloud 2, on the last stage only', async () => {
    const { base, head } = microcloudUpgrade();
    const { plan } = await planChange(base, head);
    expect(plan.stages.map((s) => [s.component, s.after.map((step) => step.run.join(' '))])).toEqual([
      ['microceph', []],
      ['microovn', []],
      ['lxd', []],
      ['microcloud', ['microcloud status']],
    ]);
  });

  it('leaves the status check out on a cluster that stays on MicroCloud 1, which has no such command', async () => {
    const { base } = microcloudUpgrade();
    const refreshed = base.replace('revision: 3758', 'revision: 3760');
    if (refreshed === base) throw new Error('the example manifests changed shape');
    const { plan } = await planChange(base, refreshed, { allowErrors: true });
    expect(plan.stages.map((s) => [s.component, s.after])).toEqual([['microceph', []]]);
  });
});

describe('inputs the planner refuses', () => {
  it.each([
    ['a transport placeholder it does not know', { transport: 'ssh {host}' }, 'it knows {member}'],
    ['a transport over two lines', { transport: 'ssh {member}\nrm -rf /' }, 'one line'],
    ['{command} glued to another word', { transport: 'sh -c x{command}' }, 'word of its own'],
  ])('%s', async (_title, options, message) => {
    const { base, head } = microcloudUpgrade();
    await expect(planChange(base, head, options)).rejects.toThrow(message);
  });

  it('refuses a head manifest that did not load', async () => {
    const result = await checkChange(undefined, 'clusters: [');
    expect(() => buildPlan({ result, transport: 'local' })).toThrow('could not be read');
  });

  it('refuses a base manifest that did not load, rather than plan from an unknown base', async () => {
    const { head } = microcloudUpgrade();
    const result = await checkChange('apiVersion: nope', head);
    expect(() => buildPlan({ result, transport: 'local' })).toThrow(
      'base manifest fleet.yaml could not be read',
    );
  });

  it('refuses two revisions of one channel behind one proxy, which a proxy override cannot serve', async () => {
    const { base, head } = twoWaves({ prodBLxd: 36100 });
    expect((await checkChange(base, head)).findings.map((f) => f.rule)).toContain('pins/conflict');
    await expect(planChange(base, head, { allowErrors: true })).rejects.toThrow('one revision per channel');
  });

  it('refuses a value outside the schema shape in a fleet that skipped the schema', async () => {
    const { base, head } = microcloudUpgrade();
    const result = await checkChange(base, head);
    const cluster = result.head.fleet?.clusters[0];
    if (!cluster) throw new Error('no cluster');
    cluster.members[0] = {
      ...(cluster.members[0] as (typeof cluster.members)[number]),
      name: "lab-1'; reboot; '",
    };
    expect(() => buildPlan({ result, transport: 'local' })).toThrow('is not one the manifest schema allows');
  });
});

describe('pack steps by role and by place in the stage', () => {
  it('limits a stage to the roles its component names, and runs first and later steps where they belong', async () => {
    const packText = microcloudWithSteps(
      'microceph',
      `      roles: [control]
      member:
        - { name: start, when: first, run: [microceph, start-upgrade] }
        - { name: join, when: later, run: [microceph, join-upgrade, "{member}"] }
        - { name: health, run: [microceph, status] }
`,
    );
    expect(packText).toContain('roles: [control]');
    const cluster = (revision: number) => ({
      name: 'lab',
      members: [{ name: 'w-1' }, { name: 'c-1', role: 'control' }, { name: 'c-2', role: 'control' }],
      components: { microceph: snap('quincy/stable', revision) },
    });
    const { plan, overrides } = await planChange(
      fleetYaml({ clusters: [cluster(3758)] }),
      fleetYaml({ clusters: [cluster(3790)] }),
      {
        packText,
      },
    );
    expect(plan.stages[0]?.members.map((m) => [m.name, m.steps.map((s) => s.run.join(' '))])).toEqual([
      ['c-1', ['microceph start-upgrade', 'microceph status']],
      ['c-2', ['microceph join-upgrade c-2', 'microceph status']],
    ]);
    const direct = overrides['direct/all.txt'];
    expect(direct).toContain('# lab/c-1\nsnap refresh microceph --channel=quincy/stable --revision=3790\n');
    expect(direct).not.toContain('# lab/w-1\nsnap refresh microceph');
  });
});
