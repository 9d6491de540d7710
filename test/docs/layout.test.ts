// The layout docs/development.md describes stays true of src/: every folder is in its layout block, no file is over
// 400 lines, no CLI command imports another, and no code outside src/policy/schemes/ compares a scheme's name. Plain
// text checks, the way `grep` answers them, so they cost nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fleet.js';
import { filesUnder } from './markdown.js';

const MAX_LINES = 400;
const SOURCES = filesUnder(REPO_ROOT, 'src', ['.ts']);
const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** The folders docs/development.md's layout block describes: the entries under `src/` in the fenced block that starts with it. */
function describedFolders(): Set<string> {
  const block = /```\n(src\/\n[\s\S]*?)```/.exec(read('docs/development.md'))?.[1];
  if (!block) throw new Error('docs/development.md has no layout block (a fenced block starting with src/)');
  return new Set([...block.matchAll(/^ {2}(\S+\/)\s/gm)].map((match) => match[1] as string));
}

/** Every folder under src/, as `manifest/` or `policy/schemes/`. */
function sourceFolders(): string[] {
  const folders: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(REPO_ROOT, 'src', relative), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = path.posix.join(relative, entry.name);
      folders.push(`${child}/`);
      walk(child);
    }
  };
  walk('');
  return folders.sort();
}

/** The module specifiers a file imports, statically or with `import()`. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map(
    (match) => match[1] as string,
  );
}

/**
 * Lines that branch on a scheme's name: a name written out ('tracks'), a `scheme` compared (other than with undefined
 * or null), a switch over it, or a table looked up by it.
 */
const SCHEME_NAME_USE = [
  /['"`](?:semver|tracks|calver)['"`]/,
  /\bscheme\s*[!=]==?(?!=)(?!\s*(?:undefined|null)\b)/,
  /[!=]==?\s*[\w.?]*\bscheme\b(?![.(?\w])/,
  /\bswitch\s*\([^)]*\bscheme\s*\)/,
  /\[[\w.?]*\.scheme\]/,
];
/** Where a scheme's name may be named: the schemes themselves, and the SchemeName type. */
const SCHEME_HOME = 'src/policy/schemes/';
const SCHEME_TYPE = /^export type SchemeName = /;

describe("src/'s layout, as docs/development.md describes it", () => {
  it('names every folder of src/ in its layout block', () => {
    const described = describedFolders();
    // A nested folder may have its own entry (`policy/schemes/`) or sit under its parent's.
    const missing = sourceFolders().filter(
      (folder) => !described.has(folder) && !described.has(`${folder.split('/')[0]}/`),
    );
    expect(missing).toEqual([]);
    expect(sourceFolders().length).toBeGreaterThan(5);
  });

  it(`keeps every file under src/ at ${MAX_LINES} lines or fewer`, () => {
    const long = SOURCES.map((file) => [file, read(file).split('\n').length - 1] as const).filter(
      ([, lines]) => lines > MAX_LINES,
    );
    expect(long).toEqual([]);
    expect(SOURCES.length).toBeGreaterThan(50);
  });

  it('has no CLI command module import another command module', () => {
    const commands = SOURCES.filter((file) => /^src\/cli\/[^/]+-command\.ts$/.test(file));
    expect(commands.length).toBeGreaterThan(3);
    const crossings = commands.flatMap((file) =>
      importsOf(read(file))
        .filter((specifier) => /-command(?:\.js)?$/.test(specifier))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(crossings).toEqual([]);
  });

  it('compares no scheme name outside src/policy/schemes/', () => {
    const uses = SOURCES.filter((file) => !file.startsWith(SCHEME_HOME)).flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
        .filter(({ line }) => !SCHEME_TYPE.test(line) && SCHEME_NAME_USE.some((use) => use.test(line)))
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    );
    expect(uses).toEqual([]);
  });

  it('catches the ways a scheme name is branched on', () => {
    const caught = (line: string) => SCHEME_NAME_USE.some((use) => use.test(line));
    expect(caught("if (spec.versioning.scheme === 'tracks') {")).toBe(true);
    expect(caught('if (a.scheme !== b.scheme) return false;')).toBe(true);
    expect(caught('const unit = UNITS[policy.versioning.scheme];')).toBe(true);
    expect(caught('switch (versioning.scheme) {')).toBe(true);
    expect(caught('return scheme !== undefined && scheme.isValid(v);')).toBe(false);
    expect(caught("if ('calver' === component.versioning.scheme) {")).toBe(true);
    expect(caught('if (scheme.family(from) !== scheme.family(to)) return;')).toBe(false);
    expect(caught('const scheme = policy.schemes.get(name);')).toBe(false);
  });
});
