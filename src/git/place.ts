import path from 'node:path';
import { realpathNative } from '../io/node-fs.js';
import { toPosix } from '../io/paths.js';
import type { RepositoryPlace } from '../report/types.js';
import type { Repository } from './repository.js';

/**
 * Where a working directory sits in its repository: the top directory git names, and the way down to the directory.
 * Outside a repository, the directory is its own root. Both are resolved through symbolic links, so a checkout
 * reached through one (a /tmp that is a link) gives the same way down as git sees.
 */
export async function placeIn(repository: Repository, cwd: string): Promise<RepositoryPlace> {
  let top: string;
  try {
    top = await repository.root();
  } catch {
    top = cwd;
  }
  const real = (directory: string) => {
    try {
      return realpathNative(directory);
    } catch {
      return path.resolve(directory);
    }
  };
  const [root, here] = [real(top), real(cwd)];
  const directory = toPosix(path.relative(root, here));
  // A directory git puts outside the top it names cannot be: take the working directory as the root then.
  if (directory.startsWith('..') || path.isAbsolute(directory)) return { root: here, directory: '' };
  return { root, directory };
}
