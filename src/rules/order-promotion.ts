import { describeState, sameRun } from '../manifest/fleet.js';
import { defineRule } from './types.js';

/** `order/promotion`: a later wave takes only what every earlier wave already runs in the base. */
export const orderPromotion = defineRule({
  id: 'order/promotion',
  description: 'A cluster moves to a version that the clusters of an earlier wave do not already run in the base.',
  severity: 'error',
  check(context) {
    const waves = context.head.fleet.waves;
    const base = context.base;
    if (!waves || !base) return;
    const waveOf = new Map(context.head.fleet.clusters.map((c) => [c.name, c.wave]));
    for (const change of context.changes) {
      if (change.member || !change.toState) continue;
      const wave = waveOf.get(change.cluster);
      const rank = wave === undefined ? -1 : waves.indexOf(wave);
      if (rank <= 0) continue;
      const earlier = new Set(waves.slice(0, rank));
      const behind: string[] = [];
      for (const cluster of base.fleet.clusters) {
        if (cluster.wave === undefined || !earlier.has(cluster.wave)) continue;
        const state = cluster.components[change.component];
        if (state === undefined) continue;
        if (!sameRun(state, change.toState)) behind.push(`${cluster.name} (${cluster.wave}) runs ${describeState(state)}`);
      }
      if (behind.length === 0) continue;
      const cluster = context.head.fleet.clusters.find((c) => c.name === change.cluster);
      if (!cluster) continue;
      context.report({
        path: ['clusters', cluster.index, 'components', change.component],
        atKey: true,
        cluster: change.cluster,
        component: change.component,
        message: `${change.cluster} (${wave}) moves ${change.component} to ${change.to}, which the earlier waves do not run yet: ${behind.slice(0, 5).join('; ')}${behind.length > 5 ? `; and ${behind.length - 5} more` : ''}. Roll it out there first, then promote.`,
      });
    }
  },
});
