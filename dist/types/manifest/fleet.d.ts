import type { Finding } from '../findings.js';
import type { PathSegment, SourceFile } from './source.js';
import { type ParseOptions } from './yaml.js';
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
export declare const DEFAULT_WAVE_ROLLOUT: WaveRollout;
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
export declare const manifestPaths: {
    cluster: (cluster: Cluster) => PathSegment[];
    component: (cluster: Cluster, component: string) => PathSegment[];
    member: (cluster: Cluster, member: Member) => PathSegment[];
    memberComponent: (cluster: Cluster, member: Member, component: string) => PathSegment[];
};
/**
 * Reads a manifest: YAML, then schema, then the checks a schema cannot say (unique names, waves, complete components).
 * Never throws for bad input; everything wrong is a finding.
 */
export declare function loadManifest(text: string, file: string, options?: ParseOptions & {
    knownPassed?: boolean;
}): LoadedManifest;
/** The state a member runs of a component: its cluster's, with the member's own settings on top. */
export declare function memberState(cluster: Cluster, member: Member, component: string): ComponentState | undefined;
/** How a wave's clusters roll out: its own `rollout.waves` entry, else the fleet-wide settings, else one at a time with no failure tolerated. */
export declare function waveRollout(fleet: Pick<Fleet, 'rollout'>, wave: string | null): WaveRollout;
/** A component state in one line: `squid/stable@1234`, `4.16.2`, or `5.21.3 (5.21/stable@33110)`. */
export declare function describeState(state: ComponentState | undefined): string;
/** Whether two states run the same thing (hold and cohort aside). */
export declare function sameRun(a: ComponentState | undefined, b: ComponentState | undefined): boolean;
/** Whether a freeze covers a cluster: the whole fleet when it names no `waves` and no `clusters`. */
export declare function freezeCovers(freeze: Freeze, cluster: Pick<Cluster, 'name' | 'wave'>): boolean;
/** The last moment a freeze bound covers: a bare date covers its whole day (UTC). */
export declare function endOf(moment: string): string;
/** The first moment a freeze bound covers. */
export declare function startOf(moment: string): string;
