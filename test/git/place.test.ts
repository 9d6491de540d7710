// Where the working directory sits in its repository, for SARIF's repository-relative paths.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeIn } from '../../src/git/place.js';
import type { Repository } from '../../src/git/repository.js';
import { fakeRepository } from '../helpers/fakes.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'rollgate-git-place-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const root = path.join(scratch, 'repo');
mkdirSync(path.join(root, 'eu sites', 'x'), { recursive: true });

describe('placeIn', () => {
  it('gives the way down from the top git names to the working directory', async () => {
    const repository = fakeRepository({ root, commits: {} });
    expect(await placeIn(repository, path.join(root, 'eu sites', 'x'))).toEqual({
      root,
      directory: 'eu sites/x',
    });
    expect(await placeIn(repository, root)).toEqual({ root, directory: '' });
  });

  it('sees through a link to the checkout, as git does', async () => {
    const link = path.join(scratch, 'link');
    symlinkSync(root, link);
    expect(await placeIn(fakeRepository({ root, commits: {} }), path.join(link, 'eu sites'))).toEqual({
      root,
      directory: 'eu sites',
    });
  });

  it('takes the working directory as the top outside a repository', async () => {
    const outside: Repository = {
      ...fakeRepository({ root, commits: {} }),
      root: () => Promise.reject(new Error('fatal: not a git repository')),
    };
    const cwd = path.join(root, 'eu sites');
    expect(await placeIn(outside, cwd)).toEqual({ root: cwd, directory: '' });
  });
});
