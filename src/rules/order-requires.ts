import { describeState, memberState } from '../manifest/fleet.js';
import { defineRule } from './types.js';

/** `order/requires`: a version of one component needs versions of others that its cluster will run. */
export const orderRequires = defineRule({
  id: 'order/requires',
  description: "A component's target needs a version of another component that the cluster will not have.",
  severity: 'error',
  messages: {
    requirementMissing:
      '{{component}} {{version}} needs {{other}} {{allowed}}, but cluster {{cluster}} will run {{runs}}. Move {{other}} to {{allowed}} in the same change or before it ({{other}} upgrades first).',
  },
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      const requirements = context.component(at.component)?.requires;
      if (!requirements) continue;
      const scheme = context.scheme(at.component);
      const version = context.versionOf(at.component, at.state);
      if (!scheme || version === undefined) continue;
      for (const requirement of requirements) {
        if (!scheme.matches(version, requirement.version)) continue;
        for (const [other, allowed] of Object.entries(requirement.needs)) {
          const otherScheme = context.scheme(other);
          if (!otherScheme) continue;
          const members = at.member ? [at.member] : at.cluster.members;
          const offending = new Map<string, string[]>();
          for (const member of members) {
            const otherState = memberState(at.cluster, member, other);
            const otherVersion = context.versionOf(other, otherState);
            // A version the pack cannot read already has its `schema` finding; a second one here would only echo it.
            if (otherState && otherVersion === undefined) continue;
            if (
              otherVersion !== undefined &&
              allowed.some((pattern) => otherScheme.matches(otherVersion, pattern))
            )
              continue;
            const shown = otherState ? describeState(otherState) : 'nothing';
            offending.set(shown, [...(offending.get(shown) ?? []), member.name]);
          }
          if (offending.size === 0) continue;
          const runs = [...offending.entries()]
            .map(([shown, names]) =>
              names.length === members.length ? shown : `${shown} on ${names.join(', ')}`,
            )
            .join('; ');
          context.report({
            path: at.path,
            atKey: true,
            cluster: at.cluster.name,
            component: at.component,
            ...(at.member ? { member: at.member.name } : {}),
            messageId: 'requirementMissing',
            data: {
              component: at.component,
              version,
              other,
              allowed: allowed.join(' or '),
              cluster: at.cluster.name,
              runs,
            },
          });
        }
      }
    }
  },
});
