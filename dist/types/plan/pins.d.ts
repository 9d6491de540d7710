import type { Cluster } from '../manifest/fleet.js';
import { type Cell, type ClusterFound, type PlanContext, type Walked } from './context.js';
import type { PlannedMember, PlannedStep } from './types.js';
/**
 * A cluster's entry of pins.json's `clusters`: every member's pin of every component it runs, changed or not. The
 * same bytes as JSON.stringify of the entry (at its depth in the file), made directly: a pin that members share is
 * written once.
 */
export declare function pinsEntry(cluster: Cluster, components: string[], cells: Cell[][]): string;
/**
 * Named things in the order a JavaScript object keeps them as keys, so text written straight from them reads as
 * JSON.stringify of the object would: names that are array indices first, in numeric order, then the rest as given.
 */
export declare function keyOrder<T extends {
    name: string;
}>(items: T[]): T[];
/**
 * A cluster without a proxy: its pin commands component by component, in the pack's order, each on every member
 * before the next ("Update the same component's snap on all cluster members before moving to the next
 * component"); none when no pin is a revision.
 */
export declare function directPins(context: PlanContext, cluster: Cluster, components: string[], cells: Cell[][]): string | undefined;
/** Adds a cluster's direct pins to its wave's file, opening the file with its header on the wave's first; a chunk, if one is complete. */
export declare function addDirect(walked: Walked, cluster: Cluster, text: string): void;
/** A cluster behind a proxy: the revision each component's channel must serve, for each pin its members have. */
export declare function served(cluster: Cluster, components: string[], cells: Cell[][]): ClusterFound['served'];
/**
 * Adds a cluster's revisions to what its proxy serves, in plan order (by wave). Two revisions of one channel are
 * refused within a wave, whose stages refresh together, and across waves unless every member of them holds the snap
 * (see pins/conflict): then each stage sets the override just before it refreshes its own members and the others
 * stay held where they are. A conflict that no stage of this plan touches moves nobody, and is left to the check.
 */
export declare function serve(cluster: Cluster, name: string, found: ClusterFound['served'], proxies: Walked['proxies']): void;
/** overrides/<proxy>.txt for each proxy. */
export declare function proxyFiles(walked: Walked, planId: string): Array<[string, string]>;
/** Behind a store proxy, the override that makes the channel serve the pinned revision, set before any member refreshes. */
export declare function proxyPins(context: PlanContext, cluster: Cluster, component: string, members: PlannedMember[]): PlannedStep[];
