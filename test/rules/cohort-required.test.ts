import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const microcloud = (changes: Parameters<typeof patch>[1]) => oneCluster(patch(MICROCLOUD_2, changes));
const withoutCohort = (component: string) => {
  const { cohort: _cohort, ...rest } = MICROCLOUD_2[component] ?? {};
  return oneCluster({ ...MICROCLOUD_2, [component]: rest });
};

ruleTester('cohort/required', {
  valid: [
    { name: 'every snap in a cohort', head: microcloud({}) },
    { name: 'a pack that does not ask for cohorts', head: oneCluster(TOY_COMPONENTS, { policy: 'toy' }) },
  ],
  invalid: [
    {
      name: 'cohort: false',
      head: microcloud({ microovn: { cohort: false } }),
      findings: [
        {
          message:
            'microovn in lab is not in a cohort; without one, members can be served different revisions. Set `cohort: true` (on the machines: snap refresh microovn --cohort="+").',
          severity: 'error',
          cluster: 'lab',
          component: 'microovn',
          line: 16,
          column: 7,
        },
      ],
    },
    {
      name: 'no cohort at all',
      head: withoutCohort('microcloud'),
      findings: [{ component: 'microcloud', line: 26 }],
    },
    {
      name: 'a member that leaves the cohort',
      head: oneCluster(MICROCLOUD_2, {
        members: [{ name: 'lab-1', components: { microceph: { cohort: false } } }, 'lab-2'],
      }),
      findings: [
        { member: 'lab-1', component: 'microceph', message: /^microceph in lab-1 is not in a cohort;/ },
      ],
    },
  ],
});
