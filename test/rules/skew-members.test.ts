import { MICROCLOUD_2, oneCluster, patch, snap } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

ruleTester('skew/members', {
  valid: [
    { name: 'no member overrides', head: microcloud({}) },
    {
      name: 'an override that repeats what the cluster runs',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: snap('5.21/stable', 33110) } }],
      }),
    },
    {
      name: 'an override of hold alone changes no version',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: { hold: true } } }],
      }),
    },
  ],
  invalid: [
    {
      name: 'one member on an older revision',
      head: [
        'apiVersion: rollgate/v1',
        'kind: Fleet',
        'policy: microcloud',
        'clusters:',
        '  - name: lab',
        '    members:',
        '      - lab-1',
        '      - lab-2',
        '      - name: lab-3',
        '        components:',
        '          microceph: { revision: 4001 }',
        '    components:',
        '      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }',
        '      microovn:   { channel: 24.03/stable, revision: 667,   hold: true, cohort: true }',
        '      lxd:        { channel: 5.21/stable,  revision: 33110, hold: true, cohort: true }',
        '      microcloud: { channel: 2/stable,     revision: 1144,  hold: true, cohort: true }',
        '',
      ].join('\n'),
      findings: [
        {
          message:
            'lab-3 would run microceph squid/stable@4001 while the rest of lab runs squid/stable@4067; members of a cluster must run the same version and revision (a mismatched member is blocked or cannot change the cluster). Move lab-3 with the others, or drop its override.',
          severity: 'error',
          cluster: 'lab',
          component: 'microceph',
          member: 'lab-3',
          line: 11,
          column: 11,
        },
      ],
    },
    {
      name: 'every member overrides differently from the cluster',
      head: oneCluster(MICROCLOUD_2, {
        members: [
          { name: 'lab-1', components: { lxd: { revision: 33200 } } },
          { name: 'lab-2', components: { lxd: { revision: 33200 } } },
        ],
      }),
      findings: [
        { member: 'lab-1', message: /while the cluster declares 5\.21\/stable@33110;/ },
        { member: 'lab-2', message: /while the cluster declares 5\.21\/stable@33110;/ },
      ],
    },
    {
      name: 'a member runs a component the others do not',
      head: oneCluster(patch(MICROCLOUD_2, { microcloud: null }), {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microcloud: snap('2/stable', 1144) } }],
      }),
      findings: [{ member: 'lab-3', component: 'microcloud', message: /while the other members run none;/ }],
    },
  ],
});
