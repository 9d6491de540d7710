import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const microcloud = (changes: Parameters<typeof patch>[1]) => oneCluster(patch(MICROCLOUD_2, changes));
const withoutHold = (component: string) => {
  const { hold: _hold, ...rest } = MICROCLOUD_2[component] ?? {};
  return oneCluster({ ...MICROCLOUD_2, [component]: rest });
};
const withoutCohort = (component: string) => {
  const { cohort: _cohort, ...rest } = MICROCLOUD_2[component] ?? {};
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

const yearEnd = [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end' }];
const bumped = patch(MICROCLOUD_2, { lxd: { revision: 33200 } });

ruleTester('hold/freeze', {
  valid: [
    {
      name: 'a change before the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-19T23:59:59Z',
    },
    {
      name: 'a change after the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2027-01-05T00:00:00Z',
    },
    {
      name: 'no version change during the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'a change of hold or cohort alone is no version change',
      base: oneCluster(patch(MICROCLOUD_2, { lxd: { hold: true } }), { freeze: yearEnd }),
      head: oneCluster(patch(MICROCLOUD_2, { lxd: { cohort: true } }), { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'no base, so no change to judge',
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'after the end of a freeze given in RFC 3339 times',
      base: oneCluster(MICROCLOUD_2, {
        freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }],
      }),
      head: oneCluster(bumped, { freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }] }),
      now: '2026-12-24T18:00:01Z',
    },
  ],
  invalid: [
    {
      name: 'a change inside a freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        {
          message:
            'lxd in lab changes (5.21/stable@33110 -> 5.21/stable@33200) during the freeze from 2026-12-20 to 2027-01-04 (year-end). Merge it after 2027-01-04.',
          severity: 'error',
          cluster: 'lab',
          component: 'lxd',
          line: 25,
          column: 7,
        },
      ],
    },
    {
      name: 'on the first day of the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-20T00:00:00Z',
      findings: [{ component: 'lxd' }],
    },
    {
      name: 'on the last day of the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2027-01-04T23:59:59Z',
      findings: [{ component: 'lxd' }],
    },
    {
      name: 'a freeze given in RFC 3339 times',
      base: oneCluster(MICROCLOUD_2, {
        freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }],
      }),
      head: oneCluster(bumped, { freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }] }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        {
          component: 'lxd',
          message: /during the freeze from 2026-12-24T08:00:00Z to 2026-12-24T18:00:00Z\. Merge/,
        },
      ],
    },
    {
      name: 'a component added and one removed during a freeze',
      base: oneCluster(patch(MICROCLOUD_2, { microcloud: null }), { freeze: yearEnd }),
      head: oneCluster(patch(MICROCLOUD_2, { lxd: null }), { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        { component: 'lxd', message: /^lxd in lab changes \(5\.21\/stable@33110 -> removed\)/ },
        { component: 'microcloud', message: /^microcloud in lab changes \(new -> 2\/stable@1144\)/ },
      ],
    },
  ],
});
