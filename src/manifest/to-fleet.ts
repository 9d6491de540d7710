// A manifest's value, once the fleet schema passed it, as the fleet the rules and the planner read.
import type { Cluster, Fleet, Member, RolloutSettings } from './fleet.js';

interface RawComponent {
  version?: string;
  channel?: string;
  revision?: number;
  hold?: boolean;
  cohort?: boolean;
}
type RawMember =
  | string
  | {
      name: string;
      role?: Member['role'];
      workload?: Member['workload'];
      migrationAttempts?: number;
      components?: Record<string, RawComponent>;
    };
interface RawCluster {
  name: string;
  wave?: string;
  proxy?: string;
  architecture?: string;
  runner?: string[];
  pauseAfterMember?: Cluster['pauseAfterMember'];
  params?: Record<string, string>;
  members: RawMember[];
  components: Record<string, RawComponent>;
}
export interface RawFleet {
  policy: string;
  waves?: string[];
  rollout?: RolloutSettings;
  freeze?: Array<{ from: string; to: string; reason?: string; waves?: string[]; clusters?: string[] }>;
  clusters: RawCluster[];
}

/**
 * A name-keyed map whose prototype chain holds nothing, so looking up a component the cluster does not run
 * (`constructor`, `toString`) finds nothing rather than Object.prototype's members. Made by a constructor whose
 * prototype is an empty object without a prototype: V8 keeps such objects in its fast shape, where
 * `Object.create(null)` makes a hash table, several times slower to read and to walk.
 */
function byName<T>(record: Record<string, T>): Record<string, T> {
  const map = new (Bare as unknown as new () => Record<string, T>)();
  // A plain loop, faster than Object.assign here; a parsed value has no inherited keys for `in` to find, and a
  // `__proto__` key becomes an own key, since nothing in a Bare's prototype chain sets prototypes.
  for (const key in record) map[key] = record[key] as T;
  return map;
}

function Bare(): void {}
Bare.prototype = Object.create(null);

/** The fleet a manifest's value describes, once the fleet schema passed it. */
export function toFleet(raw: RawFleet): Fleet {
  return {
    policy: raw.policy,
    ...(raw.waves ? { waves: raw.waves } : {}),
    ...(raw.rollout ? { rollout: rolloutSettings(raw.rollout) } : {}),
    freeze: (raw.freeze ?? []).map((f, index) => ({ ...f, index })),
    clusters: raw.clusters.map(toCluster),
  };
}

// Built by assignment in a fixed order, not by spreading optional parts: a fleet has as many as 100,000 members.
function toCluster(c: RawCluster, index: number): Cluster {
  const cluster = { name: c.name } as Cluster;
  if (c.wave !== undefined) cluster.wave = c.wave;
  if (c.proxy !== undefined) cluster.proxy = c.proxy;
  if (c.architecture !== undefined) cluster.architecture = c.architecture;
  if (c.runner !== undefined) cluster.runner = c.runner;
  if (c.pauseAfterMember !== undefined) cluster.pauseAfterMember = c.pauseAfterMember;
  if (c.params !== undefined) cluster.params = byName(c.params);
  cluster.components = byName(c.components);
  cluster.index = index;
  cluster.members = c.members.map(toMember);
  return cluster;
}

function toMember(m: RawMember, index: number): Member {
  if (typeof m === 'string') return { name: m, role: 'worker', workload: 'live', index };
  const member = { name: m.name, role: m.role ?? 'worker', workload: m.workload ?? 'live' } as Member;
  if (m.migrationAttempts !== undefined) member.migrationAttempts = m.migrationAttempts;
  if (m.components && Object.keys(m.components).length > 0) member.overrides = byName(m.components);
  member.index = index;
  return member;
}

function rolloutSettings(raw: RolloutSettings): RolloutSettings {
  return {
    ...(raw.parallel !== undefined ? { parallel: raw.parallel } : {}),
    ...(raw.maxFailures !== undefined ? { maxFailures: raw.maxFailures } : {}),
    ...(raw.waves ? { waves: byName(raw.waves) } : {}),
  };
}
