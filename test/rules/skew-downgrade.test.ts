import { MICROCLOUD_1, MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

ruleTester('skew/downgrade', {
  valid: [
    {
      name: 'an upgrade',
      base: microcloud({}, MICROCLOUD_1),
      head: microcloud({ microceph: { channel: 'squid/stable' } }, MICROCLOUD_1),
    },
    {
      name: 'a newer revision of one channel',
      base: microcloud({}),
      head: microcloud({ lxd: { revision: 33200 } }),
    },
    {
      name: 'a lower revision on another risk of the same track is not compared',
      base: microcloud({}),
      head: microcloud({ lxd: { channel: '5.21/candidate', revision: 33000 } }),
    },
    { name: 'no base', head: microcloud({ microceph: { channel: 'reef/stable' } }) },
    { name: 'semver patch up', base: toy({}), head: toy({ server: { version: '1.7.1' } }) },
  ],
  invalid: [
    {
      name: 'MicroCeph squid back to reef',
      base: microcloud({}),
      head: microcloud({ microceph: { channel: 'reef/stable' } }),
      findings: [
        {
          message:
            'microceph goes back from squid -> reef in lab; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.',
          severity: 'error',
          cluster: 'lab',
          component: 'microceph',
          line: 11,
          column: 7,
        },
      ],
    },
    {
      name: 'a lower revision of the same channel',
      base: microcloud({}),
      head: microcloud({ lxd: { revision: 33000 } }),
      findings: [
        {
          component: 'lxd',
          message: /^lxd goes back from 5\.21\/stable@33110 -> 5\.21\/stable@33000 in lab;/,
        },
      ],
    },
    {
      name: 'semver minor down',
      base: toy({}),
      head: toy({ server: { version: '1.6.0' }, agent: { version: '1.6.0' } }),
      findings: [
        { component: 'server', message: /^server goes back from 1\.7\.0 -> 1\.6\.0 in lab;/ },
        { component: 'agent', message: /^agent goes back from 1\.7\.0 -> 1\.6\.0 in lab;/ },
      ],
    },
    {
      name: 'one member goes back',
      base: microcloud({}),
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microceph: { channel: 'reef/stable' } } }],
      }),
      findings: [{ member: 'lab-3', message: /^microceph goes back from squid -> reef in lab-3;/ }],
    },
  ],
});
