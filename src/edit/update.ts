import {
  channelRelease,
  clusterArchitecture,
  type DatasourceId,
  datasourceIdOf,
  type Release,
} from '../datasource/index.js';
import { RollgateError } from '../findings.js';
import type { Cluster, ComponentState, Fleet } from '../manifest/fleet.js';
import type { Pack } from '../policy/types.js';
import { type BumpScope, bumpMoves } from './bump.js';
import { applyMoves, type EditOutcome, type Move, type Run } from './manifest-edit.js';

// The shape of a version the fleet schema accepts, so an update never writes a version the schema then rejects.
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/;

/** What `rollgate update` looks at: one wave, one component, or (neither) everything. */
export interface UpdateFilter {
  wave?: string;
  component?: string;
}

/** One store lookup an update needs: a component's releases, from its datasource. */
export interface Lookup {
  component: string;
  datasource: DatasourceId;
}

/** One cluster moved to the newest revision of its channel for its architecture. */
export interface ClusterUpdate {
  cluster: string;
  architecture: string;
  channel: string;
  from: number;
  to: number;
  /** The store's version of the new revision, when it gives one. */
  version?: string;
  releasedAt?: string;
}

/** The update of one component in one wave (the earliest that lags): a pull request's worth. */
export interface ComponentUpdate {
  component: string;
  /** The wave whose clusters move; absent when the fleet has no waves. */
  wave?: string;
  datasource: DatasourceId;
  clusters: ClusterUpdate[];
}

/** A component (in a wave) that the update leaves as it is, and why. */
export interface UpdateSkip {
  component: string;
  wave?: string;
  reason: string;
}

/** What `rollgate update` would change, and what it leaves alone. */
export interface UpdatePlan {
  updates: ComponentUpdate[];
  skipped: UpdateSkip[];
}

/** The components an update looks at, in the pack's order, and the datasource of each; a filter is checked here. */
export function updateLookups(
  fleet: Fleet,
  pack: Pack,
  file: string,
  filter: UpdateFilter = {},
): { lookups: Lookup[]; skipped: UpdateSkip[] } {
  if (filter.wave !== undefined && !fleet.waves?.includes(filter.wave)) {
    const known = fleet.waves ? `its waves are ${fleet.waves.join(', ')}` : 'it sets no `waves`';
    throw new RollgateError(`${file} has no wave named ${filter.wave}; ${known}.`);
  }
  const running = new Set(fleet.clusters.flatMap((c) => Object.keys(c.components)));
  if (filter.component !== undefined && !running.has(filter.component))
    throw new RollgateError(`No cluster in ${file} runs ${filter.component}, so there is nothing to update.`);
  const order = [...pack.order, ...[...running].filter((name) => !pack.order.includes(name)).sort()];
  const lookups: Lookup[] = [];
  const skipped: UpdateSkip[] = [];
  for (const component of order) {
    if (!running.has(component)) continue;
    if (filter.component !== undefined && component !== filter.component) continue;
    const pinned = fleet.clusters.some((c) => pinsChannel(c.components[component]));
    if (!pinned) {
      skipped.push({
        component,
        reason: 'no cluster pins it by channel and revision, and a store lists revisions of channels',
      });
      continue;
    }
    const datasource = datasourceIdOf(pack, component);
    if (!datasource) {
      skipped.push({ component, reason: `the ${pack.name} pack names no datasource for it` });
      continue;
    }
    lookups.push({ component, datasource });
  }
  return { lookups, skipped };
}

function pinsChannel(
  state: ComponentState | undefined,
): state is ComponentState & { channel: string; revision: number } {
  return state?.channel !== undefined && state.revision !== undefined;
}

/** The run a cluster's component takes for a release: the revision, and the version too where it pins one. */
export function runFor(state: ComponentState, release: Release, channel?: string): Run | string {
  const run: Run = { ...(channel !== undefined ? { channel } : {}), revision: release.revision };
  if (state.version === undefined) return run;
  if (release.version === undefined || !VERSION.test(release.version))
    return `it pins a version too, and the store's version of revision ${release.revision} is not one a manifest can hold`;
  return { ...run, version: release.version };
}

/**
 * The update of each looked-up component: for every wave in order (the whole fleet when it has no waves), each
 * cluster's channel is compared with the newest revision the store lists for the cluster's architecture, and the
 * earliest wave with a cluster behind is the one that moves. Later waves wait: they follow by `rollgate promote`
 * (or a later update) once the earlier wave has rolled out. A revision lower than the cluster's is never taken.
 */
export function planUpdates(
  fleet: Fleet,
  lookups: Lookup[],
  releases: ReadonlyMap<string, Release[]>,
  filter: UpdateFilter = {},
): UpdatePlan {
  const updates: ComponentUpdate[] = [];
  const skipped: UpdateSkip[] = [];
  const waves: Array<string | undefined> = fleet.waves ? [...fleet.waves] : [undefined];
  for (const { component, datasource } of lookups) {
    const listed = releases.get(component) ?? [];
    let found: ComponentUpdate | undefined;
    let blocked: UpdateSkip | undefined;
    for (const wave of waves) {
      const clusters = fleet.clusters.filter((c) => c.wave === wave && pinsChannel(c.components[component]));
      const behind: ClusterUpdate[] = [];
      for (const cluster of clusters) {
        const state = cluster.components[component] as ComponentState & { channel: string; revision: number };
        const architecture = clusterArchitecture(cluster);
        const release = channelRelease(listed, state.channel, architecture);
        if (!release) {
          blocked = {
            component,
            ...(wave !== undefined ? { wave } : {}),
            reason: `the store lists no revision of ${state.channel} for ${architecture} (cluster ${cluster.name})`,
          };
          break;
        }
        if (release.revision <= state.revision) continue;
        const run = runFor(state, release);
        if (typeof run === 'string') {
          blocked = {
            component,
            ...(wave !== undefined ? { wave } : {}),
            reason: `cluster ${cluster.name}: ${run}`,
          };
          break;
        }
        behind.push({
          cluster: cluster.name,
          architecture,
          channel: state.channel,
          from: state.revision,
          to: release.revision,
          ...(run.version !== undefined
            ? { version: run.version }
            : release.version !== undefined
              ? { version: release.version }
              : {}),
          ...(release.releasedAt !== undefined ? { releasedAt: release.releasedAt } : {}),
        });
      }
      if (blocked) break;
      if (behind.length > 0) {
        found = { component, ...(wave !== undefined ? { wave } : {}), datasource, clusters: behind };
        break;
      }
    }
    if (blocked) {
      skipped.push(blocked);
      continue;
    }
    if (!found) {
      skipped.push({ component, reason: 'every cluster runs the newest revision of its channel' });
      continue;
    }
    if (filter.wave !== undefined && found.wave !== filter.wave) {
      skipped.push({
        component,
        wave: filter.wave,
        reason: `wave ${found.wave} is behind first; ${filter.wave} follows once ${found.wave} has rolled out`,
      });
      continue;
    }
    updates.push(found);
  }
  return { updates, skipped };
}

/** The moves of one update: each cluster to its new revision (and version, where it pins one). */
export function updateMoves(fleet: Fleet, update: ComponentUpdate): Move[] {
  return update.clusters.map((c) => {
    const cluster = fleet.clusters.find((candidate) => candidate.name === c.cluster) as Cluster;
    const state = cluster.components[update.component] as ComponentState;
    return {
      cluster: c.cluster,
      component: update.component,
      run: {
        revision: c.to,
        ...(state.version !== undefined && c.version !== undefined ? { version: c.version } : {}),
      },
    };
  });
}

/** The manifest's text with updates applied, keeping its comments and layout (as `rollgate bump` edits). */
export function applyUpdates(
  text: string,
  file: string,
  fleet: Fleet,
  updates: ComponentUpdate[],
): EditOutcome {
  return applyMoves(
    text,
    file,
    updates.flatMap((update) => updateMoves(fleet, update)),
  );
}

/**
 * The moves of `rollgate bump COMPONENT --to CHANNEL` (no revision): each cluster of the scope to the channel's
 * newest revision for its own architecture, as the store lists it. A channel the store does not list for a
 * cluster's architecture ends the run, naming what it does list.
 */
export function channelBumpMoves(
  fleet: Fleet,
  file: string,
  component: string,
  channel: string,
  scope: BumpScope,
  releases: Release[],
  missing: (architecture: string) => string,
): Move[] {
  return bumpMoves(fleet, file, component, { channel }, scope).map((move) => {
    const cluster = fleet.clusters.find((c) => c.name === move.cluster) as Cluster;
    const architecture = clusterArchitecture(cluster);
    const release = channelRelease(releases, channel, architecture);
    if (!release) throw new RollgateError(missing(architecture));
    const run = runFor(cluster.components[component] as ComponentState, release, channel);
    if (typeof run === 'string')
      throw new RollgateError(`${component} in cluster ${cluster.name}: ${run}; edit it by hand.`);
    return { ...move, run };
  });
}
