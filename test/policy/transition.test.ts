// The transition module: the order in which a cluster's components move so that every state between base and head
// keeps the pack's skew, requires and strict order. Vendor cases on the shipped packs, then every order of small
// random changes against a brute-force walk of every state.
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { ComponentState } from '../../src/manifest/fleet.js';
import { loadPack, type Policy } from '../../src/policy/pack.js';
import { type ClusterMove, orderOf, planTransition } from '../../src/policy/transition/index.js';
import { policyOf } from '../packs/pack-helpers.js';
import { settings } from '../property/arbitraries.js';

type Role = 'control' | 'worker';
/** A component's version on every member, or member by member (undefined: the member does not run it). */
type Versions = Record<string, string | Array<string | undefined>>;

/** A cluster's change as the module reads it, from versions written per component. */
function moveOf(policy: Policy, members: Array<[string, Role]>, base: Versions, head: Versions): ClusterMove {
  const state = (table: Versions, component: string, member: number): ComponentState | undefined => {
    const value = table[component];
    const version = typeof value === 'string' ? value : value?.[member];
    if (version === undefined) return undefined;
    return policy.pack.components[component]?.versioning.source === 'track'
      ? { channel: `${version}/stable`, revision: 1 }
      : { version };
  };
  return {
    cluster: 'prod',
    members: members.map(([name, role]) => ({ name, role })),
    components: [...new Set([...Object.keys(base), ...Object.keys(head)])],
    base: (component, member) => state(base, component, member),
    head: (component, member) => state(head, component, member),
  };
}

const KUBERNETES_NODES: Array<[string, Role]> = [
  ['cp-1', 'control'],
  ['worker-1', 'worker'],
  ['worker-2', 'worker'],
];
const kubernetes = (apiserver: string, controllers: string, kubelet: string | Array<string | undefined>) => ({
  'kube-apiserver': apiserver,
  'kube-controller-manager': controllers,
  'kube-scheduler': controllers,
  kubelet,
});

describe('Kubernetes (version skew policy, not a strict order)', () => {
  const policy = policyOf('kubernetes');

  it('moves lagging kubelets before kube-apiserver: 1.31 -> 1.32 with kubelets 1.28 -> 1.31', () => {
    // "Running a cluster with kubelet instances that are persistently three minor versions behind kube-apiserver
    // means they must be upgraded before the control plane can be upgraded."
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        KUBERNETES_NODES,
        kubernetes('1.31.4', '1.31.4', '1.28.15'),
        kubernetes('1.32.0', '1.31.4', '1.31.4'),
      ),
    );
    expect(transition).toMatchObject({
      ok: true,
      order: ['kubelet', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
      reordered: { ahead: ['kubelet'] },
    });
    if (!transition.ok) return;
    expect(transition.reordered?.text).toBe(
      "kubelet moves before kube-apiserver in prod, against the kubernetes pack's order: in that order, once kube-apiserver 1.32.0 runs on cp-1, kubelet 1.28.15 there is 4 minor versions older than it (kubelet must be never newer than kube-apiserver and at most 3 older).",
    );
  });

  it('keeps the pack order, and says nothing, when the pack order passes (the usual upgrade)', () => {
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        KUBERNETES_NODES,
        kubernetes('1.29.6', '1.29.6', '1.29.6'),
        kubernetes('1.30.2', '1.30.2', '1.30.2'),
      ),
    );
    expect(transition).toEqual({
      ok: true,
      order: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet'],
    });
  });

  it('fails a controller manager two minors behind, moved with kube-apiserver, and says how to split it', () => {
    // kube-apiserver's prerequisite: "The kube-controller-manager ... instances that communicate with this server
    // are at version N-1"; they "must not be newer than the kube-apiserver instances they communicate with".
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        KUBERNETES_NODES,
        { ...kubernetes('1.31.4', '1.31.4', '1.31.4'), 'kube-controller-manager': '1.30.8' },
        kubernetes('1.32.0', '1.32.0', '1.31.4'),
      ),
    );
    expect(transition).toMatchObject({
      ok: false,
      order: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet'],
      breach: {
        component: 'kube-apiserver',
        member: 'cp-1',
        kind: 'skew',
        subject: { component: 'kube-controller-manager', member: 'cp-1', version: '1.30.8' },
        target: { component: 'kube-apiserver', member: 'cp-1', version: '1.32.0' },
        always: false,
      },
      split: [{ component: 'kube-controller-manager', to: '1.31' }],
    });
    if (transition.ok) return;
    expect(transition.breach.text).toBe(
      'once kube-apiserver 1.32.0 runs on cp-1, kube-controller-manager 1.30.8 there is 2 minor versions older than it (kube-controller-manager must be never newer than kube-apiserver and at most 1 older)',
    );
  });

  it('measures a worker’s kubelet against every kube-apiserver instance, from the first one that moves', () => {
    // "If version skew exists between kube-apiserver instances in an HA cluster, this narrows the allowed kubelet versions."
    const members: Array<[string, Role]> = [
      ['cp-1', 'control'],
      ['cp-2', 'control'],
      ['worker-1', 'worker'],
    ];
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        members,
        kubernetes('1.31.4', '1.31.4', ['1.31.4', '1.31.4', '1.28.15']),
        kubernetes('1.32.0', '1.31.4', ['1.31.4', '1.31.4', '1.31.4']),
      ),
    );
    expect(transition).toMatchObject({
      ok: true,
      order: ['kubelet', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
      reordered: { ahead: ['kubelet'] },
    });
    if (transition.ok)
      expect(transition.reordered?.text).toContain(
        'once kube-apiserver 1.32.0 runs on cp-1, kubelet 1.28.15 on worker-1 is 4 minor versions older than it',
      );
  });

  it('leaves a skew the head itself breaks to skew/components, and one the base already broke alone', () => {
    // Only kube-apiserver moves: kubelet four minors behind is the head's own state, not one between.
    const headOnly = planTransition(
      policy,
      moveOf(
        policy,
        KUBERNETES_NODES,
        kubernetes('1.31.4', '1.31.4', '1.28.15'),
        kubernetes('1.32.0', '1.32.0', '1.28.15'),
      ),
    );
    expect(headOnly.ok).toBe(true);
    // The base has kubelet four behind; the change only brings kubelet closer.
    const baseOnly = planTransition(
      policy,
      moveOf(
        policy,
        KUBERNETES_NODES,
        kubernetes('1.32.0', '1.32.0', '1.28.15'),
        kubernetes('1.32.0', '1.32.0', '1.30.2'),
      ),
    );
    expect(baseOnly.ok).toBe(true);
  });

  it('plans a new cluster (no base) in the pack order', () => {
    const transition = planTransition(
      policy,
      moveOf(policy, KUBERNETES_NODES, {}, kubernetes('1.32.0', '1.32.0', '1.32.0')),
    );
    expect(transition).toEqual({
      ok: true,
      order: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet'],
    });
  });
});

describe('OpenStack (the Operations Guide’s service order, strict)', () => {
  const policy = policyOf('openstack');
  const CLOUD: Array<[string, Role]> = [
    ['ctl-1', 'control'],
    ['ctl-2', 'control'],
    ['storage-1', 'worker'],
    ['compute-1', 'worker'],
  ];
  const every = (release: string): Versions =>
    Object.fromEntries(policy.pack.order.map((service) => [service, release]));

  it('fails Image a release ahead of Identity, and says to move Identity first', () => {
    // "The order you should upgrade services": 1. Identity service, 2. Image service, ...
    const transition = planTransition(
      policy,
      moveOf(policy, CLOUD, every('2024.1'), { ...every('2024.1'), image: '2024.2' }),
    );
    expect(transition).toMatchObject({
      ok: false,
      breach: {
        component: 'image',
        member: 'ctl-1',
        kind: 'order',
        always: true,
        target: { component: 'identity' },
      },
    });
    if (transition.ok) return;
    expect(transition.split).toBeUndefined();
    expect(transition.breach.text).toBe(
      'once image 2024.2 runs on ctl-1, it is newer than identity 2024.1 there, which the order puts before image',
    );
  });

  it('passes Identity and Image moved together, Identity first', () => {
    const transition = planTransition(
      policy,
      moveOf(policy, CLOUD, every('2024.1'), { ...every('2024.1'), identity: '2024.2', image: '2024.2' }),
    );
    expect(transition).toEqual({ ok: true, order: policy.pack.order });
  });

  it('passes a skip-level upgrade of the whole cloud (SLURP 2023.1 -> 2024.1), nodes behind until the controllers moved', () => {
    expect(planTransition(policy, moveOf(policy, CLOUD, every('2023.1'), every('2024.1')))).toEqual({
      ok: true,
      order: policy.pack.order,
    });
  });

  it('fails nodes two releases behind their controllers in a rollout that is no skip-level one', () => {
    // The nodes one release behind (2023.2) are fine until the first controller reaches 2024.2: two behind, and
    // 2023.2 is no SLURP release. Strict, so the nodes cannot go first; no release between splits it.
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        CLOUD,
        { ...every('2024.1'), 'storage-node': '2023.2', 'compute-node': '2023.2' },
        { ...every('2024.2'), 'storage-node': '2024.1', 'compute-node': '2024.1' },
      ),
    );
    expect(transition).toMatchObject({
      ok: false,
      breach: {
        component: 'compute',
        kind: 'skew',
        always: false,
        subject: { component: 'compute-node', member: 'storage-1', version: '2023.2' },
      },
    });
    if (transition.ok) return;
    expect(transition.split).toBeUndefined();
    expect(transition.breach.text).toBe(
      "once compute 2024.2 runs on ctl-1, compute-node 2023.2 on storage-1 is 2 releases older than it (compute-node must be never newer than compute and at most 1 older, or on the slurp version before compute's)",
    );
  });
});

describe('MicroCloud (seed 000, strict)', () => {
  const policy = policyOf('microcloud');
  const LAB: Array<[string, Role]> = [
    ['lab-1', 'worker'],
    ['lab-2', 'worker'],
    ['lab-3', 'worker'],
  ];

  it('passes the seed’s 1 -> 2 upgrade in the seed’s order', () => {
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        LAB,
        { microceph: 'quincy', microovn: '22.03', lxd: '5.21', microcloud: '1' },
        { microceph: 'squid', microovn: '24.03', lxd: '5.21', microcloud: '2' },
      ),
    );
    expect(transition).toEqual({ ok: true, order: ['microceph', 'microovn', 'lxd', 'microcloud'] });
  });

  it('fails a member whose MicroCloud 2 would run beside MicroOVN it does not take, naming that member', () => {
    // lab-3 keeps MicroOVN 22.03 until its turn; MicroCloud 2 needs 24.03, and both move in this change.
    const transition = planTransition(
      policy,
      moveOf(
        policy,
        LAB,
        { microceph: 'squid', microovn: '24.03', lxd: '5.21', microcloud: '1' },
        { microceph: 'squid', microovn: '24.09', lxd: '5.21', microcloud: '2' },
      ),
    );
    // MicroOVN 24.09 on lab-1 breaks MicroCloud 1's needs (22.03, 23.09 or 24.03) in the pack's order.
    expect(transition).toMatchObject({
      ok: false,
      breach: {
        component: 'microovn',
        member: 'lab-1',
        kind: 'requires',
        subject: { component: 'microcloud', version: '1' },
      },
    });
  });
});

/** A pack of three semver components with one known version list, for the brute-force comparison. */
function syntheticPack(strict: boolean): Policy {
  const versioning = {
    scheme: 'semver',
    source: 'version',
    versions: ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'],
  };
  const text = stringify({
    apiVersion: 'rollgate/v1',
    kind: 'PolicyPack',
    name: 'synthetic',
    order: ['a', 'b', 'c'],
    strictOrder: strict,
    components: {
      a: { versioning, rollout: { strategy: 'serial', roles: ['control'], member: [] } },
      b: { versioning, skew: [{ of: 'a', newer: 0, older: 1 }] },
      c: {
        versioning,
        skew: [{ of: 'a', newer: 1, older: 2 }],
        requires: [{ version: '>=1.4', needs: { b: ['>=1.3'] } }],
      },
    },
  });
  const { policy, findings } = loadPack(text, 'synthetic.yaml');
  if (!policy) throw new Error(findings.map((f) => f.message).join('; '));
  return policy;
}

const SYNTHETIC = { strict: syntheticPack(true), loose: syntheticPack(false) };

type Limit = {
  subject: string;
  target: string;
  ok: (s: string, t: string, strict: boolean) => boolean;
  order?: true;
};
const minor = (v: string) => semver.coerce(v)?.minor ?? 0;
/** The synthetic pack's limits, written again from its text: the oracle shares no code with the module. */
const LIMITS: Limit[] = [
  { subject: 'b', target: 'a', ok: (s, t) => minor(s) <= minor(t) && minor(t) - minor(s) <= 1 },
  { subject: 'c', target: 'a', ok: (s, t) => minor(s) - minor(t) <= 1 && minor(t) - minor(s) <= 2 },
  { subject: 'c', target: 'b', ok: (s, t) => minor(s) < 4 || minor(t) >= 3 },
];
const ORDER_LIMITS: Limit[] = [
  ['b', 'a'],
  ['c', 'a'],
  ['c', 'b'],
].map(([subject, target]) => ({
  subject: subject as string,
  target: target as string,
  ok: (s, t) => minor(s) <= minor(t),
  order: true,
}));

interface Case {
  roles: Role[];
  base: Record<string, number[]>;
  head: Record<string, number[]>;
}

/**
 * The first state of an order that breaks a limit, by walking every state: each component in turn, control members
 * first, one member's move at a time. A pair of versions the base or (for skew and requires) the head already holds
 * is the base's or the head's, not the transition's.
 */
function firstBreak(c: Case, order: string[], strict: boolean): number | undefined {
  const members = c.roles
    .map((_, i) => i)
    .sort((x, y) => (c.roles[x] === 'control' ? 0 : 1) - (c.roles[y] === 'control' ? 0 : 1) || x - y);
  const runs = (component: string, member: number) => component !== 'a' || c.roles[member] === 'control';
  const now: Record<string, number[]> = Object.fromEntries(
    Object.entries(c.base).map(([k, v]) => [k, [...v]]),
  );
  const limits = [...LIMITS, ...(strict ? ORDER_LIMITS : [])];
  const broken = () => {
    for (const limit of limits) {
      for (const m of members) {
        if (!runs(limit.subject, m)) continue;
        const seen = runs(limit.target, m) ? [m] : members.filter((n) => runs(limit.target, n));
        for (const n of seen) {
          const [s, t] = [now[limit.subject]?.[m] as number, now[limit.target]?.[n] as number];
          if (limit.ok(`1.${s}`, `1.${t}`, strict)) continue;
          if (s === c.base[limit.subject]?.[m] && t === c.base[limit.target]?.[n]) continue;
          if (!limit.order && s === c.head[limit.subject]?.[m] && t === c.head[limit.target]?.[n]) continue;
          return true;
        }
      }
    }
    return false;
  };
  let step = 0;
  for (const component of order) {
    for (const m of members) {
      if (!runs(component, m) || now[component]?.[m] === c.head[component]?.[m]) continue;
      (now[component] as number[])[m] = c.head[component]?.[m] as number;
      step++;
      if (broken()) return step;
    }
  }
  return undefined;
}

/** Whether a state breaks a limit with a pair of versions the base does not hold (what check says of a head). */
function stateBreaks(c: Case, state: Record<string, number[]>): boolean {
  const runs = (component: string, member: number) => component !== 'a' || c.roles[member] === 'control';
  const members = c.roles.map((_, i) => i);
  for (const limit of LIMITS) {
    for (const m of members) {
      if (!runs(limit.subject, m)) continue;
      const seen = runs(limit.target, m) ? [m] : members.filter((n) => runs(limit.target, n));
      for (const n of seen) {
        const [s, t] = [state[limit.subject]?.[m] as number, state[limit.target]?.[n] as number];
        if (limit.ok(`1.${s}`, `1.${t}`, false)) continue;
        if (s === c.base[limit.subject]?.[m] && t === c.base[limit.target]?.[n]) continue;
        return true;
      }
    }
  }
  return false;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const aCase: fc.Arbitrary<Case> = fc
  .array(fc.constantFrom<Role>('control', 'worker'), { minLength: 1, maxLength: 3 })
  .chain((roles) => {
    const versions = fc.array(fc.integer({ min: 0, max: 6 }), {
      minLength: roles.length,
      maxLength: roles.length,
    });
    // Mostly one version per cluster, sometimes a member of its own.
    const table = fc.record({ a: versions, b: versions, c: versions });
    return fc.record({ roles: fc.constant(roles), base: table, head: table });
  });

function clusterMoveOf(policy: Policy, c: Case): ClusterMove {
  const pick = (table: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.map((n) => `1.${n}.0`)]));
  return moveOf(
    policy,
    c.roles.map((role, i): [string, Role] => [`m${i}`, role]),
    pick(c.base),
    pick(c.head),
  );
}

describe('every order of small changes, against a walk of every state', () => {
  it.each([
    ['loose', false],
    ['strict', true],
  ] as const)(
    '%s order: an order is found exactly when one exists, and the one found passes',
    (_name, strict) => {
      const policy = strict ? SYNTHETIC.strict : SYNTHETIC.loose;
      let reordered = 0;
      let failed = 0;
      fc.assert(
        fc.property(aCase, (c) => {
          const transition = planTransition(policy, clusterMoveOf(policy, c));
          const packOrder = ['a', 'b', 'c'];
          const candidates = strict ? [packOrder] : permutations(packOrder);
          const passing = candidates.filter((order) => firstBreak(c, order, strict) === undefined);
          expect(transition.ok).toBe(passing.length > 0);
          if (transition.ok) {
            expect(firstBreak(c, transition.order, strict)).toBeUndefined();
            if (transition.reordered) reordered++;
            else expect(transition.order).toEqual(packOrder);
          } else {
            failed++;
            expect(transition.order).toEqual(packOrder);
            expect(firstBreak(c, packOrder, strict)).toBeDefined();
          }
        }),
        { ...settings(), numRuns: settings().numRuns * 4 },
      );
      // The cases must reach every branch for the comparison to mean something.
      expect(failed).toBeGreaterThan(0);
      if (!strict) expect(reordered).toBeGreaterThan(0);
    },
  );

  it('suggests only splits whose first change leaves a state within the limits, after which each change has an order', () => {
    const policy = SYNTHETIC.loose;
    let splits = 0;
    fc.assert(
      fc.property(aCase, (c) => {
        const transition = planTransition(policy, clusterMoveOf(policy, c));
        if (transition.ok || !transition.split) return;
        splits++;
        const stops = new Map(transition.split.map((move) => [move.component, minor(move.to)]));
        const middle = Object.fromEntries(
          Object.entries(c.base).map(([name, versions]) => [
            name,
            versions.map((version, member) => {
              const target = c.head[name]?.[member] as number;
              const stop = stops.get(name);
              return stop === undefined || version >= stop || target <= stop ? version : stop;
            }),
          ]),
        );
        const first: Case = { roles: c.roles, base: c.base, head: middle };
        const rest: Case = { roles: c.roles, base: middle, head: c.head };
        // The first change's head breaks nothing the base did not (skew/components and order/requires pass on it).
        expect(stateBreaks(first, middle)).toBe(false);
        for (const part of [first, rest]) {
          const planned = planTransition(policy, clusterMoveOf(policy, part));
          expect(planned.ok).toBe(true);
          expect(firstBreak(part, planned.order, false)).toBeUndefined();
        }
      }),
      { ...settings(), numRuns: settings().numRuns * 4 },
    );
    expect(splits).toBeGreaterThan(0);
  });

  it('orders by the pack, then by name for components the pack does not know', () => {
    expect(orderOf(SYNTHETIC.loose.pack, ['zeta', 'c', 'alpha', 'a'])).toEqual(['a', 'c', 'alpha', 'zeta']);
  });
});
