import { describeState, manifestPaths, memberState } from '../manifest/fleet.js';
import { describeObserved, runsPin } from '../observe/compare.js';
import { defineRule } from './types.js';

/**
 * `drift`: a member whose observed state (rollgate observe, given to check with --observed) is neither its base nor
 * its head pin, or that is not held where the manifest says `hold: true`. A member that did not answer is no drift.
 */
export const drift = defineRule({
  id: 'drift',
  description:
    'A member runs what neither the base nor the head pins, or is not held where the manifest holds it.',
  severity: 'warning',
  messages: {
    notPinned:
      '{{member}} in {{cluster}} runs {{component}} {{found}} (observed {{at}}), which is not what the manifest pins: {{expected}}. It was changed by hand or a rollout stopped half-way; roll out again (rollgate plan --observed) or write what it runs into the manifest.',
    notHeld:
      '{{member}} in {{cluster}} has {{component}} not held (observed {{at}}), though the manifest says `hold: true`; automatic refreshes can move it. Hold it again: snap refresh --hold {{component}}.',
  },
  check(context) {
    const observed = context.observed;
    if (!observed) return;
    const byMember = new Map(
      observed.members.map((member) => [`${member.cluster}\u0000${member.name}`, member]),
    );
    for (const cluster of context.head.fleet.clusters) {
      const baseCluster = context.baseCluster(cluster.name);
      // A map, not a search per member: no pairwise work on a cluster of 10,000 members.
      const baseMembers = new Map(baseCluster?.members.map((m) => [m.name, m]) ?? []);
      for (const member of cluster.members) {
        const seen = byMember.get(`${cluster.name}\u0000${member.name}`);
        if (seen?.status !== 'answered') continue;
        const baseMember = baseMembers.get(member.name);
        for (const [component, found] of Object.entries(seen.components)) {
          if (found.status !== 'found' && found.status !== 'absent') continue;
          const head = memberState(cluster, member, component);
          if (!head) continue;
          const base =
            baseCluster && baseMember ? memberState(baseCluster, baseMember, component) : undefined;
          const subject = {
            path: manifestPaths.member(cluster, member),
            cluster: cluster.name,
            member: member.name,
            component,
          };
          const data = { member: member.name, cluster: cluster.name, component, at: seen.at };
          if (!runsPin(found, head) && !runsPin(found, base)) {
            const expected =
              base && describeState(base) !== describeState(head)
                ? `${describeState(base)} (base) or ${describeState(head)} (head)`
                : describeState(head);
            context.report({
              ...subject,
              messageId: 'notPinned',
              data: { ...data, found: describeObserved(found), expected },
            });
          }
          if (found.status === 'found' && head.hold === true && !found.held)
            context.report({
              ...subject,
              messageId: 'notHeld',
              data: { ...data, found: 'not held', expected: 'hold: true' },
            });
        }
      }
    }
  },
});
