// The states a rollout passes through. The planner moves one component at a time (a stage), member by member, so
// between a cluster's base and head there are states that neither shows: some components and members moved, others
// not. The vendors state their rules over those states too (Kubernetes' skew policy, OpenStack's service order), so
// this module finds an order of a cluster's moves in which every such state keeps the pack's skew, `requires` and,
// for a strict order, the order itself; or it names the first state that breaks one, and how to split the change.
//
// Every limit is between two components' cells (a component on a member), so whether one order of stages passes
// depends only on which of each two components moves first: a stage moves one component, and each of its members'
// moves meets the other components where they stand. The pack's order is tried first, in one pass; only when it
// fails (and the order is not strict) are pairs of components compared, and the first component in the pack's
// order that may go before all the others left goes next. That finds an order whenever one exists, in a number of
// steps bounded by the square of the cluster's components.
import { type Cluster, type ComponentState, type Member, memberState } from '../manifest/fleet.js';
import type { Policy } from './pack.js';
import type { VersionScheme } from './schemes/index.js';
import { describeSkew, type SkewProblem, STEP_UNITS, skewProblem } from './skew.js';
import type { ComponentSkew, Pack } from './types.js';
import { jumpProblem } from './upgrade-path.js';

/** A cluster's change as a transition reads it: each member's state of each component, before and after. */
export interface ClusterMove {
  cluster: string;
  /** The cluster's members in the head, in manifest order. */
  members: ReadonlyArray<Pick<Member, 'name' | 'role'>>;
  /** Every component the cluster runs, in the base or the head, on any member. */
  components: readonly string[];
  /** What a member (by its index in `members`) runs of a component in the base; undefined: nothing. */
  base(component: string, member: number): ComponentState | undefined;
  /** What it runs in the head. */
  head(component: string, member: number): ComponentState | undefined;
}

/** The kind of limit a state breaks: a component skew, a `requires`, or a strict order. */
export type LimitKind = 'skew' | 'requires' | 'order';

/** The first state of an order of moves that breaks a limit: the move that reaches it, and the limit, in words. */
export interface Breach {
  /** The move that reaches the state: `component` moves from `from` to `to` on `member`. */
  component: string;
  member: string;
  from: string | null;
  to: string;
  kind: LimitKind;
  /** The component the limit is about (the one that must not be newer, or older, or that needs the other). */
  subject: { component: string; member: string; version: string | null };
  /** The component it is measured against. */
  target: { component: string; member: string; version: string | null };
  /** Whether every order of the moves meets this state (a strict order broken in the head): only a smaller change helps. */
  always: boolean;
  /** The state in words: `once kube-apiserver 1.32.0 runs on cp-1, kubelet 1.28.15 there is 4 minor versions older than it (...)`. */
  text: string;
}

/** One move of a change of its own that makes the rest orderable: `component` to `to`. */
export interface SplitMove {
  component: string;
  to: string;
}

/** The order of a cluster's components in which the planner moves them, and why, or why there is none. */
export type Transition =
  | {
      ok: true;
      /** Every component of the cluster, in the order the planner moves them. */
      order: string[];
      /** Present when the order leaves the pack's: the components moved ahead, the breach in the pack's order, in words. */
      reordered?: { ahead: string[]; breach: Breach; text: string };
    }
  | {
      ok: false;
      /** The pack's order, which a plan made anyway follows. */
      order: string[];
      /** The first state of the pack's order that breaks a limit. */
      breach: Breach;
      /** The moves of a change of its own to make first, when intermediate versions are found that split the change. */
      split?: SplitMove[];
    };

/** A limit between two components: `subject`'s cells are judged against `target`'s. */
type Limit =
  | { kind: 'skew'; subject: string; target: string; skew: ComponentSkew }
  | {
      kind: 'requires';
      subject: string;
      target: string;
      needs: Array<{ version: string; allowed: string[] }>;
    }
  | { kind: 'order'; subject: string; target: string };

/** A component on one member: its comparable versions in the base and at the end of the plan. */
interface Cell {
  member: number;
  base: string | undefined;
  /** The head's version; the base's where the head removes it, since the plan removes nothing. */
  end: string | undefined;
  moves: boolean;
  /** Where the cell stands while an order is walked: false at its base, true at its end. */
  moved: boolean;
}

/** A component of the cluster: its cells on the members that run it, in the order the planner moves them. */
interface Track {
  name: string;
  scheme: VersionScheme | undefined;
  cells: Cell[];
  byMember: Map<number, Cell>;
  moves: boolean;
}

/** What one walk or comparison reads: the pack, the tracks, the limits, and the verdicts met so far. */
interface Setting {
  policy: Policy;
  cluster: string;
  memberNames: string[];
  tracks: Map<string, Track>;
  limits: Limit[];
  /** The verdicts on pairs of versions met so far, shared by every cluster a pack judges. */
  verdicts: Map<string, Problem | null>;
}

/** A limit broken by one pair of versions. */
interface Problem {
  limit: Limit;
  skew?: SkewProblem;
  /** requires: the versions of the target that would do. */
  allowed?: string[];
}

/** How many intermediate versions of one component a split is looked for among. */
const MAX_SPLIT_STOPS = 8;

const limitsByPack = new WeakMap<Pack, Limit[]>();
const verdictsByPack = new WeakMap<Pack, Map<string, Problem | null>>();

/** Past this many, a pack's verdicts are forgotten and met again: a fleet's versions are few, a hostile one's not. */
const MAX_VERDICTS = 10_000;

function verdictsOf(pack: Pack): Map<string, Problem | null> {
  let verdicts = verdictsByPack.get(pack);
  if (!verdicts || verdicts.size > MAX_VERDICTS) {
    verdicts = new Map();
    verdictsByPack.set(pack, verdicts);
  }
  return verdicts;
}

/**
 * Finds the order in which the planner moves a cluster's components so that every state between base and head keeps
 * the pack's limits: the pack's order when it does (one pass over the moves), else, unless the pack's order is
 * strict, the closest order that does; when none does, the first state of the pack's order that breaks a limit and
 * how to split the change.
 */
export function planTransition(policy: Policy, move: ClusterMove): Transition {
  const setting = settingOf(policy, move);
  const packOrder = orderOf(policy.pack, move.components);
  const found = solve(setting, packOrder);
  if (!found.breach) return { ok: true, order: packOrder };
  const { breach } = found;
  if (found.order) {
    const moving = (name: string) => setting.tracks.get(name)?.moves === true;
    const ahead = aheadOfPack(packOrder, found.order).filter(moving);
    const behind = behindOf(packOrder, found.order, ahead).filter(moving);
    return {
      ok: true,
      order: found.order,
      reordered: {
        ahead,
        breach,
        text: `${ahead.join(', ')} ${ahead.length === 1 ? 'moves' : 'move'} before ${behind.join(', ')} in ${move.cluster}, against the ${policy.pack.name} pack's order: in that order, ${breach.text}.`,
      },
    };
  }
  const split = breach.always ? undefined : findSplit(policy, move, breach);
  return { ok: false, order: packOrder, breach, ...(split ? { split } : {}) };
}

/**
 * The pack's order when no state of it breaks a limit (no breach); else that order's first breach, and the closest
 * order that passes when the pack's order is not strict and one exists.
 */
function solve(setting: Setting, packOrder: string[]): { breach?: Breach; order?: string[] } {
  const strict = setting.policy.pack.strictOrder === true;
  let movers = 0;
  for (const track of setting.tracks.values()) if (track.moves) movers++;
  // With fewer than two components moving, only a strict order can be broken (by the head itself).
  if (movers === 0 || (movers < 2 && !strict)) return {};
  const breach = walk(setting, packOrder);
  if (!breach || strict || breach.always) return breach ? { breach } : {};
  const order = closestOrder(setting, packOrder);
  return order && !walk(setting, order) ? { breach, order } : { breach };
}

/** A cluster's change as check and plan read it: each head member's state, and the same member's in the base. */
export function clusterMove(head: Cluster, base: Cluster | undefined): ClusterMove {
  const baseMembers = new Map(base?.members.map((member) => [member.name, member]) ?? []);
  const components = new Set(Object.keys(head.components));
  for (const cluster of base ? [head, base] : [head]) {
    for (const name of Object.keys(cluster.components)) components.add(name);
    for (const member of cluster.members)
      if (member.overrides) for (const name of Object.keys(member.overrides)) components.add(name);
  }
  return {
    cluster: head.name,
    members: head.members,
    components: [...components],
    base: (component, index) => {
      const member = head.members[index];
      const before = member && base ? baseMembers.get(member.name) : undefined;
      return before && base ? memberState(base, before, component) : undefined;
    },
    head: (component, index) => {
      const member = head.members[index];
      return member ? memberState(head, member, component) : undefined;
    },
  };
}

/** A cluster's components in the pack's order, then those the pack does not know, by name: the planner's default. */
export function orderOf(pack: Pack, components: readonly string[]): string[] {
  const names = new Set(components);
  const known = pack.order.filter((name) => names.has(name));
  const rest = [...names].filter((name) => !pack.order.includes(name)).sort();
  return [...known, ...rest];
}

/** The comparable version of a state: its channel's track or its `version`, as the pack reads the component. */
export function versionOf(
  policy: Policy,
  component: string,
  state: ComponentState | undefined,
): string | undefined {
  if (!state) return undefined;
  const spec = Object.hasOwn(policy.pack.components, component)
    ? policy.pack.components[component]
    : undefined;
  if (!spec) return undefined;
  const raw = spec.versioning.source === 'track' ? state.channel?.split('/')[0] : state.version;
  if (raw === undefined) return undefined;
  return policy.schemes.get(component)?.isValid(raw) ? raw : undefined;
}

function settingOf(policy: Policy, move: ClusterMove): Setting {
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

/** The pack's limits between two components, read once per pack. */
function limitsOf(pack: Pack): Limit[] {
  const known = limitsByPack.get(pack);
  if (known) return known;
  const limits: Limit[] = [];
  const has = (name: string) => Object.hasOwn(pack.components, name);
  for (const [name, spec] of Object.entries(pack.components)) {
    for (const skew of spec.skew ?? [])
      if (skew.of !== name && has(skew.of))
        limits.push({ kind: 'skew', subject: name, target: skew.of, skew });
    const byTarget = new Map<string, Array<{ version: string; allowed: string[] }>>();
    for (const requirement of spec.requires ?? []) {
      for (const [other, allowed] of Object.entries(requirement.needs)) {
        if (other === name || !has(other)) continue;
        byTarget.set(other, [...(byTarget.get(other) ?? []), { version: requirement.version, allowed }]);
      }
    }
    for (const [target, needs] of byTarget) limits.push({ kind: 'requires', subject: name, target, needs });
  }
  if (pack.strictOrder) {
    pack.order.forEach((earlier, i) => {
      for (const later of pack.order.slice(i + 1)) {
        if (!readAlike(pack, earlier, later)) continue;
        limits.push({ kind: 'order', subject: later, target: earlier });
      }
    });
  }
  limitsByPack.set(pack, limits);
  return limits;
}

/**
 * Whether two components' versions can be ahead of each other: one scheme and the same known versions (OpenStack's
 * releases). MicroCloud's snaps each have tracks of their own, which say nothing about each other.
 */
function readAlike(pack: Pack, first: string, second: string): boolean {
  const a = pack.components[first]?.versioning;
  const b = pack.components[second]?.versioning;
  if (!a || !b || a.scheme !== b.scheme || a.source !== b.source) return false;
  return JSON.stringify(a.versions ?? []) === JSON.stringify(b.versions ?? []);
}

/** Whether a subject's version keeps a limit against a target's version; the problem when not. */
function judge(
  setting: Setting,
  limit: Limit,
  index: number,
  subject: string | undefined,
  target: string | undefined,
): Problem | undefined {
  const key = `${index}\u0000${subject ?? ''}\u0000${target ?? ''}`;
  const known = setting.verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const problem = judgeOnce(setting.policy, limit, subject, target);
  setting.verdicts.set(key, problem ?? null);
  return problem;
}

function judgeOnce(
  policy: Policy,
  limit: Limit,
  subject: string | undefined,
  target: string | undefined,
): Problem | undefined {
  if (subject === undefined) return undefined;
  const scheme = policy.schemes.get(limit.subject);
  if (!scheme) return undefined;
  if (limit.kind === 'skew') {
    if (target === undefined) return undefined;
    const skew = skewProblem(scheme, subject, target, limit.skew);
    return skew ? { limit, skew } : undefined;
  }
  if (limit.kind === 'requires') {
    const targetScheme = policy.schemes.get(limit.target);
    for (const need of limit.needs) {
      if (!scheme.matches(subject, need.version)) continue;
      if (
        target !== undefined &&
        targetScheme &&
        need.allowed.some((pattern) => targetScheme.matches(target, pattern))
      )
        continue;
      return { limit, allowed: need.allowed };
    }
    return undefined;
  }
  const earlier = policy.schemes.get(limit.target);
  if (target === undefined || !earlier || !earlier.isValid(subject) || !earlier.isValid(target))
    return undefined;
  return earlier.compare(earlier.line(subject), earlier.line(target)) > 0 ? { limit } : undefined;
}

/** The target's cells a subject cell is measured against: its own member's, or, where the target does not run, all. */
function targetsOf(target: Track, member: number): Cell[] {
  const own = target.byMember.get(member);
  return own ? [own] : target.cells;
}

/** Whether a pair of cells stands where a state between base and head can break what the head and base do not. */
function judged(limit: Limit, subject: Cell, target: Cell): boolean {
  const atBase = (!subject.moves || !subject.moved) && (!target.moves || !target.moved);
  if (atBase) return false;
  // The head's own skew and `requires` are skew/components' and order/requires'; a strict order has no other rule.
  if (limit.kind === 'order') return true;
  const atEnd = (!subject.moves || subject.moved) && (!target.moves || target.moved);
  return !atEnd;
}

/** The first state of an order of moves that breaks a limit, walked move by move; undefined when none does. */
function walk(setting: Setting, order: readonly string[]): Breach | undefined {
  for (const track of setting.tracks.values()) for (const cell of track.cells) cell.moved = false;
  for (const name of order) {
    const track = setting.tracks.get(name);
    if (!track?.moves) continue;
    for (const cell of track.cells) {
      if (!cell.moves) continue;
      cell.moved = true;
      const breach = breachAt(setting, track, cell);
      if (breach) return breach;
    }
  }
  return undefined;
}

/** A limit the state breaks right after `cell` of `track` moved, among the pairs the move changed. */
function breachAt(setting: Setting, track: Track, cell: Cell): Breach | undefined {
  for (const [index, limit] of setting.limits.entries()) {
    if (limit.subject === track.name) {
      const target = setting.tracks.get(limit.target);
      if (!target) continue;
      for (const other of targetsOf(target, cell.member)) {
        const found = pairBreach(setting, limit, index, track, cell, cell, other);
        if (found) return found;
      }
    } else if (limit.target === track.name) {
      const subject = setting.tracks.get(limit.subject);
      if (!subject) continue;
      for (const other of subject.cells) {
        if (other.member !== cell.member && track.byMember.has(other.member)) continue;
        const found = pairBreach(setting, limit, index, track, cell, other, cell);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function pairBreach(
  setting: Setting,
  limit: Limit,
  index: number,
  moverTrack: Track,
  mover: Cell,
  subject: Cell,
  target: Cell,
): Breach | undefined {
  if (!judged(limit, subject, target)) return undefined;
  const subjectVersion = subject.moved ? subject.end : subject.base;
  const targetVersion = target.moved ? target.end : target.base;
  const problem = judge(setting, limit, index, subjectVersion, targetVersion);
  if (!problem) return undefined;
  const other = mover === subject ? target : subject;
  return describe(setting, problem, moverTrack, mover, subject, subjectVersion, target, targetVersion, {
    // A strict order broken where the other cell stands at its end is broken by the head itself, in every order.
    always: limit.kind === 'order' && (!other.moves || other.moved),
  });
}

function describe(
  setting: Setting,
  problem: Problem,
  moverTrack: Track,
  mover: Cell,
  subject: Cell,
  subjectVersion: string | undefined,
  target: Cell,
  targetVersion: string | undefined,
  { always }: { always: boolean },
): Breach {
  const { limit } = problem;
  const name = (cell: Cell) => setting.memberNames[cell.member] ?? '';
  // The moved cell is `it`; the other is named, `there` when on the member that moved.
  const where = (cell: Cell) => (cell.member === mover.member ? 'there' : `on ${name(cell)}`);
  const subjectText =
    subject === mover ? 'it' : `${limit.subject} ${subjectVersion ?? '(none)'} ${where(subject)}`;
  const targetText =
    target === mover ? 'it' : `${limit.target} ${targetVersion ?? '(none)'} ${where(target)}`;
  let what: string;
  if (limit.kind === 'skew') {
    const skew = problem.skew as SkewProblem;
    const unit = STEP_UNITS[setting.policy.pack.components[limit.subject]?.versioning.scheme ?? 'semver'];
    const distance = Number.isFinite(skew.steps)
      ? `${skew.steps} ${unit}${skew.steps === 1 ? '' : 's'}`
      : 'a major version';
    what = `${subjectText} is ${distance} ${skew.direction} than ${targetText} (${limit.subject} must be ${describeSkew(limit.skew)})`;
  } else if (limit.kind === 'requires') {
    const runs = targetVersion === undefined ? `no ${limit.target}` : `${limit.target} ${targetVersion}`;
    what = `${subjectText} needs ${limit.target} ${(problem.allowed ?? []).join(' or ')}, but ${name(target)} runs ${runs}`;
  } else {
    what = `${subjectText} is newer than ${targetText}, which the order puts before ${limit.subject}`;
  }
  const moverVersion = mover.end ?? '';
  return {
    component: moverTrack.name,
    member: name(mover),
    from: mover.base ?? null,
    to: moverVersion,
    kind: limit.kind,
    subject: { component: limit.subject, member: name(subject), version: subjectVersion ?? null },
    target: { component: limit.target, member: name(target), version: targetVersion ?? null },
    always,
    text: `once ${moverTrack.name} ${moverVersion} runs on ${name(mover)}, ${what}`,
  };
}

/**
 * The order closest to the pack's in which no state breaks a limit: each next component is the first, in the pack's
 * order, that may move before every component still to move. Undefined when none may at some point.
 */
function closestOrder(setting: Setting, packOrder: readonly string[]): string[] | undefined {
  const movers = packOrder.filter((name) => setting.tracks.get(name)?.moves);
  const before = new Map<string, boolean>();
  const mayPrecede = (first: string, second: string) => {
    const key = `${first}\u0000${second}`;
    let answer = before.get(key);
    if (answer === undefined) {
      answer = !pairwiseBreach(setting, first, second);
      before.set(key, answer);
    }
    return answer;
  };
  const placed: string[] = [];
  const left = [...movers];
  while (left.length > 0) {
    const next = left.findIndex((name) => left.every((other) => other === name || mayPrecede(name, other)));
    if (next < 0) return undefined;
    placed.push(...left.splice(next, 1));
  }
  // Components that move no version keep their place after what the pack puts before them.
  const order = [...placed];
  for (const name of packOrder) {
    if (setting.tracks.get(name)?.moves) continue;
    const rankInPack = packOrder.indexOf(name);
    let at = 0;
    order.forEach((other, i) => {
      if (packOrder.indexOf(other) < rankInPack) at = i + 1;
    });
    order.splice(at, 0, name);
  }
  return order;
}

/** Whether moving all of `first` before any of `second` meets a state that breaks a limit between the two. */
function pairwiseBreach(setting: Setting, first: string, second: string): boolean {
  const a = setting.tracks.get(first);
  const b = setting.tracks.get(second);
  if (!a || !b) return false;
  for (const cell of a.cells) cell.moved = cell.moves;
  for (const cell of b.cells) cell.moved = false;
  for (const [index, limit] of setting.limits.entries()) {
    const forward = limit.subject === first && limit.target === second;
    const backward = limit.subject === second && limit.target === first;
    if (!forward && !backward) continue;
    const subject = forward ? a : b;
    const target = forward ? b : a;
    for (const s of subject.cells) {
      for (const t of targetsOf(target, s.member)) {
        if (!s.moves || !t.moves || !judged(limit, s, t)) continue;
        const problem = judge(setting, limit, index, s.moved ? s.end : s.base, t.moved ? t.end : t.base);
        if (problem) return true;
      }
    }
  }
  return false;
}

/** The components the order moves ahead of one the pack puts before them. */
function aheadOfPack(packOrder: readonly string[], order: readonly string[]): string[] {
  return order.filter((name, i) =>
    order.slice(i + 1).some((later) => packOrder.indexOf(later) < packOrder.indexOf(name)),
  );
}

/** The components that the ones moved ahead now follow, though the pack puts them first. */
function behindOf(
  packOrder: readonly string[],
  order: readonly string[],
  ahead: readonly string[],
): string[] {
  const behind = new Set<string>();
  for (const name of ahead) {
    const at = order.indexOf(name);
    for (const later of order.slice(at + 1))
      if (packOrder.indexOf(later) < packOrder.indexOf(name)) behind.add(later);
  }
  return packOrder.filter((name) => behind.has(name));
}

/**
 * The moves of a change of its own, each to a version between base and head, after which the rest of the change
 * has an order: round by round, a component of the breach (the one left behind first: the controller manager that
 * lags) goes to the highest version between that leaves the first change's head within the limits, until the rest
 * passes. At most one move per component, each among a few versions: bounded, and only when a change fails.
 */
function findSplit(policy: Policy, move: ClusterMove, breach: Breach): SplitMove[] | undefined {
  const packOrder = orderOf(policy.pack, move.components);
  const moves: SplitMove[] = [];
  let middle = move.base;
  let current = breach;
  for (let round = 0; round < move.components.length; round++) {
    const candidates =
      current.subject.component === current.component
        ? [current.target.component, current.subject.component]
        : [current.subject.component, current.target.component];
    let progress: { move: SplitMove; middle: ClusterMove['base']; breach: Breach } | undefined;
    for (const name of candidates) {
      if (moves.some((m) => m.component === name)) continue;
      for (const stop of stopsOf(policy, move, middle, name)) {
        const next = moveTo(policy, move, middle, name, stop);
        const tried = [...moves, { component: name, to: stop }];
        if (
          headBreaks(
            settingOf(policy, { ...move, head: next }),
            tried.map((m) => m.component),
          )
        )
          continue;
        const rest = solve(settingOf(policy, { ...move, base: next }), packOrder);
        if (!rest.breach || rest.order) {
          const first = solve(settingOf(policy, { ...move, head: next }), packOrder);
          if (!first.breach || first.order) return tried;
          continue;
        }
        if (!progress && !rest.breach.always)
          progress = { move: { component: name, to: stop }, middle: next, breach: rest.breach };
      }
    }
    if (!progress) return undefined;
    moves.push(progress.move);
    middle = progress.middle;
    current = progress.breach;
  }
  return undefined;
}

/** The versions a component may stop at between where it stands and its head, highest first, each a jump the pack allows. */
function stopsOf(policy: Policy, move: ClusterMove, middle: ClusterMove['base'], name: string): string[] {
  const scheme = policy.schemes.get(name);
  const track = settingOf(policy, { ...move, base: middle }).tracks.get(name);
  const cell = track?.cells.find((c) => c.moves && c.base !== undefined);
  if (!scheme || !cell?.base || cell.end === undefined) return [];
  const { base: from, end: to } = cell;
  const jump = policy.pack.components[name]?.jump;
  return scheme
    .between(from, to)
    .filter((version) => scheme.compare(version, to) < 0)
    .filter(
      (version) =>
        !jump || (!jumpProblem(scheme, jump, from, version) && !jumpProblem(scheme, jump, version, to)),
    )
    .reverse()
    .slice(0, MAX_SPLIT_STOPS);
}

/** The states with one component moved to `stop` wherever it stands below it and goes past it. */
function moveTo(
  policy: Policy,
  move: ClusterMove,
  middle: ClusterMove['base'],
  name: string,
  stop: string,
): ClusterMove['base'] {
  const scheme = policy.schemes.get(name) as VersionScheme;
  return (component, member) => {
    const state = middle(component, member);
    if (component !== name) return state;
    const from = versionOf(policy, name, state);
    const to = versionOf(policy, name, move.head(name, member));
    if (from === undefined || to === undefined) return state;
    if (scheme.compare(from, stop) >= 0 || scheme.compare(stop, to) >= 0) return state;
    return readAs(policy, name, stop, state);
  };
}

/** A state with the component at another version, written where the pack reads its version from. */
function readAs(
  policy: Policy,
  component: string,
  version: string,
  state: ComponentState | undefined,
): ComponentState {
  const source = policy.pack.components[component]?.versioning.source;
  if (source === 'track') {
    const risk = state?.channel?.split('/').slice(1).join('/') || 'stable';
    return { ...state, channel: `${version}/${risk}` };
  }
  return { ...state, version };
}

/** Whether the head of a change that moves only the `moved` components breaks a limit their moved cells take part in. */
function headBreaks(setting: Setting, moved: string[]): boolean {
  for (const t of setting.tracks.values()) for (const cell of t.cells) cell.moved = cell.moves;
  for (const [index, limit] of setting.limits.entries()) {
    const subject = setting.tracks.get(limit.subject);
    const target = setting.tracks.get(limit.target);
    if (!subject || !target) continue;
    if (!moved.includes(limit.subject) && !moved.includes(limit.target)) continue;
    for (const s of subject.cells) {
      for (const t of targetsOf(target, s.member)) {
        if (!s.moves && !t.moves) continue;
        if (judge(setting, limit, index, s.end, t.end)) return true;
      }
    }
  }
  return false;
}
