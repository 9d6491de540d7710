import type { Cluster, ComponentState, Fleet, Member } from '../manifest/fleet.js';
import type { Resume } from '../observe/resume.js';
import type { ObservedMember } from '../observe/types.js';
import type { Policy } from '../policy/pack.js';
import type { ComponentPolicy, Pack } from '../policy/types.js';
import type { ChunkedFile } from './json-text.js';
import type { Transport } from './shell.js';
import type { Pin, PlanChunk, PlannedMember, SkippedMember, Stage, StagePart } from './types.js';
/** A fleet's clusters by name, each with its members by name. */
export type ClusterIndex = Map<string, {
    cluster: Cluster;
    members: Map<string, Member>;
}>;
/** The fleets and pack a plan is made from, read once. */
export interface PlanContext {
    readonly policy: Policy;
    readonly pack: Pack;
    /** Whether revisions are pinned as a snap's (proxy overrides, direct refresh lines), or by the pack's own steps. */
    readonly snapPins: boolean;
    readonly base: Fleet | undefined;
    readonly baseClusters: ClusterIndex;
    readonly unfinishedClusters: ClusterIndex[];
    /** The head's clusters in plan order: by wave in promotion order, then as the manifest lists them. */
    readonly clusters: Cluster[];
    readonly headClusters: Map<string, Cluster>;
    /** Component sets already put in the pack's order, by their names joined. */
    readonly ordered: Map<string, string[]>;
    /** How member commands are run: whether they reach each member decides what may be planned. */
    readonly transport: Transport;
    /** The pack parameters its steps name, which a moving cluster must set where the pack gives no default. */
    readonly usedParams: Set<string>;
    /** The head manifest's `rollout:` settings: how each wave's clusters go (graph.ts). */
    readonly rollout: Fleet['rollout'];
    /** What members were observed to run (plan --observed), by observedKey; absent: plan as without it. */
    readonly observed?: Map<string, ObservedMember>;
}
/** A stage before its id and the steps around its members are known. */
export interface Draft {
    cluster: Cluster;
    component: string;
    members: PlannedMember[];
    strategy: Stage['strategy'];
    pause: Stage['pauseAfterMember'];
    parts: StagePart[];
    health: string[] | null;
    first: boolean;
    last: boolean;
    /** Why the stage moves before one the pack's order puts first; absent when it keeps the pack's order. */
    orderReason?: string;
    /** With --observed: the members a failed stage left evacuated, restored first in their first stage. */
    restoreFirst?: Map<string, Resume>;
}
/** What the walk over the clusters finds besides the pins: the stages to be, the notes, and the overrides. */
export interface Walked {
    drafts: Draft[];
    notes: string[];
    /** With --observed: the members left out because they run their target, in plan order. */
    skipped: SkippedMember[];
    proxies: Map<string, {
        clusters: string[];
        lines: Map<string, ServedChannel>;
    }>;
    /** By wave (undefined: the manifest sets none), the pin commands of the clusters without a proxy, written as found. */
    direct: Map<string | undefined, ChunkedFile>;
    /** Chunks of the direct pins, to hand on between pins.json's. */
    queue: PlanChunk[];
}
/**
 * What the clusters behind a proxy pin of one snap channel, by wave in plan order (undefined: no wave), and whether
 * every member that pins it holds the snap (so that it waits for a stage of its own; see pins/conflict).
 */
export interface ServedChannel {
    byWave: Map<string | undefined, {
        revision: number;
        where: string;
        moved: boolean;
    }>;
    allHeld: boolean;
}
/** What one cluster gives the walk besides its pins, kept until the walk puts every cluster's in plan order. */
export interface ClusterFound {
    drafts: Draft[];
    notes: string[];
    /** With --observed: the members left out because they run their target. */
    skipped: SkippedMember[];
    /** Behind a proxy: the revision each component's channel needs, and a member that needs it. */
    served: Array<{
        component: string;
        channel: string;
        revision: number;
        where: string;
        moved: boolean;
        held: boolean;
    }>;
    direct: string | undefined;
}
/** What one member runs of one component, in the head and in the base, and whether it moves. */
export interface Cell {
    to: ComponentState | undefined;
    pin: Pin | undefined;
    from: ComponentState | undefined;
    changed: boolean;
}
/** Reads the fleets and pack once, and puts the head's clusters in plan order. */
export declare function planContext(head: Fleet, base: Fleet | undefined, unfinished: Fleet[], policy: Policy, transport: Transport, observed?: Map<string, ObservedMember>): PlanContext;
/** The pack's policy of a component, or undefined for one it does not know by name. */
export declare function componentPolicy(context: PlanContext, name: string): ComponentPolicy | undefined;
/** Whether a member takes part in a component's stages: the pack may limit them to some roles (control only). */
export declare function runsOn(context: PlanContext, component: string, member: Member): boolean;
/** The components a cluster runs anywhere, in the pack's order, then any the pack does not know by name. */
export declare function componentsOf(context: PlanContext, cluster: Cluster, baseCluster: Cluster | undefined): string[];
/** The head's cluster a stage moves. */
export declare function clusterOf(context: PlanContext, stage: Stage): Cluster;
