import { describeState, memberState, sameRun } from '../manifest/fleet.js';
import { defineRule } from './types.js';

/** `skew/members`: every member of a cluster runs the same version and revision of each component. */
export const skewMembers = defineRule({
  id: 'skew/members',
  description: 'Members of one cluster would run different versions or revisions.',
  severity: 'error',
  messages: {
    memberDiffers:
      '{{member}} would run {{component}} {{runs}} while {{rest}}; members of a cluster must run the same version and revision (a mismatched member is blocked or cannot change the cluster). Move {{member}} with the others, or drop its override.',
  },
  check(context) {
    for (const cluster of context.head.fleet.clusters) {
      const overriding = cluster.members.filter((m) => m.overrides);
      if (overriding.length === 0) continue;
      // Whether any member runs the cluster's own state of a component, worked out once per component: asking it
      // again for every member that differs compared every pair (20,000 overriding members took a minute).
      const sharedRun = new Map<string, boolean>();
      const anyRunsShared = (component: string) => {
        let known = sharedRun.get(component);
        if (known === undefined) {
          const shared = cluster.components[component];
          known = cluster.members.some((m) => sameRun(memberState(cluster, m, component), shared));
          sharedRun.set(component, known);
        }
        return known;
      };
      for (const member of overriding) {
        for (const component of Object.keys(member.overrides ?? {})) {
          const shared = cluster.components[component];
          const own = memberState(cluster, member, component);
          if (sameRun(shared, own)) continue;
          // This member does not run the shared state, so any member that does is another one.
          const rest = shared
            ? anyRunsShared(component)
              ? `the rest of ${cluster.name} runs ${describeState(shared)}`
              : `the cluster declares ${describeState(shared)}`
            : `the other members run none`;
          context.report({
            path: ['clusters', cluster.index, 'members', member.index, 'components', component],
            atKey: true,
            cluster: cluster.name,
            component,
            member: member.name,
            messageId: 'memberDiffers',
            data: { member: member.name, component, runs: describeState(own), rest },
          });
        }
      }
    }
  },
});
