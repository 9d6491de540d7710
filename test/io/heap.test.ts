// Which runs have V8 keep the heap small (src/io/heap.ts): large manifests only; small ones start as before,
// without loading node:v8 (test/cli/start-up.test.ts guards what a small check loads).
import { describe, expect, it } from 'vitest';
import { keepHeapSmallFor, LARGE_MANIFESTS } from '../../src/io/heap.js';

const text = (length: number) => ({ file: 'fleet.yaml', text: ' '.repeat(length) });

describe('keepHeapSmallFor', () => {
  it('leaves V8 as it is for manifests under the limit together', () => {
    expect(keepHeapSmallFor({ head: text(1000) })).toBe(false);
    expect(keepHeapSmallFor({ head: text(LARGE_MANIFESTS / 2 - 1), base: text(LARGE_MANIFESTS / 2) })).toBe(
      false,
    );
  });

  it('sets the limit once head and base together reach it, or a head alone does', () => {
    expect(keepHeapSmallFor({ head: text(LARGE_MANIFESTS / 2), base: text(LARGE_MANIFESTS / 2) })).toBe(true);
    expect(keepHeapSmallFor({ head: text(LARGE_MANIFESTS) })).toBe(true);
  });
});
