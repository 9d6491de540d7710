import type { VersionScheme } from './schemes/index.js';
import type { ComponentSkew } from './types.js';

/** How a version sits outside a component skew: newer or older than the other component by `steps` (Infinity: another major). */
export interface SkewProblem {
  direction: 'newer' | 'older';
  steps: number;
}

/**
 * Whether `version` of a component keeps the pack's skew against `of`, the version of the component it is measured
 * against, both read by the component's scheme; the problem when not. The one reading of `skew` that
 * `skew/components` (the head) and `order/transition` (every state between base and head) share.
 */
export function skewProblem(
  scheme: VersionScheme,
  version: string,
  of: string,
  skew: ComponentSkew,
): SkewProblem | undefined {
  if (!scheme.isValid(version) || !scheme.isValid(of)) return undefined;
  const order = scheme.compare(version, of);
  if (order === 0) return undefined;
  const steps =
    scheme.family(version) === scheme.family(of) ? scheme.distance(version, of) : Number.POSITIVE_INFINITY;
  if (order > 0) return steps > skew.newer ? { direction: 'newer', steps } : undefined;
  if (steps <= skew.older) return undefined;
  // A skip-level release line (OpenStack's SLURP): the previous tagged version may run beside the next one.
  if (
    skew.skip &&
    Number.isFinite(steps) &&
    scheme.hasTag(version, skew.skip) &&
    scheme.hasTag(of, skew.skip)
  ) {
    const nextTagged = scheme.between(version, of).find((v) => scheme.hasTag(v, skew.skip as string));
    if (nextTagged !== undefined && scheme.compare(nextTagged, of) === 0) return undefined;
  }
  return { direction: 'older', steps };
}

/** The skew in words: `never newer than kube-apiserver and at most 1 older`. */
export function describeSkew(skew: ComponentSkew): string {
  const bound =
    skew.newer === 0 ? `never newer than ${skew.of}` : `at most ${skew.newer} newer than ${skew.of}`;
  const skip = skew.skip ? `, or on the ${skew.skip} version before ${skew.of}'s` : '';
  return `${bound} and at most ${skew.older} older${skip}`;
}
