import type { Versioning } from '../types.js';
import type { VersionScheme } from './types.js';

const RELEASE = /^(\d{4})\.([12])$/;

/** A release's place in time: two releases a year, YYYY.1 and YYYY.2. */
function ordinal(version: string): number {
  const match = RELEASE.exec(version);
  if (!match) throw new TypeError(`not a YYYY.N release: ${version}`);
  return Number(match[1]) * 2 + Number(match[2]) - 1;
}

function release(n: number): string {
  return `${Math.floor(n / 2)}.${(n % 2) + 1}`;
}

/** OpenStack's YYYY.N releases, stepped one release at a time; YYYY.1 releases carry the `slurp` tag. */
export function calverScheme(versioning: Versioning): VersionScheme {
  const tags = versioning.tags ?? {};
  return {
    name: 'calver',
    unit: 'release',
    example: '2025.1',
    known: '',
    isRange: () => false,
    inFull: (version) => version,
    isValid: (version) => RELEASE.test(version),
    compare: (a, b) => ordinal(a) - ordinal(b),
    distance: (a, b) => Math.abs(ordinal(b) - ordinal(a)),
    family: () => '',
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) =>
      (tag === 'slurp' && version.endsWith('.1')) || (tags[tag] ?? []).includes(version),
    between: (from, to) => {
      const stops: string[] = [];
      for (let n = ordinal(from) + 1; n <= ordinal(to); n++) stops.push(release(n));
      return stops;
    },
    line: (version) => version,
  };
}
