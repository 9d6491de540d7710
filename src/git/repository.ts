import path from 'node:path';
import type { SimpleGit } from 'simple-git';
import { RollgateError } from '../findings.js';
import { toPosix } from '../io/paths.js';

/** A changed file between a ref and the working tree. */
export interface ChangedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  status: 'added' | 'edited' | 'removed' | 'renamed';
  /** The first line the change touches in the working tree's version. */
  line?: number;
}

/** The git operations rollgate needs, behind an interface so the callers can be tested with a fake. */
export interface Repository {
  /** The repository's top directory. */
  root(): Promise<string>;
  /**
   * A file's text at a ref, or undefined when the ref has no such file. A symbolic link there throws a sentence that
   * names the file, never its target: git would give the target's path as the file's text.
   */
  show(ref: string, file: string): Promise<string | undefined>;
  /**
   * Whether the commit is present; fetches it by SHA from origin when not (a shallow checkout), then, when that
   * fails and a ref is given, that ref (a fork's pull request head is fetched as `refs/pull/<n>/head`). Only objects
   * are fetched: nothing is checked out.
   */
  ensureCommit(sha: string, ref?: string): Promise<boolean>;
  /**
   * The files under some paths that differ between a ref and the working tree, or another commit when `to` is given.
   * Paths are taken literally: a `*` in one is a character, never a glob.
   */
  changed(ref: string, paths: string[], to?: string): Promise<ChangedFile[]>;
  /** The commit a ref names, or undefined. */
  resolve(ref: string): Promise<string | undefined>;
  /** The refs under a prefix (`refs/rollgate/unfinished/`) and their commits, in name order. */
  refs(prefix: string): Promise<Array<{ ref: string; sha: string }>>;
}

/**
 * A Repository over the git executable, through simple-git. Nothing runs until a method is called, so an entry
 * point may make one for every run, also where there is no repository (`rollgate check --base` outside a clone).
 */
export function gitRepository(directory: string): Repository {
  let client: Promise<SimpleGit> | undefined;
  // simple-git checks at construction that the directory exists; only a run that uses git should fail on that.
  // It is imported then too, so a run that reads no ref never loads it, nor the modules it loads.
  const started = () =>
    (client ??= import('simple-git').then(({ simpleGit }) =>
      simpleGit({ baseDir: directory, maxConcurrentProcesses: 4, trimmed: false }),
    ));
  const calls = {
    revparse: async (args: string[]) => (await started()).revparse(args),
    show: async (args: string[]) => (await started()).show(args),
    raw: async (args: string[]) => (await started()).raw(args),
  };
  const git = () => calls;
  let top: Promise<string> | undefined;
  const root = () => {
    top ??= git()
      .revparse(['--show-toplevel'])
      .then((out) => out.trim());
    return top;
  };
  const relative = async (file: string) =>
    toPosix(path.relative(await root(), path.resolve(directory, file)));
  return {
    root,
    async show(ref, file) {
      const inRepository = await relative(file);
      let entry: string;
      try {
        // ls-tree takes paths literally (no globs) and says the entry's mode: a link is 120000, a file 100644/100755.
        entry = await git().raw(['ls-tree', '-z', '--full-tree', ref, '--', inRepository]);
      } catch {
        return undefined;
      }
      const mode = entry.slice(0, entry.indexOf(' '));
      if (mode === '120000')
        throw new RollgateError(
          `${inRepository} is a symbolic link at ${ref}; rollgate reads only regular files, so a link in the repository cannot make it read a file elsewhere.`,
        );
      if (!mode.startsWith('100')) return undefined;
      try {
        return await git().show([`${ref}:${inRepository}`]);
      } catch {
        return undefined;
      }
    },
    async resolve(ref) {
      try {
        return (await git().revparse(['--verify', '--quiet', `${ref}^{commit}`])).trim() || undefined;
      } catch {
        return undefined;
      }
    },
    async refs(prefix) {
      // for-each-ref matches a pattern from the start up to a slash; `--` keeps a pattern from being read as an option.
      const out = await git().raw([
        'for-each-ref',
        '--format=%(objectname) %(refname)',
        '--',
        prefix.replace(/\/+$/, ''),
      ]);
      return out
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const [sha = '', ref = ''] = line.split(' ');
          return { sha, ref };
        });
    },
    async ensureCommit(sha, ref) {
      const present = async () => {
        try {
          await git().raw(['cat-file', '-e', `${sha}^{commit}`]);
          return true;
        } catch {
          return false;
        }
      };
      if (await present()) return true;
      for (const wanted of ref === undefined ? [sha] : [sha, ref]) {
        try {
          await git().raw(['fetch', '--no-tags', '--depth=1', 'origin', wanted]);
        } catch {
          continue;
        }
        if (await present()) return true;
      }
      return false;
    },
    async changed(ref, paths, to) {
      // Pathspecs are relative to the directory git runs in; these are relative to the top, so say so. `literal`:
      // a path from a manifest reaches git as that path, never as a glob. A path outside the repository has no diff.
      const relativePaths = (await Promise.all(paths.map(relative)))
        .filter((file) => file !== '..' && !file.startsWith('../') && !path.isAbsolute(file))
        .map((file) => `:(top,literal)${file}`);
      if (relativePaths.length === 0) return [];
      const commits = to === undefined ? [ref] : [ref, to];
      // -z: paths come as they are, not C-quoted, whatever characters they hold.
      const fields = (
        await git().raw(['diff', '--name-status', '-z', '-M', ...commits, '--', ...relativePaths])
      )
        .split('\0')
        .filter((field) => field !== '');
      const files: ChangedFile[] = [];
      const firstChangedLine = async (file: string) => {
        const diff = await git().raw(['diff', '-U0', ...commits, '--', `:(top,literal)${file}`]);
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/m.exec(diff);
        return hunk ? Math.max(1, Number(hunk[1])) : undefined;
      };
      for (let at = 0; at < fields.length; ) {
        const code = fields[at++] ?? '';
        const status = code.startsWith('A')
          ? 'added'
          : code.startsWith('D')
            ? 'removed'
            : code.startsWith('R')
              ? 'renamed'
              : 'edited';
        // A rename or copy names the old path, then the new one.
        if (code.startsWith('R') || code.startsWith('C')) at++;
        const file = fields[at++] ?? '';
        const changedLine = status === 'removed' ? undefined : await firstChangedLine(file);
        files.push({ path: file, status, ...(changedLine !== undefined ? { line: changedLine } : {}) });
      }
      // Between two commits, nothing is untracked.
      if (to !== undefined) return files;
      // A file git does not track yet is new to the change all the same (a pack written but not yet added).
      const untracked = await git().raw([
        'ls-files',
        '--others',
        '--exclude-standard',
        '-z',
        '--full-name',
        '--',
        ...relativePaths,
      ]);
      const known = new Set(files.map((file) => file.path));
      for (const file of untracked.split('\0')) {
        if (file !== '' && !known.has(file)) files.push({ path: file, status: 'added', line: 1 });
      }
      return files;
    },
  };
}
