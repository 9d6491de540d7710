import { type Cluster, endOf, type Freeze, freezeCovers, startOf } from '../manifest/fleet.js';
import { changePath, changeSubject } from './compare-change.js';
import { defineRule } from './types.js';

/** `hold/freeze`: no version changes while a declared freeze covers the cluster. */
export const holdFreeze = defineRule({
  id: 'hold/freeze',
  description: 'Versions change during a declared freeze of their cluster, its wave or the whole fleet.',
  severity: 'error',
  messages: {
    changeDuringFreeze:
      '{{component}} in {{where}} changes ({{from}} -> {{to}}) during the freeze {{scope}}from {{start}} to {{end}}{{reason}}. Merge it after {{end}}.',
  },
  check(context) {
    const now = context.now.getTime();
    const freezes = context.head.fleet.freeze.filter(
      (f) => Date.parse(startOf(f.from)) <= now && now <= Date.parse(endOf(f.to)),
    );
    if (freezes.length === 0) return;
    const clusters = new Map<string, Cluster>();
    for (const cluster of context.head.fleet.clusters)
      if (!clusters.has(cluster.name)) clusters.set(cluster.name, cluster);
    for (const change of context.changes) {
      if (change.to === change.from) continue;
      // A removed cluster is judged by the wave it was in.
      const cluster = clusters.get(change.cluster) ?? context.baseCluster(change.cluster);
      const freeze = freezes.find((f) => freezeCovers(f, cluster ?? { name: change.cluster }));
      if (!freeze) continue;
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        messageId: 'changeDuringFreeze',
        data: {
          component: change.component,
          where: change.member ?? change.cluster,
          from: change.from ?? 'new',
          to: change.to ?? 'removed',
          scope: scopeOf(freeze, cluster?.wave, change.cluster),
          start: freeze.from,
          end: freeze.to,
          reason: freeze.reason ? ` (${freeze.reason})` : '',
        },
      });
    }
  },
});

/** How the message names what the freeze covers: nothing for the whole fleet, else the wave or the cluster. */
function scopeOf(freeze: Freeze, wave: string | undefined, cluster: string): string {
  if (!freeze.waves && !freeze.clusters) return '';
  if (wave !== undefined && freeze.waves?.includes(wave)) return `of wave ${wave} `;
  return `of cluster ${cluster} `;
}
