import { defineRule } from './types.js';

/** `cohort/required`: components that must refresh in the snap's cohort, so every member gets the same revision. */
export const cohortRequired = defineRule({
  id: 'cohort/required',
  description: 'A component that must be in a cohort is not.',
  severity: 'error',
  messages: {
    notInCohort:
      '{{component}} in {{where}} is not in a cohort; without one, members can be served different revisions. Set `cohort: true` (on the machines: snap refresh {{component}} --cohort="+").',
  },
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      if (context.component(at.component)?.cohort !== 'required' || at.state.cohort === true) continue;
      context.report({
        path: at.path,
        atKey: true,
        cluster: at.cluster.name,
        component: at.component,
        ...(at.member ? { member: at.member.name } : {}),
        messageId: 'notInCohort',
        data: { component: at.component, where: at.member?.name ?? at.cluster.name },
      });
    }
  },
});
