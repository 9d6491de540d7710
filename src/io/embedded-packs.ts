// The built-in packs the build embeds (scripts/build.mjs): each one's text, and its value as read and validated at
// build time, by pack name. Set as one JSON text, kept at the module's top so it is compiled once, not again when a
// function holding it is first called. The CLI's bundle puts a module in this one's place that reads them from a
// file beside its chunks instead, so a start does not compile them at all.
declare const __ROLLGATE_BUILTIN_PACKS__: string | undefined;

/** A built-in pack as the build embeds it: its text, and its value as JSON. */
export interface EmbeddedPack {
  text: string;
  json: string;
}

const EMBEDDED = typeof __ROLLGATE_BUILTIN_PACKS__ !== 'undefined' ? __ROLLGATE_BUILTIN_PACKS__ : undefined;

/** The embedded packs by name, or undefined when rollgate runs from source (the packs are then read from policies/). */
export function embeddedPacks(): Record<string, EmbeddedPack> | undefined {
  return EMBEDDED === undefined ? undefined : (JSON.parse(EMBEDDED) as Record<string, EmbeddedPack>);
}
