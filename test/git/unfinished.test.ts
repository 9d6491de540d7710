// Unfinished rollouts, read once for the CLI (--unfinished-ref) and the action (refs under a prefix).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUnfinished, resolveUnfinishedRefs } from '../../src/git/unfinished.js';
import { fakeRepository } from '../helpers/fakes.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/microcloud', `${name}.yaml`), 'utf8');

describe('readUnfinished', () => {
  const repository = fakeRepository({
    root: '/repo',
    commits: {
      a1: { 'fleet.yaml': example('head-pass') },
      b2: { 'other.yaml': 'not this fleet' },
      c3: { 'fleet.yaml': 'clusters: [' },
    },
  });

  it('reads the fleet each rollout was heading for, and skips a commit without the manifest', async () => {
    const rollouts = await readUnfinished(repository, '/repo/fleet.yaml', 'fleet.yaml', [
      { ref: 'refs/rollgate/unfinished/a1', sha: 'a1' },
      { ref: 'refs/rollgate/unfinished/b2', sha: 'b2' },
    ]);
    expect(rollouts.map(({ ref, sha }) => ({ ref, sha }))).toEqual([
      { ref: 'refs/rollgate/unfinished/a1', sha: 'a1' },
    ]);
    expect(rollouts[0]?.fleet.clusters.map((cluster) => cluster.name)).toEqual(['lab']);
  });

  it('ends the run when a manifest there cannot be read: its members may run anything', async () => {
    await expect(
      readUnfinished(repository, '/repo/fleet.yaml', 'fleet.yaml', [{ ref: 'refs/x', sha: 'c3' }]),
    ).rejects.toThrow(
      'The manifest at the unfinished rollout ref refs/x could not be read, so rollgate cannot tell what that rollout may have changed.',
    );
  });
});

describe('resolveUnfinishedRefs', () => {
  it('resolves each ref, and says how to fetch one that names no commit', async () => {
    const repository = fakeRepository({ root: '/repo', commits: { a1: {} }, refs: { 'refs/u/1': 'a1' } });
    expect(await resolveUnfinishedRefs(repository, ['refs/u/1'])).toEqual([{ ref: 'refs/u/1', sha: 'a1' }]);
    await expect(resolveUnfinishedRefs(repository, ['refs/u/1', 'refs/u/2'])).rejects.toThrow(
      'The unfinished rollout ref refs/u/2 names no commit in this repository; fetch it first (git fetch origin refs/u/2).',
    );
  });
});
