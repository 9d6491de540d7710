// What to ask each member, and what its answers mean. Pure: the commands are argv lists, run by an adapter through
// the transport the job scripts use; the answers come back as data.
import type { Cluster, Fleet, Member } from '../manifest/fleet.js';
import { memberState } from '../manifest/fleet.js';
import type { Pack } from '../policy/types.js';
import { parseLxcClusterList } from './lxc-cluster.js';
import { parseSnapList } from './snap-list.js';
import type { ObservedComponent, ObservedMember } from './types.js';

/** One member to ask, and its questions. */
export interface MemberProbe {
  cluster: string;
  member: string;
  /** The components the manifest gives it, snaps and not. */
  components: string[];
  /** The snaps among them, asked in one `snap list`. */
  snaps: string[];
  /** Whether to ask its LXD cluster status (its pack evacuates members). */
  service: boolean;
}

/** How a command on a member ended. Output is cut at the adapter's bound; `truncated` says it was. */
export type CommandOutcome =
  | { kind: 'exited'; code: number; stdout: string; stderr: string; truncated: boolean }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'unreachable'; reason: string };

/** Runs one command on a member, through the transport. */
export type AskMember = (member: string, run: string[]) => Promise<CommandOutcome>;

/** The command that lists the member's snaps. */
export const snapListCommand = (snaps: string[]): string[] => ['snap', 'list', ...snaps];

/** The command that lists the LXD cluster's members and their status. */
export const LXC_CLUSTER_LIST = ['lxc', 'cluster', 'list', '--format', 'json'];

/** Whether a component of a pack is a snap: its revisions come from the Snap Store and the planner pins them as snaps. */
export function isSnap(pack: Pack, component: string): boolean {
  const spec = Object.hasOwn(pack.components, component) ? pack.components[component] : undefined;
  if (!spec) return false;
  return (spec.datasource ?? pack.datasource) === 'snap-store' && pack.rollout?.pins !== 'none';
}

/** Whether a pack's rollout takes members out of service with `lxc cluster evacuate` (MicroCloud). */
export function evacuatesMembers(pack: Pack): boolean {
  return Object.values(pack.components).some((spec) =>
    [...(spec.rollout?.member ?? []), ...(spec.rollout?.before ?? [])].some(
      (step) => step.run[0] === 'lxc' && step.run[1] === 'cluster' && step.run[2] === 'evacuate',
    ),
  );
}

/** Every member of the fleet, with what to ask it. */
export function probesOf(fleet: Fleet, pack: Pack): MemberProbe[] {
  const service = evacuatesMembers(pack);
  const probes: MemberProbe[] = [];
  for (const cluster of fleet.clusters) {
    for (const member of cluster.members) {
      const components = componentsOfMember(cluster, member);
      probes.push({
        cluster: cluster.name,
        member: member.name,
        components,
        snaps: components.filter((component) => isSnap(pack, component)),
        service,
      });
    }
  }
  return probes;
}

function componentsOfMember(cluster: Cluster, member: Member): string[] {
  const names = new Set([...Object.keys(cluster.components), ...Object.keys(member.overrides ?? {})]);
  return [...names].filter((name) => memberState(cluster, member, name) !== undefined).sort();
}

/** Asks one member its questions, in turn, and reads the answers; a member that does not answer is unknown. */
export async function observeMember(
  probe: MemberProbe,
  ask: AskMember,
  now: () => Date,
): Promise<ObservedMember> {
  const components: Record<string, ObservedComponent> = {};
  for (const name of probe.components) {
    if (!probe.snaps.includes(name))
      components[name] = {
        status: 'unsupported',
        reason: 'rollgate reads back snaps only; this component is not one',
      };
  }
  const unknown = (reason: string): ObservedMember => {
    for (const name of probe.snaps) components[name] = { status: 'unknown', reason };
    return {
      cluster: probe.cluster,
      name: probe.member,
      at: now().toISOString(),
      status: 'unknown',
      reason,
      ...(probe.service ? { service: 'unknown' as const } : {}),
      components,
    };
  };
  if (probe.snaps.length > 0) {
    const outcome = await ask(probe.member, snapListCommand(probe.snaps));
    const failed = notAnswered(outcome, 'snap list');
    if (failed !== undefined) return unknown(failed);
    const answer = outcome as Extract<CommandOutcome, { kind: 'exited' }>;
    // snapd's one refusal that is an answer: none of the named snaps is installed.
    const noneInstalled = answer.code !== 0 && answer.stderr.includes('no matching snaps installed');
    if (answer.code !== 0 && !noneInstalled) return unknown(`snap list exited with code ${answer.code}`);
    const parsed = noneInstalled ? { ok: true as const, rows: [] } : parseSnapList(answer.stdout);
    if (!parsed.ok)
      return unknown(`snap list printed what rollgate cannot read (line ${parsed.line}: ${parsed.reason})`);
    const byName = new Map(parsed.rows.map((row) => [row.name, row]));
    for (const name of probe.snaps) {
      const row = byName.get(name);
      components[name] = row
        ? {
            status: 'found',
            ...(row.tracking !== undefined ? { channel: row.tracking } : {}),
            ...(row.revision !== undefined ? { revision: row.revision } : {}),
            version: row.version,
            held: row.notes.includes('held'),
            cohort: row.notes.includes('in-cohort'),
          }
        : { status: 'absent' };
    }
  }
  let service: ObservedMember['service'];
  if (probe.service) {
    const outcome = await ask(probe.member, LXC_CLUSTER_LIST);
    const failed = notAnswered(outcome, 'lxc cluster list');
    if (failed !== undefined && outcome.kind !== 'exited') return unknown(failed);
    const entries =
      outcome.kind === 'exited' && outcome.code === 0 && !outcome.truncated
        ? parseLxcClusterList(outcome.stdout)
        : undefined;
    service = entries?.find((entry) => entry.name === probe.member)?.status ?? 'unknown';
  }
  return {
    cluster: probe.cluster,
    name: probe.member,
    at: now().toISOString(),
    status: 'answered',
    ...(service !== undefined ? { service } : {}),
    components,
  };
}

/** Why a command's outcome is no answer at all, or undefined when the member answered. */
function notAnswered(outcome: CommandOutcome, what: string): string | undefined {
  if (outcome.kind === 'timeout') return `${what} did not answer within ${outcome.seconds}s`;
  if (outcome.kind === 'unreachable') return `${what} could not be run: ${outcome.reason}`;
  if (outcome.truncated) return `${what} printed more than rollgate reads`;
  // ssh's own failure (255): the member was not reached.
  if (outcome.code === 255) return `${what} could not reach the member (exit 255)`;
  return undefined;
}

/** Runs `work` on every item with at most `limit` at a time; results in the items' order. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
