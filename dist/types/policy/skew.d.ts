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
export declare function skewProblem(scheme: VersionScheme, version: string, of: string, skew: ComponentSkew): SkewProblem | undefined;
/** The skew in words: `never newer than kube-apiserver and at most 1 older`. */
export declare function describeSkew(skew: ComponentSkew): string;
