// Properties of the rollout planner over random changes: every state a plan passes through keeps the pack's skew,
// requires and strict order, a change check passes always gets such a plan, stages follow the manifest's waves, and
// every value a job script carries from the manifest is a quoted shell word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type CheckResult, check } from '../../src/check/index.js';
import { RollgateError } from '../../src/findings.js';
import { type Cluster, type Fleet, memberState } from '../../src/manifest/fleet.js';
import { buildPlan, type Pin, type Plan, type PlanBundle } from '../../src/plan/index.js';
import type { Policy } from '../../src/policy/pack.js';
import type { ComponentSkew } from '../../src/policy/types.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { fleetPair, settings } from './arbitraries.js';

const PACKS = Object.fromEntries(
  ['microcloud', 'kubernetes', 'openstack'].map((name) => [
    name,
    readFileSync(path.join(REPO_ROOT, 'policies', `${name}.yaml`), 'utf8'),
  ]),
);
const NOW = new Date('2026-11-22T00:00:00Z');

type Value = { clusters: Array<{ name: string; members: Array<string | { name: string }> }> };

/** Names no word of a job script's own text could be: `zq` before every cluster and member name. */
function distinctNames<T>(value: T): T {
  const copy = structuredClone(value) as unknown as Value;
  for (const cluster of copy.clusters) {
    cluster.name = `zq${cluster.name}`;
    cluster.members = cluster.members.map((member) =>
      typeof member === 'string' ? `zq${member}` : { ...member, name: `zq${member.name}` },
    );
  }
  return copy as unknown as T;
}

/** Checks a random change with the pack its manifest names. */
async function checkOf(base: unknown, head: unknown): Promise<CheckResult> {
  return check({
    head: { file: 'head.yaml', text: stringify(head) },
    base: { file: 'base.yaml', text: stringify(base) },
    resolvePack: (name) => {
      const text = PACKS[name];
      return text === undefined ? undefined : { file: `policies/${name}.yaml`, text };
    },
    now: NOW,
  });
}

/** Plans a checked change, or says why the planner refused it (which it may only do in words). */
function planOfResult(result: CheckResult, transport?: string): PlanBundle | undefined {
  if (result.head.findings.length > 0 || (result.base?.findings.length ?? 0) > 0) return undefined;
  try {
    return buildPlan({ result, transport: transport ?? 'local' });
  } catch (error) {
    expect(error).toBeInstanceOf(RollgateError);
    return undefined;
  }
}

/** Plans a random change, or says why the planner refused it. */
async function planOf(base: unknown, head: unknown, transport?: string): Promise<PlanBundle | undefined> {
  return planOfResult(await checkOf(base, head), transport);
}

/** A state the plan passes through that breaks a limit, said in words. */
interface Broken {
  cluster: string;
  stage: string;
  member: string;
  what: string;
}

/**
 * Walks every state a plan passes through, one member's move at a time, and returns the first that breaks the pack's
 * skew, requires or strict order, written here again from the packs' meaning (not from the planner's code). A
 * component limited to some roles runs on those members only; a member that does not run it is measured against
 * every member that does. A pair of versions the base already holds is the base's, and one the plan ends on is the
 * head's, which skew/components and order/requires judge (a strict order has no other rule, so only the base's is let be).
 */
function brokenState(result: CheckResult, plan: Plan): Broken | undefined {
  const policy = result.policy as Policy;
  const head = result.head.fleet as Fleet;
  const base = result.base?.fleet;
  const pack = policy.pack;
  const read = (component: string, pin: Pin | { version?: string; channel?: string } | undefined) => {
    const spec = pack.components[component];
    const raw = spec?.versioning.source === 'track' ? pin?.channel?.split('/')[0] : pin?.version;
    return raw !== undefined && policy.schemes.get(component)?.isValid(raw) ? raw : undefined;
  };
  for (const cluster of head.clusters) {
    const stages = plan.stages.filter((stage) => stage.cluster === cluster.name);
    if (stages.length === 0) continue;
    const before = base?.clusters.find((c) => c.name === cluster.name);
    const members = cluster.members;
    const components = pack.order.filter((name) =>
      members.some((m) => memberState(cluster, m, name) || (before && stateIn(before, m.name, name))),
    );
    const key = (component: string, member: number) => `${component}\u0000${member}`;
    const start = new Map<string, string | undefined>();
    const now = new Map<string, string | undefined>();
    for (const name of components)
      for (const [i, m] of members.entries()) {
        const value = read(name, before ? stateIn(before, m.name, name) : undefined);
        start.set(key(name, i), value);
        now.set(key(name, i), value);
      }
    const runs = (component: string, member: number) => {
      const roles = pack.components[component]?.rollout?.roles;
      return !roles || roles.includes(members[member]?.role ?? 'worker');
    };
    const reach = (component: string, member: number) =>
      runs(component, member) ? [member] : members.map((_, n) => n).filter((n) => runs(component, n));
    // Where the plan ends: each moved member's pin, else where it started (the plan removes nothing).
    const end = new Map(now);
    for (const stage of stages)
      for (const moved of stage.members)
        end.set(
          key(
            stage.component,
            members.findIndex((m) => m.name === moved.name),
          ),
          read(stage.component, moved.to),
        );
    const broken = (): string | undefined => {
      for (const subject of components) {
        const spec = pack.components[subject];
        const scheme = policy.schemes.get(subject);
        if (!spec || !scheme) continue;
        for (const m of members.keys()) {
          if (!runs(subject, m)) continue;
          const s = now.get(key(subject, m));
          if (s === undefined) continue;
          const pairs = (target: string, order = false) =>
            reach(target, m)
              .map((n) => [n, now.get(key(target, n))] as const)
              .filter(([n, t]) => {
                if (s === start.get(key(subject, m)) && t === start.get(key(target, n))) return false;
                return order || s !== end.get(key(subject, m)) || t !== end.get(key(target, n));
              });
          for (const skew of spec.skew ?? []) {
            if (!components.includes(skew.of)) continue;
            for (const [n, t] of pairs(skew.of))
              if (t !== undefined && skewBroken(policy, subject, s, t, skew))
                return `${subject} ${s} on ${members[m]?.name} against ${skew.of} ${t} on ${members[n]?.name}`;
          }
          for (const requirement of spec.requires ?? []) {
            if (!scheme.matches(s, requirement.version)) continue;
            for (const [target, allowed] of Object.entries(requirement.needs)) {
              const targetScheme = policy.schemes.get(target);
              if (!targetScheme || !components.includes(target)) continue;
              for (const [n, t] of pairs(target))
                if (t === undefined || !allowed.some((pattern) => targetScheme.matches(t, pattern)))
                  return `${subject} ${s} on ${members[m]?.name} needs ${target} ${allowed.join('|')}, has ${t} on ${members[n]?.name}`;
            }
          }
          if (!pack.strictOrder) continue;
          for (const earlier of pack.order.slice(0, pack.order.indexOf(subject))) {
            const a = pack.components[earlier]?.versioning;
            const b = spec.versioning;
            if (!a || a.scheme !== b.scheme || JSON.stringify(a.versions) !== JSON.stringify(b.versions))
              continue;
            if (!components.includes(earlier)) continue;
            const earlierScheme = policy.schemes.get(earlier);
            for (const [n, t] of pairs(earlier, true))
              if (
                t !== undefined &&
                earlierScheme &&
                earlierScheme.compare(earlierScheme.line(s), earlierScheme.line(t)) > 0
              )
                return `${subject} ${s} on ${members[m]?.name} ahead of ${earlier} ${t} on ${members[n]?.name}`;
          }
        }
      }
      return undefined;
    };
    for (const stage of stages) {
      for (const moved of stage.members) {
        now.set(
          key(
            stage.component,
            members.findIndex((m) => m.name === moved.name),
          ),
          read(stage.component, moved.to),
        );
        const what = broken();
        if (what) return { cluster: cluster.name, stage: stage.id, member: moved.name, what };
      }
    }
  }
  return undefined;
}

/** A member's state of a component in another fleet's cluster of the same name; none for a member it lacks. */
function stateIn(cluster: Cluster, member: string, component: string) {
  const found = cluster.members.find((m) => m.name === member);
  return found ? memberState(cluster, found, component) : undefined;
}

/** Whether a version sits outside a component skew: newer, or older and not on the tagged version before (SLURP). */
function skewBroken(
  policy: Policy,
  component: string,
  version: string,
  of: string,
  skew: ComponentSkew,
): boolean {
  const scheme = policy.schemes.get(component);
  if (!scheme?.isValid(of)) return false;
  const order = scheme.compare(version, of);
  if (order === 0) return false;
  const steps =
    scheme.family(version) === scheme.family(of) ? scheme.distance(version, of) : Number.POSITIVE_INFINITY;
  if (order > 0) return steps > skew.newer;
  if (steps <= skew.older) return false;
  const tag = skew.skip;
  if (!tag || !scheme.hasTag(version, tag) || !scheme.hasTag(of, tag)) return true;
  return scheme.between(version, of).find((v) => scheme.hasTag(v, tag)) !== of;
}

/** A Kubernetes cluster's change: kube-apiserver one minor or none, the controllers and kubelets anywhere near. */
const kubernetesPair = fc
  .record({
    controls: fc.integer({ min: 1, max: 2 }),
    workers: fc.integer({ min: 0, max: 2 }),
    apiserver: fc.integer({ min: 28, max: 31 }),
    apiserverStep: fc.integer({ min: 0, max: 1 }),
    lag: fc.record({
      controllers: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -1, max: 2 })),
      scheduler: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -1, max: 2 })),
      kubelet: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -1, max: 4 })),
    }),
    // One worker's kubelet kept apart from the others, before and after.
    own: fc.option(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
      nil: undefined,
    }),
  })
  .map(({ controls, workers, apiserver, apiserverStep, lag, own }) => {
    const v = (minor: number) => ({ version: `1.${minor}.0` });
    const next = apiserver + apiserverStep;
    const fleet = (api: number, which: 0 | 1) => {
      const members: Array<string | Record<string, unknown>> = [
        ...Array.from({ length: controls }, (_, i) => ({ name: `cp-${i + 1}`, role: 'control' })),
        ...Array.from({ length: workers }, (_, i) => `worker-${i + 1}`),
      ];
      if (own && workers > 0)
        members[members.length - 1] = {
          name: `worker-${workers}`,
          components: { kubelet: v(api - own[which]) },
        };
      return {
        apiVersion: 'rollgate/v1',
        kind: 'Fleet',
        policy: 'kubernetes',
        clusters: [
          {
            name: 'prod',
            members,
            components: {
              'kube-apiserver': v(api),
              'kube-controller-manager': v(api - lag.controllers[which]),
              'kube-scheduler': v(api - lag.scheduler[which]),
              kubelet: v(api - lag.kubelet[which]),
            },
          },
        ],
      };
    };
    return { base: fleet(apiserver, 0), head: fleet(next, 1) };
  });

const MICROCLOUD_TRACKS = {
  microceph: ['quincy', 'reef', 'squid'],
  microovn: ['22.03', '23.09', '24.03', '24.09'],
  lxd: ['5.21'],
  microcloud: ['1', '2'],
} as const;

/** A MicroCloud change the pack may pass: held, cohorted, stable snaps, each a track on or none, some members apart. */
const microcloudPair = fc
  .record({
    members: fc.integer({ min: 1, max: 3 }),
    from: fc.record({
      microceph: fc.integer({ min: 0, max: 2 }),
      microovn: fc.integer({ min: 0, max: 2 }),
      microcloud: fc.integer({ min: 0, max: 1 }),
    }),
    steps: fc.record({
      microceph: fc.integer({ min: 0, max: 1 }),
      microovn: fc.integer({ min: 0, max: 1 }),
      microcloud: fc.integer({ min: 0, max: 1 }),
    }),
    // The last member keeps its own revision of one snap, before or after.
    own: fc.option(fc.constantFrom('microceph', 'microovn', 'lxd', 'microcloud'), { nil: undefined }),
  })
  .map(({ members, from, steps, own }) => {
    const snap = (component: keyof typeof MICROCLOUD_TRACKS, at: number, revision: number) => {
      const tracks = MICROCLOUD_TRACKS[component];
      return {
        channel: `${tracks[Math.min(at, tracks.length - 1)]}/stable`,
        revision,
        hold: true,
        cohort: true,
      };
    };
    const fleet = (moved: boolean) => {
      const at = (component: 'microceph' | 'microovn' | 'microcloud') =>
        from[component] + (moved ? steps[component] : 0);
      const names: Array<string | Record<string, unknown>> = Array.from(
        { length: members },
        (_, i) => `lab-${i + 1}`,
      );
      if (own && moved)
        names[members - 1] = { name: `lab-${members}`, components: { [own]: { revision: 9 } } };
      return {
        apiVersion: 'rollgate/v1',
        kind: 'Fleet',
        policy: 'microcloud',
        clusters: [
          {
            name: 'lab',
            members: names,
            components: {
              microceph: snap('microceph', at('microceph'), moved ? 2 : 1),
              microovn: snap('microovn', at('microovn'), moved ? 2 : 1),
              lxd: snap('lxd', 0, moved ? 2 : 1),
              microcloud: snap('microcloud', at('microcloud'), moved ? 2 : 1),
            },
          },
        ],
      };
    };
    return { base: fleet(false), head: fleet(true) };
  });

const RELEASES = ['2023.1', '2023.2', '2024.1', '2024.2', '2025.1', '2025.2'];
const SERVICES = [
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

/** An OpenStack cloud's change: the whole cloud one or two releases on, or some services one, or a few apart. */
const openstackPair = fc
  .record({
    from: fc.integer({ min: 0, max: 2 }),
    nodesBehind: fc.integer({ min: 0, max: 1 }),
    steps: fc.oneof(
      fc.integer({ min: 0, max: 2 }).map((step) => SERVICES.map(() => step)),
      fc.array(fc.integer({ min: 0, max: 1 }), { minLength: SERVICES.length, maxLength: SERVICES.length }),
    ),
  })
  .map(({ from, nodesBehind, steps }) => {
    const release = (service: string, at: number) =>
      RELEASES[Math.max(0, at - (service.endsWith('-node') ? nodesBehind : 0))] as string;
    const fleet = (moved: boolean) => ({
      apiVersion: 'rollgate/v1',
      kind: 'Fleet',
      policy: 'openstack',
      clusters: [
        {
          name: 'cloud',
          members: [{ name: 'ctl-1', role: 'control' }, { name: 'storage-1' }, { name: 'compute-1' }],
          components: Object.fromEntries(
            SERVICES.map((service, i) => [
              service,
              { version: release(service, from + (moved ? (steps[i] as number) : 0)) },
            ]),
          ),
        },
      ],
    });
    return { base: fleet(false), head: fleet(true) };
  });
/** The values a plan carries from the manifest into its scripts. */
function manifestValues(bundle: PlanBundle): Set<string> {
  const values = new Set<string>();
  for (const stage of bundle.plan.stages) {
    values.add(stage.cluster);
    if (stage.proxy) values.add(stage.proxy);
    for (const member of stage.members) {
      values.add(member.name);
      for (const pin of [member.from, member.to]) {
        if (pin?.channel) values.add(pin.channel);
        if (pin?.revision !== undefined) values.add(String(pin.revision));
        if (pin?.version) values.add(pin.version);
      }
    }
  }
  return values;
}

/** A script line with every single-quoted word taken out: what bash reads as code. */
function unquoted(line: string): string {
  return line.replace(/'[^']*'/g, ' ');
}

describe('plans of random changes', () => {
  let planned = 0;
  let scripted = 0;

  it.each([
    ['microcloud (any change)', fleetPair, { passes: false, refuses: false }],
    ['microcloud', microcloudPair, { passes: true, refuses: true }],
    ['kubernetes', kubernetesPair, { passes: true, refuses: true }],
    ['openstack', openstackPair, { passes: true, refuses: true }],
  ] as const)(
    '%s: every intermediate state of a plan passes the pack’s skew and requires rules, and a change check passes always gets such a plan',
    async (_pack, pairs, expected) => {
      let passed = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(pairs as fc.Arbitrary<{ base: unknown; head: unknown }>, async ({ base, head }) => {
          const result = await checkOf(base, head);
          const bundle = planOfResult(result);
          if (result.ok) {
            passed++;
            expect(bundle).toBeDefined();
          }
          if (!bundle) return;
          planned++;
          const broken = brokenState(result, bundle.plan);
          if (result.ok) expect(broken).toBeUndefined();
          // What plan cannot order, check fails: by order/transition, or by a rule that refuses a move itself.
          if (broken) {
            refused++;
            const errors = result.findings.filter(
              (f) => f.severity === 'error' && f.cluster === broken.cluster,
            );
            expect(
              errors.some((f) =>
                ['order/transition', 'skew/jump', 'skew/downgrade', 'skew/major'].includes(f.rule),
              ),
              JSON.stringify(broken),
            ).toBe(true);
          }
          const { stages, waves } = bundle.plan;
          const rank = (wave: string | null) => (waves && wave !== null ? waves.indexOf(wave) : 0);
          for (let i = 1; i < stages.length; i++) {
            const [earlier, later] = [stages[i - 1], stages[i]] as const;
            expect(rank(later?.wave ?? null)).toBeGreaterThanOrEqual(rank(earlier?.wave ?? null));
          }
          // A stage leaves the pack's order only with a reason, and never where the order is strict.
          const order = result.policy?.pack.order ?? [];
          const seen = new Map<string, number>();
          for (const stage of stages) {
            const position = order.indexOf(stage.component);
            expect(position).toBeGreaterThanOrEqual(0);
            if (position < (seen.get(stage.cluster) ?? -1)) {
              expect(result.policy?.pack.strictOrder).not.toBe(true);
              expect(stages.some((s) => s.cluster === stage.cluster && s.orderReason)).toBe(true);
            }
            seen.set(stage.cluster, Math.max(position, seen.get(stage.cluster) ?? -1));
          }
        }),
        settings(),
      );
      // Random changes must reach both sides often enough for the property to mean something.
      if (expected.passes) expect(passed).toBeGreaterThan(0);
      if (expected.refuses) expect(refused).toBeGreaterThan(0);
    },
  );

  it('reach the planner often enough for the properties to mean something', () => {
    expect(planned).toBeGreaterThan(settings().numRuns / 4);
  });

  it('quote every value from the manifest in every job script, whatever the transport', async () => {
    await fc.assert(
      fc.asyncProperty(
        fleetPair,
        fc.constantFrom(
          undefined,
          'ssh {member}',
          'ssh -o BatchMode=yes {member} {command}',
          'env ROLLGATE_HOST={member}',
        ),
        async (pair, transport) => {
          const bundle = await planOf(distinctNames(pair.base), distinctNames(pair.head), transport);
          if (!bundle) return;
          scripted += Object.keys(bundle.jobs).length;
          const values = [...manifestValues(bundle)];
          for (const [id, script] of Object.entries(bundle.jobs)) {
            for (const line of script.split('\n')) {
              if (line.trimStart().startsWith('#')) continue;
              const code = unquoted(line);
              // An odd quote left over would mean a value broke out of its quotes.
              expect(code, `${id}: ${line}`).not.toMatch(/'/);
              for (const value of values)
                expect(code.includes(value), `${id}: ${value} unquoted in: ${line}`).toBe(false);
            }
            if (script.includes('rollgate_run ')) {
              for (const line of script
                .split('\n')
                .filter((l) => l.trimStart().startsWith('rollgate_run '))) {
                expect(line.trim()).toMatch(/^rollgate_run( '(?:[^']|'\\'')*')+$/);
              }
            }
          }
        },
      ),
      settings(),
    );
    expect(scripted).toBeGreaterThan(settings().numRuns / 4);
  });
});
