import type { Versioning } from '../types.js';
import type { VersionScheme } from './types.js';

/** An ordered list of named tracks (MicroCeph quincy, reef, squid; LXD 5.0, 5.21, 6), stepped one track at a time. */
export function tracksScheme(versioning: Versioning): VersionScheme {
  const tracks = versioning.versions ?? [];
  const index = new Map(tracks.map((track, i) => [track, i]));
  const position = (track: string): number => {
    const i = index.get(track);
    if (i === undefined) throw new TypeError(`unknown track: ${track}`);
    return i;
  };
  const tags = versioning.tags ?? {};
  const families = versioning.families ?? {};
  return {
    name: 'tracks',
    unit: 'track',
    example: '1.0.0',
    known: ` It knows ${tracks.join(', ')}.`,
    isRange: () => false,
    inFull: (version) => version,
    isValid: (version) => index.has(version),
    compare: (a, b) => position(a) - position(b),
    distance: (a, b) => Math.abs(position(b) - position(a)),
    family: (version) => (Object.hasOwn(families, version) ? (families[version] ?? '') : ''),
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => (tags[tag] ?? []).includes(version),
    between: (from, to) => tracks.slice(position(from) + 1, position(to) + 1),
    line: (version) => version,
  };
}
