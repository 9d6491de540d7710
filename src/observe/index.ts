// Observing a fleet: every member asked what it runs, with a bound on how many are asked at once.
import type { Fleet } from '../manifest/fleet.js';
import type { Pack } from '../policy/types.js';
import { type AskMember, inPool, observeMember, probesOf } from './probe.js';
import type { Observed, ObservedMember } from './types.js';

export { parseObserved } from './file.js';
export { parseLxcClusterList } from './lxc-cluster.js';
export type { AskMember, CommandOutcome, MemberProbe } from './probe.js';
export { evacuatesMembers, isSnap, LXC_CLUSTER_LIST, probesOf, snapListCommand } from './probe.js';
export { parseSnapList } from './snap-list.js';
export type { Observed, ObservedComponent, ObservedMember, ServiceStatus } from './types.js';

/** How an observation runs. */
export interface ObserveOptions {
  /** The manifest's name as given, recorded in observed.json. */
  manifest: string;
  /** At most this many members are asked at once. */
  concurrency: number;
  now: () => Date;
  /** Called after each member with how many are done, of how many, and how many did not answer. */
  progress?: (done: number, total: number, unknown: number) => void;
}

/** Asks every member of a fleet what it runs of each component its pack reads back. */
export async function observeFleet(
  fleet: Fleet,
  pack: Pack,
  ask: AskMember,
  options: ObserveOptions,
): Promise<Observed> {
  const at = options.now().toISOString();
  const probes = probesOf(fleet, pack);
  let done = 0;
  let unknown = 0;
  const members: ObservedMember[] = await inPool(probes, options.concurrency, async (probe) => {
    const member = await observeMember(probe, ask, options.now);
    done++;
    if (member.status === 'unknown') unknown++;
    options.progress?.(done, probes.length, unknown);
    return member;
  });
  return { apiVersion: 'rollgate/v1', kind: 'Observed', manifest: options.manifest, at, members };
}
