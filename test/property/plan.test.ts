// Properties of the rollout planner over random changes: stages follow the pack's component order and the
// manifest's waves, and every value a job script carries from the manifest is a quoted shell word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check } from '../../src/check.js';
import { RollgateError } from '../../src/findings.js';
import { buildPlan, type PlanBundle } from '../../src/plan/index.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { fleetPair, settings } from './arbitraries.js';

const MICROCLOUD = readFileSync(path.join(REPO_ROOT, 'policies', 'microcloud.yaml'), 'utf8');
const ORDER = ['microceph', 'microovn', 'lxd', 'microcloud'];
const NOW = new Date('2026-11-22T00:00:00Z');

type Value = { clusters: Array<{ name: string; members: Array<string | { name: string }> }> };

/** Names no word of a job script's own text could be: `zq` before every cluster and member name. */
function distinctNames<T>(value: T): T {
  const copy = structuredClone(value) as unknown as Value;
  for (const cluster of copy.clusters) {
    cluster.name = `zq${cluster.name}`;
    cluster.members = cluster.members.map((member) =>
      typeof member === 'string' ? `zq${member}` : { ...member, name: `zq${member.name}` },
    );
  }
  return copy as unknown as T;
}

/** Plans a random change, or says why the planner refused it (which it may only do in words). */
async function planOf(base: unknown, head: unknown, transport?: string): Promise<PlanBundle | undefined> {
  const result = await check({
    head: { file: 'head.yaml', text: stringify(head) },
    base: { file: 'base.yaml', text: stringify(base) },
    resolvePack: () => ({ file: 'policies/microcloud.yaml', text: MICROCLOUD }),
    now: NOW,
  });
  if (result.head.findings.length > 0 || (result.base?.findings.length ?? 0) > 0) return undefined;
  try {
    return buildPlan({ result, ...(transport !== undefined ? { transport } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(RollgateError);
    return undefined;
  }
}

/** The values a plan carries from the manifest into its scripts. */
function manifestValues(bundle: PlanBundle): Set<string> {
  const values = new Set<string>();
  for (const stage of bundle.plan.stages) {
    values.add(stage.cluster);
    if (stage.proxy) values.add(stage.proxy);
    for (const member of stage.members) {
      values.add(member.name);
      for (const pin of [member.from, member.to]) {
        if (pin?.channel) values.add(pin.channel);
        if (pin?.revision !== undefined) values.add(String(pin.revision));
        if (pin?.version) values.add(pin.version);
      }
    }
  }
  return values;
}

/** A script line with every single-quoted word taken out: what bash reads as code. */
function unquoted(line: string): string {
  return line.replace(/'[^']*'/g, ' ');
}

describe('plans of random changes', () => {
  let planned = 0;
  let scripted = 0;

  it('never order a cluster’s components against the pack, nor a later wave before an earlier one', async () => {
    await fc.assert(
      fc.asyncProperty(fleetPair, async ({ base, head }) => {
        const bundle = await planOf(base, head);
        if (!bundle) return;
        planned++;
        const { stages, waves } = bundle.plan;
        const rank = (wave: string | null) => (waves && wave !== null ? waves.indexOf(wave) : 0);
        for (let i = 1; i < stages.length; i++) {
          const [before, after] = [stages[i - 1], stages[i]] as const;
          expect(rank(after?.wave ?? null)).toBeGreaterThanOrEqual(rank(before?.wave ?? null));
        }
        const seen = new Map<string, number>();
        for (const stage of stages) {
          const position = ORDER.indexOf(stage.component);
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeGreaterThan(seen.get(stage.cluster) ?? -1);
          seen.set(stage.cluster, position);
        }
      }),
      settings(),
    );
    // Random changes must reach the planner often enough for the property to mean something.
    expect(planned).toBeGreaterThan(settings().numRuns / 4);
  });

  it('quote every value from the manifest in every job script, whatever the transport', async () => {
    await fc.assert(
      fc.asyncProperty(
        fleetPair,
        fc.constantFrom(
          undefined,
          'ssh {member}',
          'ssh -o BatchMode=yes {member} {command}',
          'env ROLLGATE_HOST={member}',
        ),
        async (pair, transport) => {
          const bundle = await planOf(distinctNames(pair.base), distinctNames(pair.head), transport);
          if (!bundle) return;
          scripted += Object.keys(bundle.jobs).length;
          const values = [...manifestValues(bundle)];
          for (const [id, script] of Object.entries(bundle.jobs)) {
            for (const line of script.split('\n')) {
              if (line.trimStart().startsWith('#')) continue;
              const code = unquoted(line);
              // An odd quote left over would mean a value broke out of its quotes.
              expect(code, `${id}: ${line}`).not.toMatch(/'/);
              for (const value of values)
                expect(code.includes(value), `${id}: ${value} unquoted in: ${line}`).toBe(false);
            }
            if (script.includes('rollgate_run ')) {
              for (const line of script
                .split('\n')
                .filter((l) => l.trimStart().startsWith('rollgate_run '))) {
                expect(line.trim()).toMatch(/^rollgate_run( '(?:[^']|'\\'')*')+$/);
              }
            }
          }
        },
      ),
      settings(),
    );
    expect(scripted).toBeGreaterThan(settings().numRuns / 4);
  });
});
