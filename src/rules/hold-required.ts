import { defineRule } from './types.js';

/** `hold/required`: components whose automatic updates must be held, so members cannot drift apart. */
export const holdRequired = defineRule({
  id: 'hold/required',
  description: 'A component that must be held is not.',
  severity: 'error',
  messages: {
    notHeld:
      '{{component}} in {{where}} is not held; automatic refreshes would let members run different versions. Set `hold: true` (on the machines: snap refresh --hold {{component}}).',
  },
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      if (context.component(at.component)?.hold !== 'required' || at.state.hold === true) continue;
      context.report({
        path: at.path,
        atKey: true,
        cluster: at.cluster.name,
        component: at.component,
        ...(at.member ? { member: at.member.name } : {}),
        messageId: 'notHeld',
        data: { component: at.component, where: at.member?.name ?? at.cluster.name },
      });
    }
  },
});
