/** An LXD cluster member's status as `lxc cluster list --format json` gives it. */
export type ServiceStatus = 'Online' | 'Evacuated' | 'Offline' | 'Blocked';
/** The LXD cluster statuses rollgate reads; any other is not trusted and reads as unknown. */
export declare const SERVICE_STATUSES: readonly ServiceStatus[];
/**
 * One component on one member. `found`: installed, with what snapd says of it; `absent`: not installed; `unknown`:
 * the member did not answer or its answer could not be read (never drift); `unsupported`: rollgate does not read this
 * component back (a pack whose components are no snaps).
 */
export type ObservedComponent = {
    status: 'found';
    /** The channel tracked (snap list's Tracking), absent when it tracks none. */
    channel?: string;
    /** The revision; absent for a sideloaded snap (`x1`), which is no store revision. */
    revision?: number;
    version?: string;
    held: boolean;
    /** Whether the snap is in a cohort (snap list's `in-cohort` note). */
    cohort: boolean;
} | {
    status: 'absent';
} | {
    status: 'unknown' | 'unsupported';
    reason: string;
};
/** One member, as it answered (or did not) at `at`. */
export interface ObservedMember {
    cluster: string;
    name: string;
    /** When its answers were read (ISO 8601). */
    at: string;
    /** `answered`: every question was answered or its answer read; `unknown`: the member could not be asked. */
    status: 'answered' | 'unknown';
    /** Why the member is unknown, in one sentence rollgate wrote (never the member's own words). */
    reason?: string;
    /** Its LXD cluster status, where its pack evacuates members (MicroCloud); absent where it does not. */
    service?: ServiceStatus | 'unknown';
    components: Record<string, ObservedComponent>;
}
/** observed.json: what every member of a manifest runs. */
export interface Observed {
    apiVersion: 'rollgate/v1';
    kind: 'Observed';
    /** The manifest whose members were asked, as it was named. */
    manifest: string;
    /** When the observation started (ISO 8601). */
    at: string;
    members: ObservedMember[];
}
