// The one way rollgate names a file to a person: relative to where it runs, with forward slashes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPath, toPosix } from '../../src/io/paths.js';

describe('shownPath', () => {
  it.each([
    ['/work/repo', 'fleet.yaml', 'fleet.yaml'],
    ['/work/repo', '/work/repo/sites/eu/fleet.yaml', 'sites/eu/fleet.yaml'],
    ['/work/repo/sites', '../packs/p.yaml', '../packs/p.yaml'],
    ['/work/repo', './a/../b.yaml', 'b.yaml'],
  ])('from %s, %s is %s', (from, file, shown) => {
    expect(shownPath(from, file, 'fallback')).toBe(shown);
  });

  it('gives the fallback for the directory itself', () => {
    expect(shownPath('/work/repo', '.', '.')).toBe('.');
    expect(shownPath('/work/repo', '/work/repo', 'fleet.yaml')).toBe('fleet.yaml');
  });
});

describe('toPosix', () => {
  it("turns the platform's separators into forward slashes", () => {
    expect(toPosix(['a', 'b', 'c.yaml'].join(path.sep))).toBe('a/b/c.yaml');
  });
});
