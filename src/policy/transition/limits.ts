// The pack's limits between two components, and the verdict on one pair of versions against one limit, remembered
// per pack.
import type { Policy } from '../pack.js';
import { sameScheme } from '../schemes/index.js';
import { skewProblem } from '../skew.js';
import type { Pack } from '../types.js';
import type { Cell, Limit, Problem, Setting, Track } from './setting.js';

const limitsByPack = new WeakMap<Pack, Limit[]>();
const verdictsByPack = new WeakMap<Pack, Map<string, Problem | null>>();

/** Past this many, a pack's verdicts are forgotten and met again: a fleet's versions are few, a hostile one's not. */
const MAX_VERDICTS = 10_000;

/** The verdicts met so far on a pack's pairs of versions, shared by every cluster it judges. */
export function verdictsOf(pack: Pack): Map<string, Problem | null> {
  let verdicts = verdictsByPack.get(pack);
  if (!verdicts || verdicts.size > MAX_VERDICTS) {
    verdicts = new Map();
    verdictsByPack.set(pack, verdicts);
  }
  return verdicts;
}

/** The pack's limits between two components, read once per pack. */
export function limitsOf(pack: Pack): Limit[] {
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
  if (!a || !b || !sameScheme(a, b) || a.source !== b.source) return false;
  return JSON.stringify(a.versions ?? []) === JSON.stringify(b.versions ?? []);
}

/** Whether a subject's version keeps a limit against a target's version; the problem when not. */
export function judge(
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
export function targetsOf(target: Track, member: number): Cell[] {
  const own = target.byMember.get(member);
  return own ? [own] : target.cells;
}

/** Whether a pair of cells stands where a state between base and head can break what the head and base do not. */
export function judged(limit: Limit, subject: Cell, target: Cell): boolean {
  const atBase = (!subject.moves || !subject.moved) && (!target.moves || !target.moved);
  if (atBase) return false;
  // The head's own skew and `requires` are skew/components' and order/requires'; a strict order has no other rule.
  if (limit.kind === 'order') return true;
  const atEnd = (!subject.moves || subject.moved) && (!target.moves || target.moved);
  return !atEnd;
}
