import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { toPosix } from '../io/paths.js';

const run = promisify(execFile);

/** The git work of the action's update mode: a commit that changes one file, pushed to a branch of its own. */
export interface BranchWriter {
  /** The commit the checkout is at. */
  head(): Promise<string>;
  /** A new commit on `parent` in which one file (relative to the repository's top) holds `text`; the work tree is not touched. */
  commitFile(parent: string, file: string, text: string, message: string): Promise<string>;
  /** The file's text on a branch of origin, or undefined when origin has no such branch (or the branch no such file). */
  fileOnBranch(branch: string, file: string): Promise<string | undefined>;
  /** Points a branch of origin at a commit, whatever it pointed at before (the branch is rollgate's own). */
  forcePush(commit: string, branch: string): Promise<void>;
  /** Removes a branch from origin; a branch already gone is no failure. */
  deleteBranch(branch: string): Promise<void>;
  /** The path of a file relative to the repository's top, with forward slashes. */
  relative(file: string): Promise<string>;
}

/** The identity of the commits: GitHub's bot for the workflow token, as actions that open pull requests use. */
const IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * A BranchWriter over the git executable, in a checkout whose origin accepts pushes (actions/checkout keeps the
 * token for it unless told `persist-credentials: false`). Every argument is passed as one argv entry, never
 * through a shell; branch names come from validated wave and component names.
 */
export function gitBranchWriter(directory: string): BranchWriter {
  const git = async (args: string[], env: Record<string, string> = {}) =>
    (await run('git', args, { cwd: directory, env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 }))
      .stdout;
  let top: string | undefined;
  const root = async () => {
    top ??= (await git(['rev-parse', '--show-toplevel'])).trim();
    return top;
  };
  return {
    async head() {
      return (await git(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    },
    async relative(file) {
      return toPosix(path.relative(await root(), path.resolve(directory, file)));
    },
    async commitFile(parent, file, text, message) {
      const scratch = await mkdtemp(path.join(tmpdir(), 'rollgate-commit-'));
      try {
        const content = path.join(scratch, 'content');
        await writeFile(content, text);
        const blob = (await git(['hash-object', '-w', '--', content])).trim();
        // The file keeps its mode (100644, or 100755); a new file is a plain one.
        const listed = (await git(['ls-tree', parent, '--', file])).trim();
        const mode = /^(100644|100755) /.exec(listed)?.[1] ?? '100644';
        const index = { GIT_INDEX_FILE: path.join(scratch, 'index') };
        await git(['read-tree', parent], index);
        await git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${file}`], index);
        const tree = (await git(['write-tree'], index)).trim();
        return (await git(['commit-tree', tree, '-p', parent, '-m', message], IDENTITY)).trim();
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
    async fileOnBranch(branch, file) {
      try {
        await git([
          'fetch',
          '--no-tags',
          '--depth=1',
          'origin',
          `+refs/heads/${branch}:refs/rollgate/fetched/${branch}`,
        ]);
      } catch {
        return undefined;
      }
      try {
        return await git(['show', `refs/rollgate/fetched/${branch}:${file}`]);
      } catch {
        return undefined;
      }
    },
    async forcePush(commit, branch) {
      await git(['push', '--force', '--quiet', 'origin', `${commit}:refs/heads/${branch}`]);
    },
    async deleteBranch(branch) {
      try {
        await git(['push', '--quiet', 'origin', '--delete', `refs/heads/${branch}`]);
      } catch {
        // Gone already, or deleted with its pull request by GitHub's setting.
      }
    },
  };
}
