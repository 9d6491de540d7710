// The fleet schema's validation of a manifest, with a shortcut for a base: the list items it copied from a head that
// passed were validated there, so only the rest are validated again.
import type { Finding } from '../findings.js';
import { passes, validateSchema } from '../schema/validate.js';
import type { SourceFile } from './source.js';

/** A file read before this one, and whether its value passed the fleet schema. */
export interface KnownFleet {
  source: SourceFile;
  passed: boolean;
}

/**
 * The fleet schema's findings on a manifest. When it was read beside a known file that passed, and copied some of its
 * list items from it, the value is first validated without those items: they passed there, and an item's validity
 * depends only on the item and on the one thing the schema's conditions read outside it, how `waves` is written. Any
 * problem sends it to the whole validation, which reports what it finds with its place.
 */
export function validateFleet(source: SourceFile, known?: KnownFleet): Finding[] {
  const pieces = source.pieces;
  const copied = pieces?.copied;
  const value = source.value as Record<string, unknown> | null;
  if (
    pieces &&
    copied &&
    known?.passed &&
    value !== null &&
    typeof value === 'object' &&
    waveMode(value) === waveMode(known.source.value)
  ) {
    const items = value[pieces.key];
    if (Array.isArray(items)) {
      const rest = items.filter((_, index) => !copied.has(index));
      if (passes('fleet', { ...value, [pieces.key]: rest })) return [];
    }
  }
  return validateSchema('fleet', source);
}

/**
 * What the fleet schema's conditions read of a manifest outside its clusters: `waves` a non-empty list (every cluster
 * names a wave), written otherwise (neither condition applies), or absent (no cluster names one).
 */
function waveMode(value: unknown): 'list' | 'other' | 'absent' {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, 'waves')) return 'absent';
  const waves = (value as { waves: unknown }).waves;
  return Array.isArray(waves) && waves.length > 0 ? 'list' : 'other';
}
