// The search for an order that passes when the pack's does not: pairs of components compared, and the first in the
// pack's order that may go before all the others left goes next.
import { judge, judged, targetsOf } from './limits.js';
import type { Setting } from './setting.js';
import type { Breach } from './types.js';
import { walk } from './walk.js';

/**
 * The pack's order when no state of it breaks a limit (no breach); else that order's first breach, and the closest
 * order that passes when the pack's order is not strict and one exists.
 */
export function solve(setting: Setting, packOrder: string[]): { breach?: Breach; order?: string[] } {
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
export function aheadOfPack(packOrder: readonly string[], order: readonly string[]): string[] {
  return order.filter((name, i) =>
    order.slice(i + 1).some((later) => packOrder.indexOf(later) < packOrder.indexOf(name)),
  );
}

/** The components that the ones moved ahead now follow, though the pack puts them first. */
export function behindOf(
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
