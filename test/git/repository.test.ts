// The Repository over git, on a real repository: what the CLI and the action ask of it, with paths git would quote.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRepository } from '../../src/git/repository.js';
import { git, removeWorkspaces, repository, workspace } from '../helpers/cli.js';

afterAll(removeWorkspaces);

describe('gitRepository', () => {
  const top = repository({ 'eu sites/fleet.yaml': 'clusters: []\n', 'policies/p.yaml': 'a: 1\n' });
  const base = git(top, 'rev-parse', 'HEAD').trim();
  git(top, 'update-ref', 'refs/rollgate/unfinished/one', base);
  writeFileSync(path.join(top, 'policies/p.yaml'), 'a: 1\nb: 2\n');
  mkdirSync(path.join(top, 'policies/new dir'));
  writeFileSync(path.join(top, 'policies/new dir/q r.yaml'), 'q: 1\n');
  const sub = gitRepository(path.join(top, 'eu sites'));

  it('names its top and reads a file at a ref, from a subfolder', async () => {
    expect(await sub.root()).toBe(git(top, 'rev-parse', '--show-toplevel').trim());
    expect(await sub.show(base, 'fleet.yaml')).toBe('clusters: []\n');
    expect(await sub.show(base, 'missing.yaml')).toBeUndefined();
  });

  it('resolves refs and lists those under a prefix', async () => {
    expect(await sub.resolve('main')).toBe(base);
    expect(await sub.resolve('no-such-ref')).toBeUndefined();
    expect(await sub.refs('refs/rollgate/unfinished/')).toEqual([
      { ref: 'refs/rollgate/unfinished/one', sha: base },
    ]);
  });

  it('lists changed and untracked files under a path, spaces and all, with the first changed line', async () => {
    const changed = await sub.changed(base, [path.join(top, 'policies')]);
    expect(changed).toEqual(
      expect.arrayContaining([
        { path: 'policies/p.yaml', status: 'edited', line: 2 },
        { path: 'policies/new dir/q r.yaml', status: 'added', line: 1 },
      ]),
    );
    expect(changed).toHaveLength(2);
  });

  it('runs no git until asked, so a directory that is no repository costs nothing', async () => {
    const plain = workspace({});
    const outside = gitRepository(plain);
    expect(await outside.resolve('main')).toBeUndefined();
    await expect(outside.root()).rejects.toThrow();
    rmSync(plain, { recursive: true, force: true });
    expect(gitRepository(path.join(plain, 'gone'))).toBeDefined();
  });
});
