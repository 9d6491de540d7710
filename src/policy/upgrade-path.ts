import type { VersionScheme } from './schemes/index.js';
import type { JumpLimit, JumpPolicy } from './types.js';

/**
 * The most versions an upgrade path is searched through. No vendor chains hundreds of upgrades, and a version far
 * in the future (9999.1, 1.999999.0) must not make a check enumerate and search every release up to it.
 */
export const MAX_PATH_STOPS = 256;

/** Whether two versions of one family are further apart than any path rollgate searches. */
export function tooFarToChain(scheme: VersionScheme, from: string, to: string): boolean {
  return scheme.family(from) === scheme.family(to) && scheme.distance(from, to) > MAX_PATH_STOPS;
}

/** The narrowest of the pack's limits that a move matches (by its `from` and `to`), or undefined. */
export function jumpLimit(
  scheme: VersionScheme,
  jump: JumpPolicy,
  from: string,
  to: string,
): JumpLimit | undefined {
  let found: JumpLimit | undefined;
  for (const limit of jump.limits ?? []) {
    if (limit.from !== undefined && !scheme.matches(from, limit.from)) continue;
    if (limit.to !== undefined && !scheme.matches(to, limit.to)) continue;
    if (!found || limit.max < found.max) found = limit;
  }
  return found;
}

/** Why one upgrade step is not allowed, or null when it is. */
export function jumpProblem(
  scheme: VersionScheme,
  jump: JumpPolicy,
  from: string,
  to: string,
): string | null {
  const order = scheme.compare(from, to);
  if (order > 0) return 'downgrade';
  if (order === 0) return null;
  if (scheme.family(from) !== scheme.family(to)) return jump.major === 'forbid' ? 'major' : null;
  // A limit narrows the step and leaves no tag-to-tag exception.
  const limit = jumpLimit(scheme, jump, from, to);
  if (scheme.distance(from, to) <= Math.min(jump.max, limit?.max ?? jump.max)) return null;
  if (
    !limit &&
    jump.skip &&
    !tooFarToChain(scheme, from, to) &&
    scheme.hasTag(from, jump.skip) &&
    scheme.hasTag(to, jump.skip)
  ) {
    const nextTagged = scheme.between(from, to).find((v) => scheme.hasTag(v, jump.skip as string));
    if (nextTagged !== undefined && scheme.compare(nextTagged, to) === 0) return null;
  }
  return 'jump';
}

/**
 * The shortest chain of allowed upgrades from one version to another, both ends included,
 * through the versions the scheme knows; null when there is none, or the ends are too far apart to search.
 */
export function findUpgradePath(
  scheme: VersionScheme,
  jump: JumpPolicy,
  from: string,
  to: string,
): string[] | null {
  if (scheme.compare(from, to) >= 0) return scheme.compare(from, to) === 0 ? [from] : null;
  if (tooFarToChain(scheme, from, to)) return null;
  const stops = [from, ...scheme.between(from, to)];
  if (stops.length > MAX_PATH_STOPS + 1) return null;
  // Breadth-first over the stops, which are in release order: the first time `to` is reached is shortest.
  const previous = new Map<number, number>();
  const queue = [0];
  const seen = new Set([0]);
  while (queue.length > 0) {
    const at = queue.shift() as number;
    for (let next = stops.length - 1; next > at; next--) {
      if (seen.has(next)) continue;
      if (jumpProblem(scheme, jump, stops[at] as string, stops[next] as string) !== null) continue;
      seen.add(next);
      previous.set(next, at);
      if (next === stops.length - 1) {
        const path = [next];
        while (path[0] !== 0) path.unshift(previous.get(path[0] as number) as number);
        return path.map((i) => stops[i] as string);
      }
      queue.push(next);
    }
  }
  return null;
}

/**
 * Why `findUpgradePath` found no path: a limit allows no upgrade out of `from` (`closed`), the ends are further apart
 * than any path is searched (`too-far`), or no chain of allowed steps joins them (`no-chain`).
 */
export function noPathReason(
  scheme: VersionScheme,
  jump: JumpPolicy,
  from: string,
  to: string,
): 'closed' | 'too-far' | 'no-chain' {
  if (jumpLimit(scheme, jump, from, to)?.max === 0) return 'closed';
  return tooFarToChain(scheme, from, to) ? 'too-far' : 'no-chain';
}

/** A limit in words, for messages: `1 minor version at a time to <4.16 ("...")`, or `no upgrade from <4.14 ("...")`. */
export function describeLimit(limit: JumpLimit, unit: string): string {
  const where = [
    ...(limit.from !== undefined ? [`from ${limit.from}`] : []),
    ...(limit.to !== undefined ? [`to ${limit.to}`] : []),
  ].join(' ');
  const steps =
    limit.max === 0 ? 'no upgrade' : `${limit.max} ${unit}${limit.max === 1 ? '' : 's'} at a time`;
  return `${steps}${where ? ` ${where}` : ''} ("${limit.note}")`;
}

/** The largest allowed step in words, for messages. */
export function describeJump(jump: JumpPolicy, unit: string): string {
  const steps = `${jump.max} ${unit}${jump.max === 1 ? '' : 's'}`;
  return jump.skip
    ? `${steps} at a time, or from one ${jump.skip} version to the next`
    : `${steps} at a time`;
}
