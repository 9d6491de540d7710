import type { Cluster, Fleet, Member, RolloutSettings } from './fleet.js';
interface RawComponent {
    version?: string;
    channel?: string;
    revision?: number;
    hold?: boolean;
    cohort?: boolean;
}
type RawMember = string | {
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
    freeze?: Array<{
        from: string;
        to: string;
        reason?: string;
        waves?: string[];
        clusters?: string[];
    }>;
    clusters: RawCluster[];
}
/** The fleet a manifest's value describes, once the fleet schema passed it. */
export declare function toFleet(raw: RawFleet): Fleet;
export {};
