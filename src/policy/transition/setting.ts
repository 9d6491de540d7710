// A cluster's change as tracks of cells (a component on a member), set against the pack's limits: what the walk,
// the reorder search and the split advice all read.
import type { Member } from '../../manifest/fleet.js';
import { comparableVersion } from '../comparable.js';
import type { Policy } from '../pack.js';
import type { VersionScheme } from '../schemes/index.js';
import type { SkewProblem } from '../skew.js';
import type { ComponentSkew, Pack } from '../types.js';
import { limitsOf, verdictsOf } from './limits.js';
import type { ClusterMove } from './types.js';

/** A limit between two components: `subject`'s cells are judged against `target`'s. */
export type Limit =
  | { kind: 'skew'; subject: string; target: string; skew: ComponentSkew }
  | {
      kind: 'requires';
      subject: string;
      target: string;
      needs: Array<{ version: string; allowed: string[] }>;
    }
  | { kind: 'order'; subject: string; target: string };

/** A component on one member: its comparable versions in the base and at the end of the plan. */
export interface Cell {
  member: number;
  base: string | undefined;
  /** The head's version; the base's where the head removes it, since the plan removes nothing. */
  end: string | undefined;
  moves: boolean;
  /** Where the cell stands while an order is walked: false at its base, true at its end. */
  moved: boolean;
}

/** A component of the cluster: its cells on the members that run it, in the order the planner moves them. */
export interface Track {
  name: string;
  scheme: VersionScheme | undefined;
  cells: Cell[];
  byMember: Map<number, Cell>;
  moves: boolean;
}

/** What one walk or comparison reads: the pack, the tracks, the limits, and the verdicts met so far. */
export interface Setting {
  policy: Policy;
  cluster: string;
  memberNames: string[];
  tracks: Map<string, Track>;
  limits: Limit[];
  /** The verdicts on pairs of versions met so far, shared by every cluster a pack judges. */
  verdicts: Map<string, Problem | null>;
}

/** A limit broken by one pair of versions. */
export interface Problem {
  limit: Limit;
  skew?: SkewProblem;
  /** requires: the versions of the target that would do. */
  allowed?: string[];
}

/** A cluster's components in the pack's order, then those the pack does not know, by name: the planner's default. */
export function orderOf(pack: Pack, components: readonly string[]): string[] {
  const names = new Set(components);
  const known = pack.order.filter((name) => names.has(name));
  const rest = [...names].filter((name) => !pack.order.includes(name)).sort();
  return [...known, ...rest];
}

/** The comparable version of a state: its channel's track or its `version`, as the pack reads the component. */
export const versionOf = comparableVersion;

/** The change as tracks of cells, members in the order the planner moves them, with the pack's limits. */
export function settingOf(policy: Policy, move: ClusterMove): Setting {
  // Members move control first, then the rest, each in manifest order: as the planner moves them.
  const order = move.members.map((_, index) => index);
  order.sort((a, b) => rank(move.members[a]) - rank(move.members[b]) || a - b);
  const tracks = new Map<string, Track>();
  for (const name of move.components) {
    const spec = Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : undefined;
    const roles = spec?.rollout?.roles;
    const scheme = policy.schemes.get(name);
    const cells: Cell[] = [];
    const byMember = new Map<number, Cell>();
    for (const member of order) {
      const role = move.members[member]?.role ?? 'worker';
      // A component limited to some roles runs only there (kube-apiserver on control members); the others reach
      // it on those members, and are measured against every one of them.
      if (roles && !roles.includes(role)) continue;
      const base = versionOf(policy, name, move.base(name, member));
      const head = versionOf(policy, name, move.head(name, member));
      const end = head ?? base;
      const moves =
        end !== undefined &&
        (base === undefined || (scheme ? scheme.compare(base, end) !== 0 : base !== end));
      const cell: Cell = { member, base, end, moves, moved: false };
      cells.push(cell);
      byMember.set(member, cell);
    }
    tracks.set(name, { name, scheme, cells, byMember, moves: cells.some((cell) => cell.moves) });
  }
  return {
    policy,
    cluster: move.cluster,
    memberNames: move.members.map((member) => member.name),
    tracks,
    limits: limitsOf(policy.pack),
    verdicts: verdictsOf(policy.pack),
  };
}

function rank(member: Pick<Member, 'role'> | undefined): number {
  return member?.role === 'control' ? 0 : 1;
}
