// Builders for the manifests and packs the core tests judge, so each test writes only what it is about.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { type CheckResult, check, type TextFile } from '../../src/check/index.js';
import type { Finding, RuleId } from '../../src/findings.js';
import type { PolicyChange } from '../../src/rules/types.js';

/** The repository's top directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A component's state as a test writes it. */
export interface ComponentSpec {
  version?: string;
  channel?: string;
  revision?: number;
  hold?: boolean;
  cohort?: boolean;
}

/** A member: a bare name, or an object with its own overrides. */
export type MemberSpec =
  | string
  | {
      name: string;
      role?: 'control' | 'worker';
      workload?: 'live' | 'manual' | 'skip';
      components?: Record<string, ComponentSpec>;
    };

/** A cluster as a test writes it. */
export interface ClusterSpec {
  name: string;
  wave?: string;
  proxy?: string;
  members: MemberSpec[];
  components: Record<string, ComponentSpec>;
}

/** A whole manifest as a test writes it; `policy` defaults to microcloud. */
export interface FleetSpec {
  policy?: string;
  waves?: string[];
  /** The manifest's `rollout:` settings, written as given. */
  rollout?: Record<string, unknown>;
  freeze?: Array<{ from: string; to: string; reason?: string; waves?: string[]; clusters?: string[] }>;
  clusters: ClusterSpec[];
}

/** A snap pinned the way the microcloud pack wants: stable risk, held, in a cohort. */
export function snap(channel: string, revision: number, extra: Partial<ComponentSpec> = {}): ComponentSpec {
  return { channel, revision, hold: true, cohort: true, ...extra };
}

/** MicroCloud 1 as examples/microcloud/base.yaml runs it. */
export const MICROCLOUD_1: Readonly<Record<string, ComponentSpec>> = Object.freeze({
  microceph: snap('quincy/stable', 3758),
  microovn: snap('22.03/stable', 463),
  lxd: snap('5.21/stable', 33110),
  microcloud: snap('1/stable', 734),
});

/** MicroCloud 2 as examples/microcloud/head-pass.yaml runs it, but with lxd left at the base's revision. */
export const MICROCLOUD_2: Readonly<Record<string, ComponentSpec>> = Object.freeze({
  microceph: snap('squid/stable', 4067),
  microovn: snap('24.03/stable', 667),
  lxd: snap('5.21/stable', 33110),
  microcloud: snap('2/stable', 1144),
});

/** A component map with some components replaced or patched (a `null` removes one). */
export function patch(
  components: Readonly<Record<string, ComponentSpec>>,
  changes: Record<string, Partial<ComponentSpec> | null>,
): Record<string, ComponentSpec> {
  const out: Record<string, ComponentSpec> = { ...components };
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) delete out[name];
    else out[name] = { ...(out[name] ?? {}), ...change };
  }
  return out;
}

/** A three-member cluster (`<name>-1` to `<name>-3`) running the given components (MicroCloud 2 by default). */
export function cluster(
  name: string,
  components: Readonly<Record<string, ComponentSpec>> = MICROCLOUD_2,
  extra: Partial<Omit<ClusterSpec, 'name' | 'components'>> = {},
): ClusterSpec {
  return { name, members: [`${name}-1`, `${name}-2`, `${name}-3`], ...extra, components: { ...components } };
}

/** A manifest's YAML text. Key order follows the README, so the line of each cluster is easy to predict. */
export function fleetYaml(spec: FleetSpec): string {
  const document: Record<string, unknown> = {
    apiVersion: 'rollgate/v1',
    kind: 'Fleet',
    policy: spec.policy ?? 'microcloud',
  };
  if (spec.waves) document.waves = spec.waves;
  if (spec.rollout) document.rollout = spec.rollout;
  if (spec.freeze) document.freeze = spec.freeze;
  document.clusters = spec.clusters.map((c) => ({
    name: c.name,
    ...(c.wave !== undefined ? { wave: c.wave } : {}),
    ...(c.proxy !== undefined ? { proxy: c.proxy } : {}),
    members: c.members,
    components: c.components,
  }));
  // Without this, stringify writes a component map that two clusters share as an anchor and an alias.
  return stringify(document, { aliasDuplicateObjects: false });
}

/** A one-cluster manifest: the usual shape of a test. */
export function oneCluster(
  components: Readonly<Record<string, ComponentSpec>>,
  extra: Partial<FleetSpec> & { members?: MemberSpec[] } = {},
): string {
  const { members, ...fleet } = extra;
  return fleetYaml({ ...fleet, clusters: [cluster('lab', components, members ? { members } : {})] });
}

/** The text of policies/microcloud.yaml. */
export const MICROCLOUD_PACK = readFileSync(path.join(REPO_ROOT, 'policies/microcloud.yaml'), 'utf8');

/**
 * A small pack that uses what microcloud does not: semver and calver schemes, ranges, a forbidden major
 * upgrade, a known-bad list, a skew between two components, and a per-component severity.
 */
export const TOY_PACK_DATA = {
  apiVersion: 'rollgate/v1',
  kind: 'PolicyPack',
  name: 'toy',
  order: ['server', 'agent', 'relay', 'dash'],
  rules: { 'policy/changed': 'warning' },
  components: {
    server: {
      versioning: {
        scheme: 'semver',
        source: 'version',
        versions: ['1.4.0', '1.5.0', '1.6.0', '1.7.0', '1.8.0', '2.0.0'],
      },
      jump: { max: 1, major: 'forbid' },
      eol: [{ version: '<1.5', date: '2026-01-31', note: '1.4 is out of support' }],
      blocked: [{ version: '1.6.1', reason: '1.6.1 corrupts its journal on restart.' }],
    },
    agent: {
      versioning: { scheme: 'semver', source: 'version' },
      jump: { max: 2, major: 'allow' },
      skew: [{ of: 'server', newer: 0, older: 1 }],
      requires: [{ version: '>=1.7', needs: { server: ['>=1.7'] } }],
    },
    relay: {
      versioning: {
        scheme: 'tracks',
        source: 'track',
        versions: ['1', '2', '3', '4'],
        families: { '1': 'classic', '2': 'classic', '3': 'classic', '4': 'next' },
      },
      jump: { max: 1, major: 'forbid' },
      risks: ['stable', 'candidate'],
      hold: 'optional',
      blocked: [{ channel: '2/stable', revision: 66, reason: 'Revision 66 drops connections.' }],
      rules: { 'skew/jump': 'warning' },
    },
    dash: {
      versioning: { scheme: 'calver', source: 'version' },
      jump: { max: 1, skip: 'slurp', major: 'allow' },
    },
  },
};

/** The toy pack as YAML text. */
export const TOY_PACK = packYaml(TOY_PACK_DATA);

/** A pack's YAML text from its data. */
export function packYaml(pack: object): string {
  return stringify(pack, { aliasDuplicateObjects: false });
}

/** A toy-pack component map: every component at a version the pack accepts. */
export const TOY_COMPONENTS: Readonly<Record<string, ComponentSpec>> = Object.freeze({
  server: { version: '1.7.0' },
  agent: { version: '1.7.0' },
  relay: { channel: '2/stable', revision: 70 },
  dash: { version: '2025.1' },
});

/** What `judge` checks: the head and base as text or as a spec, the pack text, and the moment. */
export interface JudgeInput {
  head: string | FleetSpec;
  base?: string | FleetSpec;
  /** The text of every pack the resolver knows, by name; default: microcloud and toy. */
  packs?: Record<string, string>;
  policyChanges?: Array<PolicyChange & { text?: string }>;
  /** Default 2026-11-22, after MicroCloud 1's end of life and before any test freeze. */
  now?: string;
  /** Keep findings already in the base at their severity. */
  strict?: boolean;
}

/** The moment tests judge at unless they say otherwise. */
export const DEFAULT_NOW = '2026-11-22T12:00:00Z';

/** Runs the library's `check` on a head (and base) with in-memory packs. */
export async function judge(input: JudgeInput): Promise<CheckResult> {
  const packs = input.packs ?? { microcloud: MICROCLOUD_PACK, toy: TOY_PACK };
  const toText = (value: string | FleetSpec): string =>
    typeof value === 'string' ? value : fleetYaml(value);
  const head: TextFile = { file: 'fleet.yaml', text: toText(input.head) };
  return check({
    head,
    ...(input.base !== undefined ? { base: { file: 'base.yaml', text: toText(input.base) } } : {}),
    resolvePack: (name) =>
      Object.hasOwn(packs, name) ? { file: `policies/${name}.yaml`, text: packs[name] as string } : undefined,
    ...(input.policyChanges ? { policyChanges: input.policyChanges } : {}),
    now: new Date(input.now ?? DEFAULT_NOW),
    knownPacks: Object.keys(packs),
    ...(input.strict ? { strict: true } : {}),
  });
}

/** The findings of one rule. */
export function findingsOf(result: CheckResult, rule: RuleId): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** The distinct rule ids a result holds, sorted. */
export function rulesOf(result: { findings: Array<{ rule: string }> }): string[] {
  return [...new Set(result.findings.map((f) => f.rule))].sort();
}
