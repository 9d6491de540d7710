import { type SchemaCode, schemaFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import type { MessageData } from '../messages.js';
import { keyPositionOf, positionOf } from './positions.js';
import type { PathSegment, SourceFile } from './source.js';
import { type RawFleet, toFleet } from './to-fleet.js';
import { validateFleet } from './validate-fleet.js';
import { type ParseOptions, parseYamlFile } from './yaml.js';

/** A component's desired state, as the manifest writes it. */
export interface ComponentState {
  version?: string;
  channel?: string;
  revision?: number;
  hold?: boolean;
  cohort?: boolean;
}

/** A member of a cluster. */
export interface Member {
  name: string;
  role: 'control' | 'worker';
  workload: 'live' | 'manual' | 'skip';
  migrationAttempts?: number;
  /** What this member runs differently from its cluster, when anything. */
  overrides?: Record<string, ComponentState>;
  /** Its index in the cluster's `members`, for positions. */
  index: number;
}

/** A cluster of the fleet. */
export interface Cluster {
  name: string;
  wave?: string;
  proxy?: string;
  /** The members' architecture, for store lookups; absent means amd64 (datasource's clusterArchitecture). */
  architecture?: string;
  runner?: string[];
  pauseAfterMember?: 'first' | 'all' | 'none';
  /** Values the pack's steps need for this cluster, by the names the pack declares (charmed-etcd: model). */
  params?: Record<string, string>;
  members: Member[];
  components: Record<string, ComponentState>;
  /** Its index in `clusters`, for positions. */
  index: number;
}

/** A change freeze. */
export interface Freeze {
  from: string;
  to: string;
  reason?: string;
  /** The waves it covers; with `clusters` absent too, the whole fleet. */
  waves?: string[];
  /** The clusters it covers besides those of its waves; with `waves` absent too, the whole fleet. */
  clusters?: string[];
  index: number;
}

/** How the clusters of one wave roll out: how many at once, and how many may fail before no new one starts. */
export interface WaveRollout {
  /** Clusters of the wave that roll out at once (1: one after another). */
  parallel: number;
  /** Failed clusters the wave tolerates; once more have failed, no new cluster of it starts. */
  maxFailures: number;
}

/** The manifest's `rollout:` settings, as written: fleet-wide, and per wave on top of them. */
export interface RolloutSettings {
  parallel?: number;
  maxFailures?: number;
  waves?: Record<string, Partial<WaveRollout>>;
}

/** What a wave gets without `rollout:` settings: one cluster at a time, and none may fail (as before they existed). */
export const DEFAULT_WAVE_ROLLOUT: WaveRollout = { parallel: 1, maxFailures: 0 };

/** The fleet a manifest describes. */
export interface Fleet {
  policy: string;
  waves?: string[];
  rollout?: RolloutSettings;
  freeze: Freeze[];
  clusters: Cluster[];
}

/** A manifest read from text: the fleet when it could be read, and what was wrong with it. */
export interface LoadedManifest {
  file: string;
  source?: SourceFile;
  fleet?: Fleet;
  findings: Finding[];
}

/** Where things sit in a manifest, as paths for `positionOf`. */
export const manifestPaths = {
  cluster: (cluster: Cluster): PathSegment[] => ['clusters', cluster.index],
  component: (cluster: Cluster, component: string): PathSegment[] => [
    'clusters',
    cluster.index,
    'components',
    component,
  ],
  member: (cluster: Cluster, member: Member): PathSegment[] => [
    'clusters',
    cluster.index,
    'members',
    member.index,
  ],
  memberComponent: (cluster: Cluster, member: Member, component: string): PathSegment[] => [
    'clusters',
    cluster.index,
    'members',
    member.index,
    'components',
    component,
  ],
};

/**
 * Reads a manifest: YAML, then schema, then the checks a schema cannot say (unique names, waves, complete components).
 * Never throws for bad input; everything wrong is a finding.
 */
export function loadManifest(
  text: string,
  file: string,
  options: ParseOptions & { knownPassed?: boolean } = {},
): LoadedManifest {
  const { source, findings } = parseYamlFile(text, file, options);
  if (!source) return { file, findings };
  const schemaFindings = validateFleet(
    source,
    options.known ? { source: options.known, passed: options.knownPassed === true } : undefined,
  );
  if (schemaFindings.length > 0) return { file, source, findings: schemaFindings };
  const fleet = toFleet(source.value as RawFleet);
  return { file, source, fleet, findings: crossCheck(fleet, source) };
}

/** The state a member runs of a component: its cluster's, with the member's own settings on top. */
export function memberState(cluster: Cluster, member: Member, component: string): ComponentState | undefined {
  const own = member.overrides?.[component];
  const shared = cluster.components[component];
  if (!own) return shared;
  return shared ? { ...shared, ...own } : own;
}

/** How a wave's clusters roll out: its own `rollout.waves` entry, else the fleet-wide settings, else one at a time with no failure tolerated. */
export function waveRollout(fleet: Pick<Fleet, 'rollout'>, wave: string | null): WaveRollout {
  const settings = fleet.rollout;
  const own = wave !== null ? settings?.waves?.[wave] : undefined;
  return {
    parallel: own?.parallel ?? settings?.parallel ?? DEFAULT_WAVE_ROLLOUT.parallel,
    maxFailures: own?.maxFailures ?? settings?.maxFailures ?? DEFAULT_WAVE_ROLLOUT.maxFailures,
  };
}

/** A component state in one line: `squid/stable@1234`, `4.16.2`, or `5.21.3 (5.21/stable@33110)`. */
export function describeState(state: ComponentState | undefined): string {
  if (!state) return '(none)';
  const pin = state.channel
    ? `${state.channel}${state.revision !== undefined ? `@${state.revision}` : ''}`
    : '';
  if (state.version && pin) return `${state.version} (${pin})`;
  return state.version ?? pin ?? '(none)';
}

/** Whether two states run the same thing (hold and cohort aside). */
export function sameRun(a: ComponentState | undefined, b: ComponentState | undefined): boolean {
  return a?.version === b?.version && a?.channel === b?.channel && a?.revision === b?.revision;
}

function crossCheck(fleet: Fleet, source: SourceFile): Finding[] {
  const findings: Finding[] = [];
  const report = (
    path: PathSegment[],
    code: SchemaCode,
    data: MessageData,
    subject: Pick<Finding, 'cluster' | 'component' | 'member'> = {},
    atKey = false,
  ) => {
    const { line, column } = atKey ? keyPositionOf(source, path) : positionOf(source, path);
    findings.push(schemaFinding(code, { file: source.file, line, column, ...subject }, data));
  };
  const clusterNames = new Set<string>();
  const waves = fleet.waves ? new Set(fleet.waves) : undefined;
  // Only a freeze that names clusters needs them all by name; a fleet of 25,000 clusters takes a while to index.
  let allClusters: Set<string> | undefined;
  // The schema reads a wave's settings; whether that wave exists, only the manifest's `waves` can say.
  for (const wave of Object.keys(fleet.rollout?.waves ?? {})) {
    if (waves?.has(wave)) continue;
    report(
      ['rollout', 'waves', wave],
      'ROLLOUT_WAVE_UNKNOWN',
      {
        wave,
        waves: waves ? `one of \`waves\` (${[...waves].join(', ')})` : 'a wave: the manifest sets no `waves`',
      },
      {},
      true,
    );
  }
  for (const freeze of fleet.freeze) {
    if (Date.parse(freeze.from) > Date.parse(endOf(freeze.to))) {
      report(['freeze', freeze.index], 'FREEZE_ENDS_BEFORE_START', { from: freeze.from, to: freeze.to });
    }
    // A freeze that names a wave or cluster the fleet lacks would cover nothing, silently: a typo must not thaw it.
    (freeze.waves ?? []).forEach((wave, index) => {
      if (!waves?.has(wave))
        report(['freeze', freeze.index, 'waves', index], 'FREEZE_WAVE_UNKNOWN', {
          wave,
          waves: waves ? [...waves].join(', ') : 'none: the manifest sets no `waves`',
        });
    });
    (freeze.clusters ?? []).forEach((name, index) => {
      allClusters ??= new Set(fleet.clusters.map((cluster) => cluster.name));
      if (!allClusters.has(name))
        report(['freeze', freeze.index, 'clusters', index], 'FREEZE_CLUSTER_UNKNOWN', { cluster: name });
    });
  }
  for (const cluster of fleet.clusters) {
    if (clusterNames.has(cluster.name)) {
      report(
        [...manifestPaths.cluster(cluster), 'name'],
        'DUPLICATE_CLUSTER',
        { cluster: cluster.name },
        { cluster: cluster.name },
      );
    }
    clusterNames.add(cluster.name);
    // The schema requires a wave when `waves` is set and refuses one without it; which waves there are, it cannot say.
    if (cluster.wave !== undefined && waves && !waves.has(cluster.wave)) {
      report(
        [...manifestPaths.cluster(cluster), 'wave'],
        'WAVE_UNKNOWN',
        { cluster: cluster.name, wave: cluster.wave, waves: [...waves].join(', ') },
        { cluster: cluster.name },
      );
    }
    const members = cluster.members;
    for (let i = 0; i < members.length; i++) {
      const member = members[i] as Member;
      if (isNamedBefore(members, i)) {
        report(
          [...manifestPaths.member(cluster, member)],
          'DUPLICATE_MEMBER',
          { member: member.name, cluster: cluster.name },
          { cluster: cluster.name, member: member.name },
        );
      }
    }
    // The schema makes each of the cluster's own components complete; a member's may add one the cluster lacks.
    for (const member of cluster.members) {
      if (!member.overrides) continue;
      for (const name of Object.keys(member.overrides)) {
        const own = member.overrides[name];
        if (own && cluster.components[name] === undefined && !isComplete(own)) {
          report(
            manifestPaths.memberComponent(cluster, member, name),
            'INCOMPLETE_COMPONENT',
            { which: `Component \`${name}\`` },
            { cluster: cluster.name, component: name, member: member.name },
            true,
          );
        }
      }
    }
  }
  return findings;
}

/** Whether a member before the `index`th has its name: a search for the few members of a cluster, a set for many. */
function isNamedBefore(members: Member[], index: number): boolean {
  const name = (members[index] as Member).name;
  if (members.length > 16) {
    let names = memberNameSets.get(members);
    if (!names) {
      names = new Map();
      for (let i = members.length - 1; i >= 0; i--) names.set((members[i] as Member).name, i);
      memberNameSets.set(members, names);
    }
    return (names.get(name) as number) < index;
  }
  // The names of a cluster's members (host names the schema passed, never empty) mostly differ only at their end
  // (`lab-1`, `lab-2`): their last characters tell most apart before the whole strings are compared, which V8 does
  // out of line for strings cut from a text.
  const last = name.charCodeAt(name.length - 1);
  for (let i = 0; i < index; i++) {
    const other = (members[i] as Member).name;
    if (other.charCodeAt(other.length - 1) === last && other === name) return true;
  }
  return false;
}

const memberNameSets = new WeakMap<Member[], Map<string, number>>();

function isComplete(state: ComponentState): boolean {
  return state.version !== undefined || (state.channel !== undefined && state.revision !== undefined);
}

/** Whether a freeze covers a cluster: the whole fleet when it names no `waves` and no `clusters`. */
export function freezeCovers(freeze: Freeze, cluster: Pick<Cluster, 'name' | 'wave'>): boolean {
  if (!freeze.waves && !freeze.clusters) return true;
  let scope = freezeScopes.get(freeze);
  if (!scope) {
    scope = { waves: new Set(freeze.waves), clusters: new Set(freeze.clusters) };
    freezeScopes.set(freeze, scope);
  }
  return scope.clusters.has(cluster.name) || (cluster.wave !== undefined && scope.waves.has(cluster.wave));
}

// A freeze may name thousands of clusters, and a change touch as many: each freeze's names are looked up in sets.
const freezeScopes = new WeakMap<Freeze, { waves: Set<string>; clusters: Set<string> }>();

/** The last moment a freeze bound covers: a bare date covers its whole day (UTC). */
export function endOf(moment: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T23:59:59.999Z` : moment;
}

/** The first moment a freeze bound covers. */
export function startOf(moment: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T00:00:00.000Z` : moment;
}
