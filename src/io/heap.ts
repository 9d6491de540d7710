// How far the process's heap may grow between full collections, set for large manifests by the commands that read
// them (check, plan, observe and the action), which own their process; the library never changes it.
import { createRequire } from 'node:module';
import type { Sources } from './sources.js';

/** Manifests of this many characters or more together (a head and base of about 30,000 members) are large. */
export const LARGE_MANIFESTS = 16 * 1024 * 1024;

/**
 * How much V8 lets the heap grow past what its last full collection kept. Left to itself it lets a heap that does
 * little but allocate grow up to four times that: at 100,000 members a plan kept about 120 MB yet peaked at 300 MB,
 * much of it the check's garbage waiting. At 30% it peaks near 230 MB in the same time (docs/performance.md).
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * For large manifests, has V8 collect sooner, trading a few more full collections for a peak close to what the run
 * keeps. Small ones keep V8's defaults and start without loading node:v8. Says whether it set the limit.
 */
export function keepHeapSmallFor(sources: Pick<Sources, 'head' | 'base'>): boolean {
  const length = sources.head.text.length + (sources.base?.text.length ?? 0);
  if (length < LARGE_MANIFESTS) return false;
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
