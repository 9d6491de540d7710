import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const microcloud = (changes: Parameters<typeof patch>[1]) => oneCluster(patch(MICROCLOUD_2, changes));
const withoutHold = (component: string) => {
  const { hold: _hold, ...rest } = MICROCLOUD_2[component] ?? {};
  return oneCluster({ ...MICROCLOUD_2, [component]: rest });
};

ruleTester('hold/required', {
  valid: [
    { name: 'every snap held', head: microcloud({}) },
    { name: 'a component whose hold is optional', head: oneCluster(TOY_COMPONENTS, { policy: 'toy' }) },
    {
      name: 'a member override that keeps the hold',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: { cohort: true } } }],
      }),
    },
  ],
  invalid: [
    {
      name: 'hold: false',
      head: microcloud({ lxd: { hold: false } }),
      findings: [
        {
          message:
            'lxd in lab is not held; automatic refreshes would let members run different versions. Set `hold: true` (on the machines: snap refresh --hold lxd).',
          severity: 'error',
          cluster: 'lab',
          component: 'lxd',
          line: 21,
          column: 7,
        },
      ],
    },
    {
      name: 'no hold at all',
      head: withoutHold('microceph'),
      findings: [{ component: 'microceph', line: 11 }],
    },
    {
      name: 'a member that lifts the hold',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: { hold: false } } }],
      }),
      findings: [{ member: 'lab-3', component: 'lxd', message: /^lxd in lab-3 is not held;/ }],
    },
  ],
});
