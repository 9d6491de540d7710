import { type Cluster, type ComponentState, describeState } from '../manifest/fleet.js';
import { defineRule } from './types.js';

/** `order/promotion`: a later wave takes only what every earlier wave already runs in the base. */
export const orderPromotion = defineRule({
  id: 'order/promotion',
  description:
    'A cluster moves to a version that the clusters of an earlier wave do not already run in the base.',
  severity: 'error',
  messages: {
    aheadOfEarlierWaves:
      '{{cluster}} ({{wave}}) moves {{component}} to {{to}}, which the earlier waves do not run yet: {{behind}}. Roll it out there first, then promote.',
  },
  check(context) {
    const waves = context.head.fleet.waves;
    const base = context.base;
    if (!waves || !base) return;
    const headClusters = new Map(context.head.fleet.clusters.map((c) => [c.name, c]));
    // What the earlier waves run, per component and wave rank, worked out once: a fleet of thousands of
    // clusters must not compare every change with every cluster.
    const earlierRuns = new Map<
      string,
      { runs: Array<{ key: string; cluster: Cluster; state: ComponentState }>; counts: Map<string, number> }
    >();
    const runsBefore = (component: string, rank: number) => {
      const id = `${rank}\u0000${component}`;
      let found = earlierRuns.get(id);
      if (found) return found;
      const earlier = new Set(waves.slice(0, rank));
      found = { runs: [], counts: new Map() };
      for (const cluster of base.fleet.clusters) {
        if (cluster.wave === undefined || !earlier.has(cluster.wave)) continue;
        const state = cluster.components[component];
        if (state === undefined) continue;
        const key = runKey(state);
        found.runs.push({ key, cluster, state });
        found.counts.set(key, (found.counts.get(key) ?? 0) + 1);
      }
      earlierRuns.set(id, found);
      return found;
    };
    for (const change of context.changes) {
      if (change.member || !change.toState) continue;
      const cluster = headClusters.get(change.cluster);
      const wave = cluster?.wave;
      const rank = wave === undefined ? -1 : waves.indexOf(wave);
      if (!cluster || rank <= 0) continue;
      const { runs, counts } = runsBefore(change.component, rank);
      const target = runKey(change.toState);
      const behindCount = runs.length - (counts.get(target) ?? 0);
      if (behindCount === 0) continue;
      const behind: string[] = [];
      for (const run of runs) {
        if (behind.length === 5) break;
        if (run.key !== target)
          behind.push(`${run.cluster.name} (${run.cluster.wave}) runs ${describeState(run.state)}`);
      }
      context.report({
        path: ['clusters', cluster.index, 'components', change.component],
        atKey: true,
        cluster: change.cluster,
        component: change.component,
        messageId: 'aheadOfEarlierWaves',
        data: {
          cluster: change.cluster,
          wave: wave ?? '',
          component: change.component,
          to: change.to ?? '',
          behind: `${behind.join('; ')}${behindCount > 5 ? `; and ${behindCount - 5} more` : ''}`,
        },
      });
    }
  },
});

/** What `sameRun` compares, as one string: each part marked by whether it is written, so no two runs share one. */
function runKey(state: ComponentState): string {
  const part = (value: string | number | undefined) => (value === undefined ? '-' : `+${value}`);
  return `${part(state.version)}\u0000${part(state.channel)}\u0000${part(state.revision)}`;
}
