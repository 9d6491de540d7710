// What differs by version scheme lives on the scheme (src/policy/schemes/): its name and step unit for messages, an
// example for the starter manifest, the versions it knows in words, the ranges it reads and a version written in
// full. Callers ask the scheme; none branches on its name (test/docs/layout.test.ts guards that).
import { describe, expect, it } from 'vitest';
import { createScheme, sameScheme } from '../../src/policy/schemes/index.js';
import type { Versioning } from '../../src/policy/types.js';

const semverVersioning: Versioning = {
  scheme: 'semver',
  source: 'version',
  versions: ['4.14', '4.15', '4.16'],
};
const tracksVersioning: Versioning = {
  scheme: 'tracks',
  source: 'track',
  versions: ['quincy', 'reef', 'squid'],
};
const calverVersioning: Versioning = { scheme: 'calver', source: 'version' };
const semver = createScheme(semverVersioning);
const tracks = createScheme(tracksVersioning);
const calver = createScheme(calverVersioning);

describe('what each scheme knows of itself', () => {
  it.each([
    ['semver', semver, 'minor version'],
    ['tracks', tracks, 'track'],
    ['calver', calver, 'release'],
  ] as const)('%s names itself and the unit of one step', (name, scheme, unit) => {
    expect(scheme.name).toBe(name);
    expect(scheme.unit).toBe(unit);
  });

  it('gives the starter manifest an example version of its form where it reads one', () => {
    expect(semver.example).toBe('1.0.0');
    expect(semver.isValid(semver.example)).toBe(true);
    expect(calver.example).toBe('2025.1');
    expect(calver.isValid(calver.example)).toBe(true);
  });

  it('tracks name the versions they know for a message; the others read any version of their form', () => {
    expect(tracks.known).toBe(' It knows quincy, reef, squid.');
    expect(semver.known).toBe('');
    expect(calver.known).toBe('');
  });

  it.each([
    ['semver', semver, '<4.14', true],
    ['semver', semver, '>=1.2 <1.4', true],
    ['semver', semver, '4.x', true],
    ['semver', semver, 'latest', false],
    ['tracks', tracks, '<reef', false],
    ['calver', calver, '<2025.1', false],
  ] as const)('%s reads %s as a range: %s', (_name, scheme, pattern, range) => {
    expect(scheme.isRange(pattern)).toBe(range);
  });

  it('writes a semver version in full (4.16 as 4.16.0) and leaves tracks and releases as they are', () => {
    expect(semver.inFull('4.16')).toBe('4.16.0');
    expect(semver.inFull('4.16.2')).toBe('4.16.2');
    expect(tracks.inFull('reef')).toBe('reef');
    expect(calver.inFull('2025.1')).toBe('2025.1');
  });

  it('tells whether two components are read by one scheme', () => {
    expect(sameScheme(semverVersioning, { scheme: 'semver', source: 'track' })).toBe(true);
    expect(sameScheme(semverVersioning, tracksVersioning)).toBe(false);
    expect(sameScheme(tracksVersioning, calverVersioning)).toBe(false);
  });
});
