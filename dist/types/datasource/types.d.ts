/** The datasources a pack can name: where a component's revisions are looked up. */
export declare const DATASOURCE_IDS: readonly ['snap-store', 'charmhub'];
/** One datasource's id, as a pack's `datasource` names it. */
export type DatasourceId = (typeof DATASOURCE_IDS)[number];
/** A channel's risk. */
export type Risk = 'stable' | 'candidate' | 'beta' | 'edge';
/** One revision released to a channel for one architecture, as a store lists it (validated). */
export interface Release {
    track: string;
    risk: Risk;
    /** The architecture the revision was built for (`amd64`, `arm64`), or `all` for one that runs on any. */
    architecture: string;
    revision: number;
    /** The publisher's version string: for people, never run. */
    version?: string;
    /** When the revision was released to the channel (ISO 8601), when the store says. */
    releasedAt?: string;
}
/** A store that lists a package's releases: the Snap Store (or a proxy of it), Charmhub. */
export interface Datasource {
    readonly id: DatasourceId;
    /** How a sentence names it: `the Snap Store at https://api.snapcraft.io`. */
    readonly label: string;
    /** What the store calls the packages it holds: `snap`, `charm`. */
    readonly noun: string;
    /**
     * Every release of a package on every channel and architecture, after the answer was validated.
     * Throws a RollgateError (one sentence) when the store cannot be asked, fails, or answers something unusable.
     */
    releases(name: string): Promise<Release[]>;
}
/** The part of the WHATWG fetch that a datasource uses; tests pass their own. */
export type FetchFunction = (url: string, init: {
    headers: Record<string, string>;
    signal: AbortSignal;
}) => Promise<Response>;
/** How long a lookup may take and how it is retried. */
export interface HttpLimits {
    /** One request's time limit. */
    timeoutMs: number;
    /** Retries after the first attempt, for a network failure, a timeout, a 429 or a 5xx. */
    retries: number;
    /** The base of the back-off: the nth retry waits n² times this (or the store's Retry-After, if longer). */
    retryDelayMs: number;
    /** All attempts of one lookup together; no attempt starts or waits past it. */
    budgetMs: number;
    /** The largest answer read; a store that sends more is refused. */
    maxBytes: number;
}
