// The advice when no order passes: moves of a change of its own, to versions between base and head, after which the
// rest of the change has an order.
import type { ComponentState } from '../../manifest/fleet.js';
import type { Policy } from '../pack.js';
import type { VersionScheme } from '../schemes/index.js';
import { jumpProblem } from '../upgrade-path.js';
import { judge, targetsOf } from './limits.js';
import { solve } from './reorder.js';
import { orderOf, type Setting, settingOf, versionOf } from './setting.js';
import type { Breach, ClusterMove, SplitMove } from './types.js';

/** How many intermediate versions of one component a split is looked for among. */
const MAX_SPLIT_STOPS = 8;

/**
 * The moves of a change of its own, each to a version between base and head, after which the rest of the change
 * has an order: round by round, a component of the breach (the one left behind first: the controller manager that
 * lags) goes to the highest version between that leaves the first change's head within the limits, until the rest
 * passes. At most one move per component, each among a few versions: bounded, and only when a change fails.
 */
export function findSplit(policy: Policy, move: ClusterMove, breach: Breach): SplitMove[] | undefined {
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
