import path from 'node:path';
import { type CheckResult, check, type PackResolver, type TextFile } from '../check.js';
import { RollgateError } from '../findings.js';
import type { Repository } from '../git/repository.js';
import type { PolicyChange } from '../rules/types.js';
import { readText, requireText } from './files.js';
import { packResolver } from './packs.js';
import { shownPath } from './paths.js';

/** What a check or plan reads: the head, the base, the packs that judge, and the packs the change edits. */
export interface Sources {
  head: TextFile;
  base?: TextFile;
  resolvePack: PackResolver;
  knownPacks: string[];
  policyChanges: Array<PolicyChange & { text?: string }>;
}

/** Options that say where the inputs are. */
export interface SourceOptions {
  cwd: string;
  head: string;
  base?: string;
  baseRef?: string;
  policies: string;
  /** The repository cwd is in, read only with a base ref. */
  repository: Repository;
}

/**
 * Gathers the inputs of a check. With a base ref, the base manifest and the judging packs come from git,
 * so a pack that the change edits does not judge the change.
 */
export async function gatherSources(options: SourceOptions): Promise<Sources> {
  const headPath = path.resolve(options.cwd, options.head);
  const headText = await requireText(headPath, 'head manifest', options.cwd);
  const display = (file: string) => shownPath(options.cwd, file, file);
  const head: TextFile = { file: display(options.head), text: headText };
  const policiesDir = display(options.policies);
  const manifestDir = path.posix.dirname(head.file);
  let base: TextFile | undefined;
  let readPacks: (file: string) => Promise<string | undefined>;
  const policyChanges: Sources['policyChanges'] = [];
  if (options.baseRef !== undefined) {
    const repository = options.repository;
    const sha = await repository.resolve(options.baseRef);
    if (!sha)
      throw new RollgateError(
        `The base ref ${options.baseRef} names no commit in this repository; fetch it first (git fetch origin ${options.baseRef}).`,
      );
    const baseText = await repository.show(sha, headPath);
    if (baseText !== undefined) base = { file: head.file, text: baseText };
    readPacks = (file) => repository.show(sha, path.resolve(options.cwd, file));
    const root = await repository.root();
    const watched = [path.resolve(options.cwd, options.policies)];
    // A pack given as a path in the manifest may live outside the policies directory: watch the manifest's folder's packs too.
    for (const file of packPathsIn(headText)) watched.push(path.resolve(options.cwd, manifestDir, file));
    for (const changed of await repository.changed(sha, watched)) {
      // Packs are YAML files; a README beside them is no pack.
      if (!/\.ya?ml$/.test(changed.path)) continue;
      const file = display(path.join(root, changed.path));
      const text =
        changed.status === 'removed' ? undefined : await readText(path.join(root, changed.path), root);
      policyChanges.push({
        file,
        what: changed.status,
        ...(changed.line !== undefined ? { line: changed.line } : {}),
        ...(text !== undefined ? { text } : {}),
      });
    }
  } else {
    if (options.base !== undefined)
      base = {
        file: display(options.base),
        text: await requireText(path.resolve(options.cwd, options.base), 'base manifest', options.cwd),
      };
    readPacks = (file) => readText(path.resolve(options.cwd, file), options.cwd);
  }
  const { resolve, known } = packResolver(policiesDir, readPacks);
  return { head, ...(base ? { base } : {}), resolvePack: resolve, knownPacks: known, policyChanges };
}

/** Pack paths a manifest may name (`policy: ./packs/x.yaml`), found without parsing, only to widen the git diff. */
function packPathsIn(text: string): string[] {
  return [...text.matchAll(/\bpolicy:\s*["']?([^"'#\s}]+\.ya?ml)/g)].map((m) => m[1] as string);
}

/** Judges what gatherSources gathered: the one place a CLI command or the action calls the core check. */
export function checkSources(sources: Sources, now: Date): Promise<CheckResult> {
  return check({
    head: sources.head,
    ...(sources.base ? { base: sources.base } : {}),
    resolvePack: sources.resolvePack,
    policyChanges: sources.policyChanges,
    knownPacks: sources.knownPacks,
    now,
  });
}
