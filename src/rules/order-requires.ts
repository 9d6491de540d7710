import { type ComponentState, describeState, memberState } from '../manifest/fleet.js';
import { defineRule } from './types.js';

/**
 * `order/requires`: a version of one component needs versions of others that its cluster will run. The hint names
 * the real fix from what base and head hold: when the needed component moves away from a version that met the need,
 * leave it there; when both move, move the needed one to an allowed version instead; when only the needing component
 * moves, move the needed one first.
 */
export const orderRequires = defineRule({
  id: 'order/requires',
  description: "A component's target needs a version of another component that the cluster will not have.",
  severity: 'error',
  messages: {
    requirementMissing:
      '{{component}} {{version}} needs {{other}} {{allowed}}, but cluster {{cluster}} will run {{runs}}. Move {{other}} to {{allowed}} in the same change or before it ({{other}} upgrades first).',
    requirementBroken:
      '{{other}} moves from {{was}} to {{runs}} in cluster {{cluster}}, but {{component}} {{version}} there needs {{other}} {{allowed}}. Leave {{other}} on {{was}}{{alternative}}.',
    requirementMissed:
      '{{component}} {{version}} needs {{other}} {{allowed}}, but this change moves {{other}} in cluster {{cluster}} to {{runs}}. Move {{other}} to {{allowed}} instead.',
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
          // The usual cluster: no member sets its own `other`, so every member runs the cluster's; judged once.
          if (!at.member && !at.cluster.members.some((m) => m.overrides?.[other] !== undefined)) {
            const shared = at.cluster.components[other];
            const sharedVersion = context.versionOf(other, shared);
            if (shared && sharedVersion === undefined) continue;
            if (
              sharedVersion !== undefined &&
              allowed.some((pattern) => otherScheme.matches(sharedVersion, pattern))
            )
              continue;
          }
          // Members that run the cluster's own state share one object: judged once for them all.
          let lastState: ComponentState | undefined;
          let lastVerdict: boolean | undefined;
          const meets = (state: ComponentState | undefined) => {
            if (lastVerdict !== undefined && state === lastState) return lastVerdict;
            const otherVersion = context.versionOf(other, state);
            lastState = state;
            lastVerdict =
              otherVersion !== undefined &&
              allowed.some((pattern) => otherScheme.matches(otherVersion, pattern));
            return lastVerdict;
          };
          const members = at.member ? [at.member] : at.cluster.members;
          const offending = new Map<string, string[]>();
          // What base and head hold of the needed component on the offending members, for the hint.
          let metInBase = context.base !== undefined;
          let moved = false;
          let was: ComponentState | undefined;
          let to: ComponentState | undefined;
          for (const member of members) {
            const otherState = memberState(at.cluster, member, other);
            // A version the pack cannot read already has its `schema` finding; a second one here would only echo it.
            if (otherState && context.versionOf(other, otherState) === undefined) continue;
            if (meets(otherState)) continue;
            const shown = otherState ? describeState(otherState) : 'nothing';
            offending.set(shown, [...(offending.get(shown) ?? []), member.name]);
            if (context.base === undefined) continue;
            const before = context.baseState({
              cluster: at.cluster,
              member,
              component: other,
              state: otherState ?? at.state,
              path: at.path,
            });
            if (!meets(before)) metInBase = false;
            if (describeState(before) !== shown) moved = true;
            was ??= before;
            to ??= otherState;
          }
          if (offending.size === 0) continue;
          const runs = [...offending.entries()]
            .map(([shown, names]) =>
              names.length === members.length ? shown : `${shown} on ${names.join(', ')}`,
            )
            .join('; ');
          const needingMoved =
            context.base !== undefined && context.versionOf(at.component, context.baseState(at)) !== version;
          const common = {
            component: at.component,
            version,
            other,
            allowed: allowed.join(' or '),
            cluster: at.cluster.name,
            runs,
          };
          const subject = {
            path: at.path,
            atKey: true,
            cluster: at.cluster.name,
            component: at.component,
            ...(at.member ? { member: at.member.name } : {}),
          };
          if (metInBase && moved) {
            // The needed component moves away from what met the need: the fix is to leave it, unless the pack lets
            // another version of the needing component run with where it goes.
            const toVersion = context.versionOf(other, to);
            const takes =
              toVersion === undefined
                ? undefined
                : requirements.find((r) =>
                    r.needs[other]?.some((pattern) => otherScheme.matches(toVersion, pattern)),
                  );
            context.report({
              ...subject,
              // About a move the change makes: the needed component moves away.
              introduced: true,
              messageId: 'requirementBroken',
              data: {
                ...common,
                was: describeState(was),
                alternative:
                  takes && !needingMoved
                    ? `, or move ${at.component} to ${takes.version} first, which runs with ${other} ${toVersion}`
                    : '',
              },
            });
          } else if (needingMoved && moved) {
            context.report({ ...subject, introduced: true, messageId: 'requirementMissed', data: common });
          } else {
            context.report({ ...subject, messageId: 'requirementMissing', data: common });
          }
        }
      }
    }
  },
});
