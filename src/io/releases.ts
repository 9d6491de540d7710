import type { DatasourceSettings, Release } from '../datasource/index.js';
import { createDatasource } from '../datasource/index.js';
import type { Lookup } from '../edit/update.js';
import { RollgateError } from '../findings.js';
import type { Fleet } from '../manifest/fleet.js';
import { type Policy, loadPack as parsePack } from '../policy/pack.js';
import { workingTreePacks } from './packs.js';

/**
 * The pack a manifest names, as check finds it (a path relative to the manifest, the policies folder, then the
 * built-in packs); one sentence when there is none or it is broken.
 */
export async function manifestPolicy(
  cwd: string,
  fleet: Fleet,
  manifest: string,
  policies: string,
): Promise<Policy> {
  const { resolve, known, policiesDir } = workingTreePacks(cwd, policies);
  const found = await resolve(fleet.policy, manifest);
  if (!found)
    throw new RollgateError(
      `${manifest} names the pack ${JSON.stringify(fleet.policy)}, which is neither in ${policiesDir}/ nor among rollgate's packs (${known.join(', ')}).`,
    );
  const { policy, findings } = parsePack(found.text, found.file);
  const first = findings[0];
  if (!policy)
    throw new RollgateError(
      `The policy pack ${found.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : '.'}`,
    );
  return policy;
}

/** Each component's releases from its datasource, all asked at once; the first store that fails ends the run. */
export async function lookUpReleases(
  lookups: Lookup[],
  settings: DatasourceSettings,
): Promise<Map<string, Release[]>> {
  const answers = await Promise.allSettled(
    lookups.map((lookup) => createDatasource(lookup.datasource, settings).releases(lookup.component)),
  );
  const releases = new Map<string, Release[]>();
  for (const [index, answer] of answers.entries()) {
    if (answer.status === 'rejected') throw answer.reason;
    releases.set((lookups[index] as Lookup).component, answer.value);
  }
  return releases;
}
