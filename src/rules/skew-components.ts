import { memberState } from '../manifest/fleet.js';
import { describeSkew, skewProblem } from '../policy/skew.js';
import { defineRule } from './types.js';

/** `skew/components`: two components of a cluster stay within the distance the pack allows (kubelet and kube-apiserver). */
export const skewComponents = defineRule({
  id: 'skew/components',
  description: 'Two components of one cluster are further apart than the pack allows.',
  severity: 'error',
  messages: {
    tooNew:
      '{{component}} {{version}} is newer than {{of}} {{ofVersion}} by {{by}} in {{cluster}}; {{component}} must be {{limit}}. Upgrade {{of}} first.',
    tooOld:
      '{{component}} {{version}} is older than {{of}} {{ofVersion}} by {{by}} in {{cluster}}; {{component}} must be {{limit}}. Upgrade {{component}} too.',
  },
  check(context) {
    for (const [name, policy] of Object.entries(context.policy.pack.components)) {
      for (const skew of policy.skew ?? []) {
        const scheme = context.scheme(name);
        if (!scheme) continue;
        for (const cluster of context.head.fleet.clusters) {
          const seen = new Set<string>();
          for (const member of cluster.members) {
            const version = context.versionOf(name, memberState(cluster, member, name));
            const of = context.versionOf(skew.of, memberState(cluster, member, skew.of));
            if (version === undefined || of === undefined) continue;
            const key = `${version}|${of}`;
            if (seen.has(key)) continue;
            seen.add(key);
            // One reading of the skew for the head and for every state between (order/transition).
            const problem = skewProblem(scheme, version, of, skew);
            if (!problem) continue;
            const tooNew = problem.direction === 'newer';
            const steps = problem.steps;
            const overridden = member.overrides?.[name] ? member : undefined;
            context.report({
              path: overridden
                ? ['clusters', cluster.index, 'members', member.index, 'components', name]
                : ['clusters', cluster.index, 'components', name],
              atKey: true,
              cluster: cluster.name,
              component: name,
              ...(overridden ? { member: member.name } : {}),
              messageId: tooNew ? 'tooNew' : 'tooOld',
              data: {
                component: name,
                version,
                of: skew.of,
                ofVersion: of,
                by: Number.isFinite(steps) ? steps : 'a major version',
                cluster: cluster.name,
                limit: describeSkew(skew),
              },
            });
          }
        }
      }
    }
  },
});
