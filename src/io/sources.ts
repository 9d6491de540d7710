import path from 'node:path';
import {
  type CheckInput,
  type CheckResult,
  check,
  type EditedPacks,
  type PackResolver,
  type TextFile,
} from '../check/index.js';
import { RollgateError } from '../findings.js';
import type { Repository } from '../git/repository.js';
import type { Observed } from '../observe/types.js';
import { ReadBuffer, readText, requireText } from './files.js';
import { packPath, packResolver } from './packs.js';
import { shownPath } from './paths.js';

/** What a check or plan reads: the head, the base, the packs that judge, and the packs the change edits. */
export interface Sources {
  head: TextFile;
  base?: TextFile;
  resolvePack: PackResolver;
  knownPacks: string[];
  /** With a base ref, found once check has parsed the manifests' `policy` values; otherwise none. */
  policyChanges: CheckInput['policyChanges'];
}

/** Options that say where the inputs are. */
export interface SourceOptions {
  cwd: string;
  head: string;
  base?: string;
  baseRef?: string;
  /**
   * A commit to read the head manifest and the edited packs from, instead of the working tree: a pull request's head
   * that is fetched and never checked out (`pull_request_target`). Needs `baseRef`.
   */
  headRef?: string;
  policies: string;
  /** The repository cwd is in, read only with a base ref. */
  repository: Repository;
}

/**
 * Gathers the inputs of a check. With a base ref, the base manifest and the judging packs come from git,
 * so a pack that the change edits does not judge the change.
 */
export async function gatherSources(options: SourceOptions): Promise<Sources> {
  const { repository, cwd } = options;
  const headPath = path.resolve(cwd, options.head);
  const display = (file: string) => shownPath(cwd, file, file);
  const commitOf = async (ref: string, what: string) => {
    const sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The ${what} ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`,
      );
    return sha;
  };
  const headSha = options.headRef !== undefined ? await commitOf(options.headRef, 'head') : undefined;
  // The head and base manifests are read into the same memory, one after the other (files.ts says why).
  const into = new ReadBuffer();
  let headText: string;
  if (headSha !== undefined) {
    const text = await repository.show(headSha, headPath);
    if (text === undefined)
      throw new RollgateError(`The head commit ${headSha} has no manifest ${display(options.head)}.`);
    headText = text;
  } else headText = await requireText(headPath, 'head manifest', cwd, into);
  const head: TextFile = { file: display(options.head), text: headText };
  const policiesDir = display(options.policies);
  let base: TextFile | undefined;
  let readPacks: (file: string) => Promise<string | undefined>;
  let policyChanges: Sources['policyChanges'] = [];
  if (options.baseRef !== undefined) {
    const sha = await commitOf(options.baseRef, 'base');
    const baseText = await repository.show(sha, headPath);
    if (baseText !== undefined) base = { file: head.file, text: baseText };
    readPacks = (file) => repository.show(sha, path.resolve(cwd, file));
    // The packs to watch come from the `policy` values check parsed, not from the text: a key written
    // `"policy":` or `policy: &p ./packs/x.yaml` names a pack all the same.
    policyChanges = async (named) => {
      const watched = [path.resolve(cwd, options.policies)];
      for (const name of new Set([named.head, named.base])) {
        const file = name === undefined ? undefined : packPath(name, path.posix.dirname(head.file));
        if (file !== undefined) watched.push(path.resolve(cwd, file));
      }
      const root = await repository.root();
      const edited: EditedPacks = [];
      for (const changed of await repository.changed(sha, watched, headSha)) {
        // Packs are YAML files; a README beside them is no pack.
        if (!/\.ya?ml$/.test(changed.path)) continue;
        const absolute = path.join(root, changed.path);
        const text =
          changed.status === 'removed'
            ? undefined
            : headSha !== undefined
              ? await repository.show(headSha, absolute)
              : await readText(absolute, root);
        edited.push({
          file: display(absolute),
          what: changed.status,
          ...(changed.line !== undefined ? { line: changed.line } : {}),
          ...(text !== undefined ? { text } : {}),
        });
      }
      return edited;
    };
  } else {
    if (options.headRef !== undefined)
      throw new RollgateError('A head commit is judged against a base commit; give a base ref too.');
    if (options.base !== undefined)
      base = {
        file: display(options.base),
        text: await requireText(path.resolve(cwd, options.base), 'base manifest', cwd, into),
      };
    readPacks = (file) => readText(path.resolve(cwd, file), cwd);
  }
  const { resolve, known } = packResolver(policiesDir, readPacks);
  return { head, ...(base ? { base } : {}), resolvePack: resolve, knownPacks: known, policyChanges };
}

/** Judges what gatherSources gathered: the one place a CLI command or the action calls the core check. */
export function checkSources(
  sources: Sources,
  now: Date,
  strict = false,
  observed?: Observed,
): Promise<CheckResult> {
  return check({
    ...(observed ? { observed } : {}),
    head: sources.head,
    ...(sources.base ? { base: sources.base } : {}),
    resolvePack: sources.resolvePack,
    ...(sources.policyChanges ? { policyChanges: sources.policyChanges } : {}),
    knownPacks: sources.knownPacks,
    now,
    ...(strict ? { strict } : {}),
  });
}
