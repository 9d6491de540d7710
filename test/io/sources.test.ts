// What check and plan read, gathered once for the CLI and the action: from files, or with a base ref from git.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources, gatherSources } from '../../src/io/sources.js';
import { fakeRepository } from '../helpers/fakes.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/microcloud', `${name}.yaml`), 'utf8');
const root = mkdtempSync(path.join(tmpdir(), 'rollgate-io-sources-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cwd = path.join(root, 'sites');
mkdirSync(path.join(cwd, 'policies'), { recursive: true });
writeFileSync(path.join(cwd, 'fleet.yaml'), example('head-pass'));
writeFileSync(path.join(cwd, 'base.yaml'), example('base'));
const pack = readFileSync(path.join(REPO_ROOT, 'policies/microcloud.yaml'), 'utf8');
writeFileSync(path.join(cwd, 'policies', 'microcloud.yaml'), `${pack}\n# edited in the working tree\n`);

describe('gatherSources', () => {
  it('reads the head and --base from files, naming them relative to where rollgate runs', async () => {
    const sources = await gatherSources({
      cwd,
      head: 'fleet.yaml',
      base: path.join(cwd, 'base.yaml'),
      policies: 'policies',
      repository: fakeRepository({ root, commits: {} }),
    });
    expect(sources.head.file).toBe('fleet.yaml');
    expect(sources.base?.file).toBe('base.yaml');
    expect(sources.policyChanges).toEqual([]);
    expect((await sources.resolvePack('microcloud', 'fleet.yaml'))?.file).toBe('policies/microcloud.yaml');
  });

  it('with a base ref, reads the base and the judging packs from git, and lists the packs the change edits', async () => {
    const repository = fakeRepository({
      root,
      commits: { b45e: { 'sites/fleet.yaml': example('base'), 'sites/policies/microcloud.yaml': pack } },
      refs: { main: 'b45e' },
      changed: [{ path: 'sites/policies/microcloud.yaml', status: 'edited', line: 3 }],
    });
    const sources = await gatherSources({
      cwd,
      head: 'fleet.yaml',
      baseRef: 'main',
      policies: 'policies',
      repository,
    });
    expect(sources.base).toEqual({ file: 'fleet.yaml', text: example('base') });
    // The packs to watch come from the policy values the check parses, so the list is asked for with them.
    const listChanges = sources.policyChanges;
    if (typeof listChanges !== 'function')
      throw new Error('gatherSources gave no way to list the edited packs');
    expect(await listChanges({ head: 'microcloud', base: 'microcloud' })).toEqual([
      {
        file: 'policies/microcloud.yaml',
        what: 'edited',
        line: 3,
        text: readFileSync(path.join(cwd, 'policies/microcloud.yaml'), 'utf8'),
      },
    ]);
    const judged = await checkSources(sources, new Date('2026-11-22'));
    expect(judged.changes.length).toBeGreaterThan(0);
    expect(judged.findings.map((f) => f.rule)).toContain('policy/changed');
    expect(repository.calls).toContain('show b45e sites/policies/microcloud.yaml');
  });

  it('says how to fetch a base ref the repository does not have', async () => {
    await expect(
      gatherSources({
        cwd,
        head: 'fleet.yaml',
        baseRef: 'origin/main',
        policies: 'policies',
        repository: fakeRepository({ root, commits: {} }),
      }),
    ).rejects.toThrow(
      'The base ref origin/main names no commit in this repository; fetch it first (git fetch origin origin/main).',
    );
  });

  it('names a missing head manifest', async () => {
    await expect(
      gatherSources({
        cwd,
        head: 'gone.yaml',
        policies: 'policies',
        repository: fakeRepository({ root, commits: {} }),
      }),
    ).rejects.toThrow(/^The head manifest .*gone\.yaml does not exist\.$/);
  });
});
