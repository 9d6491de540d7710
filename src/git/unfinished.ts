import { RollgateError } from '../findings.js';
import { type Fleet, loadManifest } from '../manifest/fleet.js';
import type { Repository } from './repository.js';

/** A rollout that started and did not finish: the ref that marks it, its commit, and the fleet it was heading for. */
export interface UnfinishedRollout {
  ref: string;
  sha: string;
  fleet: Fleet;
}

/**
 * The fleets unfinished rollouts were heading for: the manifest at each ref's commit. A commit without the manifest
 * is skipped (that rollout did not touch this fleet); one whose manifest cannot be read ends the run, since its members
 * may then run anything.
 *
 * @param manifest the manifest's path, absolute or relative to the repository's directory
 * @param shown the manifest's name in messages
 */
export async function readUnfinished(
  repository: Repository,
  manifest: string,
  shown: string,
  refs: Array<{ ref: string; sha: string }>,
): Promise<UnfinishedRollout[]> {
  const rollouts: UnfinishedRollout[] = [];
  for (const { ref, sha } of refs) {
    const text = await repository.show(sha, manifest);
    if (text === undefined) continue;
    const loaded = loadManifest(text, `${shown}@${ref}`);
    if (!loaded.fleet || loaded.findings.length > 0) {
      throw new RollgateError(
        `The manifest at the unfinished rollout ref ${ref} could not be read, so rollgate cannot tell what that rollout may have changed.`,
      );
    }
    rollouts.push({ ref, sha, fleet: loaded.fleet });
  }
  return rollouts;
}

/** Resolves refs named by the user to their commits; one sentence for a ref that names none. */
export async function resolveUnfinishedRefs(
  repository: Repository,
  refs: string[],
): Promise<Array<{ ref: string; sha: string }>> {
  const resolved: Array<{ ref: string; sha: string }> = [];
  for (const ref of refs) {
    const sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The unfinished rollout ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`,
      );
    resolved.push({ ref, sha });
  }
  return resolved;
}
