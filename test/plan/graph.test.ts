// The plan as a graph: the stages each stage waits for (`needs`), the critical path and the least time, by wave
// lanes (`rollout.parallel`), on the seed's MicroCloud 1 -> 2 upgrade of three-member clusters.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkStages } from '../../src/plan/graph.js';
import { planOnly } from '../../src/plan/index.js';
import type { Plan, Stage } from '../../src/plan/types.js';
import { checkChange, fleetYaml, microcloudUpgrade, repoText } from './helpers.js';

const upgrade = microcloudUpgrade();
const lab = (text: string) => (parse(text) as { clusters: Array<Record<string, unknown>> }).clusters[0];
const BASE = lab(upgrade.base) as Record<string, unknown>;
const HEAD = lab(upgrade.head) as Record<string, unknown>;

/** `count` copies of the seed's three-member cluster, named c1..cN, in `waves` (split evenly) when given. */
function fleet(
  which: Record<string, unknown>,
  count: number,
  options: { waves?: string[]; rollout?: Record<string, unknown> } = {},
): string {
  const clusters = Array.from({ length: count }, (_, index) => {
    const name = `c${index + 1}`;
    const members = (which.members as string[]).map((member) => member.replace('lab', name));
    const waves = options.waves;
    return {
      ...which,
      name,
      members,
      ...(waves ? { wave: waves[Math.floor((index * waves.length) / count)] } : {}),
    };
  });
  return fleetYaml({
    ...(options.waves ? { waves: options.waves } : {}),
    ...(options.rollout ? { rollout: options.rollout } : {}),
    clusters,
  });
}

async function plan(count: number, options: { waves?: string[]; rollout?: Record<string, unknown> } = {}) {
  // With waves, the base has every wave on MicroCloud 1: order/promotion fails the check, which the plan does not read.
  const result = await checkChange(fleet(BASE, count, options), fleet(HEAD, count, options));
  if (!result.ok && !options.waves) throw new Error(result.findings.map((f) => f.message).join(' / '));
  return planOnly({ result, transport: 'ssh {member}' });
}

/** The longest chain of `needs`, walked from the stages themselves (not from the plan's own figure). */
function longestChain(stages: Stage[]): number {
  const depth = new Map<string, number>();
  for (const stage of stages) {
    const needs = stage.needs ?? [];
    for (const need of needs)
      if (!depth.has(need)) throw new Error(`${stage.id} needs ${need}, not before it`);
    depth.set(stage.id, 1 + Math.max(0, ...needs.map((need) => depth.get(need) as number)));
  }
  return Math.max(0, ...depth.values());
}

/** Every stage a stage waits for, directly or not. */
function ancestors(stages: Stage[], id: string): Set<string> {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const seen = new Set<string>();
  const queue = [...(byId.get(id)?.needs ?? [])];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(byId.get(next)?.needs ?? []));
  }
  return seen;
}

describe('a wave of 500 three-member clusters taking MicroCloud 1 -> 2 (all four components move)', () => {
  let parallel: Plan;
  let serial: Plan;
  it('plans 2,000 stages, 40 deep with parallel: 50 (4 stages x 10 clusters a lane)', async () => {
    parallel = await plan(500, { rollout: { parallel: 50 } });
    expect(parallel.stages).toHaveLength(2000);
    expect(new Set(parallel.stages.map((s) => s.component)).size).toBe(4);
    expect(parallel.schedule.criticalPath).toBe(40);
    expect(longestChain(parallel.stages)).toBe(40);
    expect(parallel.schedule.waves).toEqual([
      { wave: null, parallel: 50, maxFailures: 0, clusters: 500, lanes: 50 },
    ]);
  });

  it('keeps the order inside a cluster: each stage waits for the one before it in its cluster', () => {
    const c7 = parallel.stages.filter((stage) => stage.cluster === 'c7');
    expect(c7.map((stage) => stage.component)).toEqual(['microceph', 'microovn', 'lxd', 'microcloud']);
    for (let i = 1; i < c7.length; i++) expect(c7[i]?.needs).toEqual([c7[i - 1]?.id]);
    // c7 is the first of lane 7; c57 the next in that lane and waits for c7's last stage.
    expect(c7[0]?.needs).toEqual([]);
    const c57 = parallel.stages.find((stage) => stage.cluster === 'c57');
    expect(c57?.needs).toEqual([c7[3]?.id]);
  });

  it('is 2,000 deep by default, one stage after another as before', () => {
    // The same stages linked without `rollout:` settings, as a manifest without them plans them.
    const stages = parallel.stages.map((stage) => ({ ...stage, needs: [] as string[] }));
    serial = { ...parallel, stages, schedule: linkStages(stages, {}) };
    expect(serial.schedule.criticalPath).toBe(2000);
    expect(longestChain(serial.stages)).toBe(2000);
    serial.stages.forEach((stage, index) => {
      expect(stage.needs).toEqual(index === 0 ? [] : [serial.stages[index - 1]?.id]);
    });
  });

  it("gives the least time from the pack's step estimates: a fiftieth of the serial one here", () => {
    // A microceph or microovn member: evacuate 300 + refresh 120 + hold 5 + health 10 + read-back 5 + restore 300.
    const [ceph, ovn, lxd, cloud] = serial.stages;
    expect(ceph?.estimate).toBe(3 * 740);
    expect(ovn?.estimate).toBe(3 * 740);
    // lxd goes on all members at once: one member's refresh 120 + hold 5 + health 10 + read-back 5.
    expect(lxd?.estimate).toBe(140);
    // microcloud (no health step): refresh 120 + hold 5 + read-back 5; its last stage adds the pack's `finally`
    // microcloud status (10).
    expect(cloud?.estimate).toBe(3 * 130 + 10);
    // 4,980 s a cluster (83 min): 500 of them one after another take 28.8 days, in 50 lanes 13.8 hours.
    const cluster = 2 * 2220 + 140 + 400;
    expect(serial.schedule.leastSeconds).toBe(500 * cluster);
    expect(parallel.schedule.leastSeconds).toBe(10 * cluster);
    expect(serial.schedule.unestimatedSteps).toBe(0);
  });
});

describe('two waves', () => {
  it('keep every stage of the second after every stage of the first, each wave in its own lanes', async () => {
    const twoWaves = await plan(12, {
      waves: ['staging', 'production'],
      rollout: { parallel: 4, waves: { production: { parallel: 2, maxFailures: 1 } } },
    });
    const { stages } = twoWaves;
    expect(twoWaves.schedule.waves).toEqual([
      { wave: 'staging', parallel: 4, maxFailures: 0, clusters: 6, lanes: 4 },
      { wave: 'production', parallel: 2, maxFailures: 1, clusters: 6, lanes: 2 },
    ]);
    const staging = stages.filter((stage) => stage.wave === 'staging').map((stage) => stage.id);
    for (const stage of stages.filter((s) => s.wave === 'production')) {
      const before = ancestors(stages, stage.id);
      for (const id of staging) expect(before.has(id), `${stage.id} after ${id}`).toBe(true);
    }
    // staging: 6 clusters in 4 lanes, 2 deep, 4 stages each; production: 6 in 2 lanes, 3 deep.
    expect(twoWaves.schedule.criticalPath).toBe(2 * 4 + 3 * 4);
    expect(longestChain(stages)).toBe(20);
  });
});

describe('the preview', () => {
  it('states the critical path and the least time', async () => {
    const { renderPlanPreview } = await import('../../src/plan/preview.js');
    const small = await plan(4, { rollout: { parallel: 2, maxFailures: 1 } });
    const preview = renderPlanPreview(small);
    expect(preview).toContain(
      "**Critical path:** 8 stages deep. **Least time:** 2 h 46 min by the pack's step estimates (approvals not counted). **Lanes:** 4 clusters in 2 lanes, 1 failed cluster tolerated.",
    );
  });

  it('the microcloud pack gives every step an estimate', () => {
    const text = repoText('policies/microcloud.yaml');
    expect(text.match(/- \{ name: /g)?.length).toBe(text.match(/- \{ name: [a-z-]+, estimate: /g)?.length);
  });
});
