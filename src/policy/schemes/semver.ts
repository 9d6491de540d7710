import semver from 'semver';
import { ownString } from '../../manifest/copy.js';
import type { Versioning } from '../types.js';
import type { VersionScheme } from './types.js';

/** What a semver range may hold: digits, dots, wildcards, comparators, tildes, carets, bars, hyphens and spaces. */
const RANGE = /^[\d.xX*<>=~^|\s-]+$/;

const cache = new Map<string, semver.SemVer | null>();

/** Reads 4.14, 4.14.3 and 3.6 alike; null when the text is no version. */
function read(text: string): semver.SemVer | null {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    // Kept for the process (the parsed version keeps its text), so a string of its own, not a view of a manifest.
    const version = ownString(text);
    parsed = /^v?\d+(\.\d+){0,2}([-+].*)?$/.test(version)
      ? (semver.parse(version, { loose: true }) ?? semver.coerce(version, { includePrerelease: true }))
      : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(version, parsed);
  }
  return parsed;
}

function must(version: string): semver.SemVer {
  const parsed = read(version);
  if (!parsed) throw new TypeError(`not a semantic version: ${version}`);
  return parsed;
}

/** Semantic versions, stepped by minor version inside one major (MicroShift 4.Y, etcd 3.Y, Kubernetes 1.Y). */
export function semverScheme(versioning: Versioning): VersionScheme {
  const known = [...(versioning.versions ?? [])]
    .filter((v) => read(v))
    .sort((a, b) => semver.compare(must(a), must(b)));
  const tags = versioning.tags ?? {};
  const scheme: VersionScheme = {
    name: 'semver',
    unit: 'minor version',
    example: '1.0.0',
    known: '',
    isRange: (pattern) => RANGE.test(pattern),
    inFull: (version) => (/^\d+\.\d+$/.test(version) ? `${version}.0` : version),
    isValid: (version) => read(version) !== null,
    compare: (a, b) => semver.compare(must(a), must(b)),
    distance: (a, b) =>
      Math.abs(must(b).minor - must(a).minor) + 1000 * Math.abs(must(b).major - must(a).major),
    family: (version) => String(must(version).major),
    matches: (version, pattern) => {
      if (version === pattern) return true;
      const parsed = read(version);
      if (!parsed) return false;
      try {
        return semver.satisfies(parsed, pattern, { includePrerelease: true });
      } catch {
        return false;
      }
    },
    hasTag: (version, tag) => (tags[tag] ?? []).some((pattern) => scheme.matches(version, pattern)),
    between: (from, to) => {
      const low = must(from);
      const high = must(to);
      const stops = known.filter((v) => semver.gt(must(v), low) && semver.lte(must(v), high));
      if (stops.length > 0) {
        if (!stops.includes(to)) stops.push(to);
        return stops;
      }
      const lines: string[] = [];
      if (low.major === high.major) {
        for (let minor = low.minor + 1; minor < high.minor; minor++) lines.push(`${low.major}.${minor}`);
      }
      lines.push(to);
      return lines;
    },
    line: (version) => {
      const parsed = must(version);
      return `${parsed.major}.${parsed.minor}`;
    },
  };
  return scheme;
}
