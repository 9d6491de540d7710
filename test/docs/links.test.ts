// The docs hold together: every relative link of README.md and docs/ reaches a file (and, with #anchor, a heading
// there), every docs path a workflow, action.yml or the source names exists, and nothing cites a path outside the
// repository.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fleet.js';
import { filesUnder, githubSlug, headingAnchors, markdownLinks } from './markdown.js';

const DOCS = ['README.md', ...filesUnder(REPO_ROOT, 'docs', ['.md'])];

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** Why a link from a file to a target does not resolve, or undefined when it does. */
function brokenLink(from: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const [pathPart = '', anchor] = target.split('#', 2) as [string, string | undefined];
  const resolved =
    pathPart === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), pathPart));
  if (resolved.startsWith('../') || path.posix.isAbsolute(resolved)) return `${target} leaves the repository`;
  const full = path.join(REPO_ROOT, resolved);
  if (!existsSync(full)) return `${target}: ${resolved} does not exist`;
  if (anchor === undefined) return undefined;
  if (statSync(full).isDirectory() || !resolved.endsWith('.md')) {
    return `${target}: an anchor needs a markdown file`;
  }
  const anchors = headingAnchors(read(resolved));
  return anchors.has(decodeURIComponent(anchor))
    ? undefined
    : `${target}: ${resolved} has no heading with the anchor #${anchor}`;
}

describe('githubSlug', () => {
  it.each([
    ['The GitHub Action', 'the-github-action'],
    ['Upgrade paths: `rollgate path`', 'upgrade-paths-rollgate-path'],
    [
      'Writing the pull request: `rollgate bump` and `rollgate promote`',
      'writing-the-pull-request-rollgate-bump-and-rollgate-promote',
    ],
    ['Resuming a paused or failed rollout', 'resuming-a-paused-or-failed-rollout'],
    ['What made check cheaper than its floor', 'what-made-check-cheaper-than-its-floor'],
    [
      'Five minutes: waves, a store proxy and a promotion',
      'five-minutes-waves-a-store-proxy-and-a-promotion',
    ],
    ['`rules:` and [severities](rules.md)', 'rules-and-severities'],
  ])('slugs %j to %j, as GitHub does', (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });

  it('numbers a repeated heading as GitHub does', () => {
    expect([...headingAnchors('# Tests\n\n## Tests\n\n```\n# Tests\n```\n### Tests\n')]).toEqual([
      'tests',
      'tests-1',
      'tests-2',
    ]);
  });
});

describe('links of README.md and docs/', () => {
  it('finds the docs pages', () => {
    expect(DOCS).toEqual(
      expect.arrayContaining(['README.md', 'docs/README.md', 'docs/action.md', 'docs/rollout.md']),
    );
  });

  it.each(DOCS)('every relative link of %s resolves, anchors included', (file) => {
    const broken = markdownLinks(read(file)).flatMap(({ target, line }) => {
      const why = brokenLink(file, target);
      return why === undefined ? [] : [`${file}:${line}: ${why}`];
    });
    expect(broken).toEqual([]);
  });

  it('reports a link to a missing file, a missing anchor and a way out of the repository', () => {
    expect(brokenLink('docs/cli.md', 'nowhere.md')).toBe('nowhere.md: docs/nowhere.md does not exist');
    expect(brokenLink('docs/cli.md', 'rollout.md#no-such-heading')).toMatch(/has no heading with the anchor/);
    expect(brokenLink('docs/cli.md', '../../shared/seeds/README.md')).toMatch(/leaves the repository/);
    expect(brokenLink('docs/cli.md', 'rollout.md#stages')).toBeUndefined();
  });

  it.each(DOCS)('%s cites no path outside the repository', (file) => {
    expect(read(file)).not.toMatch(/shared\/seeds|\.\.\/shared\b/);
  });
});

/** Every docs/... path a text names, with its anchor when it has one. */
function docsPaths(text: string): string[] {
  return [...text.matchAll(/(?<![\w/.-])docs\/[\w./-]*[\w-](?:#[\w-]+)?/g)].map((match) => match[0]);
}

describe('docs paths named outside the docs', () => {
  const namers = [
    ...filesUnder(REPO_ROOT, '.github/workflows', ['.yml', '.yaml']),
    'action.yml',
    ...filesUnder(REPO_ROOT, 'src', ['.ts']),
    ...filesUnder(REPO_ROOT, 'scripts', ['.mjs', '.ts']),
  ];

  it('finds the docs pages the workflows point at', () => {
    const named = namers.flatMap((file) => docsPaths(read(file)));
    expect(named).toEqual(expect.arrayContaining(['docs/action.md', 'docs/rollout.md']));
  });

  it('every docs path a workflow, action.yml, the source or a script names exists', () => {
    const broken = namers.flatMap((file) =>
      docsPaths(read(file)).flatMap((named) => {
        const why = brokenLink('README.md', named);
        return why === undefined ? [] : [`${file}: ${why}`];
      }),
    );
    expect(broken).toEqual([]);
  });
});
