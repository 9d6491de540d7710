import { RollgateError } from '../findings.js';
import type { Cluster } from '../manifest/fleet.js';
import type { Pack } from '../policy/types.js';
import { CHARMHUB_URL, charmhub } from './charmhub.js';
import { SNAP_STORE_URL, snapStore } from './snap-store.js';
import type { Datasource, DatasourceId, FetchFunction, HttpLimits, Release } from './types.js';

export { CHARMHUB_URL, charmhub } from './charmhub.js';
export { SNAP_STORE_URL, snapStore } from './snap-store.js';
export * from './types.js';

/** The architecture of a cluster that does not say its own. */
export const DEFAULT_ARCHITECTURE = 'amd64';

/** The architecture a cluster's members run: its own `architecture`, else amd64. */
export function clusterArchitecture(cluster: Pick<Cluster, 'architecture'>): string {
  return cluster.architecture ?? DEFAULT_ARCHITECTURE;
}

/** Where the stores are and how long a lookup may take: what the CLI's flags or the action's environment say. */
export interface DatasourceSettings {
  /** The Snap Store, an Enterprise Store or a Snap Store Proxy (no trailing slash). */
  storeUrl: string;
  /** Charmhub, or a proxy of it (no trailing slash). */
  charmhubUrl: string;
  limits: HttpLimits;
  fetch: FetchFunction;
}

/** The datasource a pack names for a component: the component's own `datasource`, else the pack's. */
export function datasourceIdOf(pack: Pack, component: string): DatasourceId | undefined {
  const own = Object.hasOwn(pack.components, component) ? pack.components[component]?.datasource : undefined;
  return own ?? pack.datasource;
}

/** The datasource of an id, at the settings' URL. */
export function createDatasource(id: DatasourceId, settings: DatasourceSettings): Datasource {
  return id === 'charmhub'
    ? charmhub(settings.charmhubUrl, settings.fetch, settings.limits)
    : snapStore(settings.storeUrl, settings.fetch, settings.limits);
}

/** The sentence for a component whose pack names no datasource, with the way out. */
export function noDatasourceMessage(pack: string, component: string): string {
  return `The ${pack} pack names no datasource for ${component}, so rollgate cannot look up a channel's revision; give one (--to CHANNEL@REVISION), or set \`datasource\` (snap-store or charmhub) on the pack or the component.`;
}

/** A channel split into its parts: `5.21/stable` is track 5.21, risk stable; a branch follows the risk. */
export function splitChannel(channel: string): { track: string; risk: string; branch?: string } {
  const [track = '', risk = '', branch] = channel.split('/');
  return { track, risk, ...(branch !== undefined ? { branch } : {}) };
}

/**
 * The release a channel carries for an architecture: the newest revision among the store's entries for the
 * channel's track and risk on that architecture (or on `all`). Charmhub lists one entry per base (ubuntu 22.04,
 * 24.04): the newest revision of them is taken. Undefined when the store lists none.
 */
export function channelRelease(
  releases: Release[],
  channel: string,
  architecture: string,
): Release | undefined {
  const { track, risk, branch } = splitChannel(channel);
  if (branch !== undefined) return undefined;
  let newest: Release | undefined;
  for (const release of releases) {
    if (release.track !== track || release.risk !== risk) continue;
    if (release.architecture !== architecture && release.architecture !== 'all') continue;
    if (!newest || release.revision > newest.revision) newest = release;
  }
  return newest;
}

/** The sentence for a channel the store lists no revision of, naming what it does list there. */
export function noReleaseMessage(
  datasource: Pick<Datasource, 'label' | 'noun'>,
  name: string,
  channel: string,
  architecture: string,
  releases: Release[],
): string {
  if (splitChannel(channel).branch !== undefined) {
    return `${name} tracks the branch ${channel}, and ${datasource.label} lists no branches; give the revision (--to ${channel}@REVISION).`;
  }
  const { track, risk } = splitChannel(channel);
  const there = [
    ...new Set(releases.filter((r) => r.track === track && r.risk === risk).map((r) => r.architecture)),
  ].sort();
  const elsewhere =
    there.length > 0
      ? ` (it has ${channel} for ${there.join(', ')})`
      : releases.length === 0
        ? ' (it lists no channel of it)'
        : ' (no architecture has it)';
  return `${datasource.label} lists no revision of the ${datasource.noun} ${name} in ${channel} for ${architecture}${elsewhere}; check the cluster's \`architecture\` and the channel.`;
}

/** Validates a base URL given by a flag or the environment; returns it without a trailing slash. */
export function baseUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RollgateError(`${what} is ${JSON.stringify(value)}; expected a URL such as ${SNAP_STORE_URL}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new RollgateError(`${what} is ${JSON.stringify(value)}; expected an http or https URL.`);
  if (url.username || url.password || url.search || url.hash)
    throw new RollgateError(
      `${what} may hold no user, password, query or fragment; give the store's base URL, such as ${SNAP_STORE_URL}.`,
    );
  return url.href.replace(/\/+$/, '');
}

/** The default limits of a lookup: 20 s a request, 3 retries, 60 s in all, answers up to 16 MiB. */
export const DEFAULT_LIMITS: HttpLimits = {
  timeoutMs: 20_000,
  retries: 3,
  retryDelayMs: 1000,
  budgetMs: 60_000,
  maxBytes: 16 * 2 ** 20,
};

/**
 * The settings from flags (`--store`, `--charmhub`) and the environment (ROLLGATE_STORE_URL,
 * ROLLGATE_CHARMHUB_URL; ROLLGATE_STORE_TIMEOUT_MS, _RETRIES, _RETRY_DELAY_MS and _BUDGET_MS tune every lookup).
 * A flag wins over the environment, which wins over the public services.
 */
export function datasourceSettings(
  flags: { store?: string; charmhub?: string },
  env: Record<string, string | undefined>,
  fetchFunction: FetchFunction,
): DatasourceSettings {
  const pick = (flag: string | undefined, name: string, fallback: string, shown: string) =>
    baseUrl(flag ?? (env[name] || fallback), flag !== undefined ? shown : name);
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d{1,9}$/.test(raw))
      throw new RollgateError(`${name} is ${JSON.stringify(raw)}; expected a whole number.`);
    return Number(raw);
  };
  return {
    storeUrl: pick(flags.store, 'ROLLGATE_STORE_URL', SNAP_STORE_URL, '--store'),
    charmhubUrl: pick(flags.charmhub, 'ROLLGATE_CHARMHUB_URL', CHARMHUB_URL, '--charmhub'),
    limits: {
      ...DEFAULT_LIMITS,
      timeoutMs: number('ROLLGATE_STORE_TIMEOUT_MS', DEFAULT_LIMITS.timeoutMs),
      retries: number('ROLLGATE_STORE_RETRIES', DEFAULT_LIMITS.retries),
      retryDelayMs: number('ROLLGATE_STORE_RETRY_DELAY_MS', DEFAULT_LIMITS.retryDelayMs),
      budgetMs: number('ROLLGATE_STORE_BUDGET_MS', DEFAULT_LIMITS.budgetMs),
    },
    fetch: fetchFunction,
  };
}
