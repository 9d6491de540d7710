import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

ruleTester('skew/components', {
  valid: [
    { name: 'agent and server on one version', head: toy({}) },
    { name: 'agent one minor behind server', head: toy({ agent: { version: '1.6.3' } }) },
    { name: 'a pack with no skew (microcloud)', head: microcloud({}) },
  ],
  invalid: [
    {
      name: 'agent newer than server',
      head: toy({ agent: { version: '1.8.0' } }),
      findings: [
        {
          message:
            'agent 1.8.0 is newer than server 1.7.0 by 1 in lab; agent must be never newer than server and at most 1 older. Upgrade server first.',
          severity: 'error',
          cluster: 'lab',
          component: 'agent',
          line: 13,
          column: 7,
        },
      ],
    },
    {
      name: 'agent two minors behind',
      head: toy({ agent: { version: '1.5.0' } }),
      findings: [
        { message: /^agent 1\.5\.0 is older than server 1\.7\.0 by 2 in lab;.* Upgrade agent too\.$/ },
      ],
    },
    {
      name: 'agent on another major',
      head: toy({ agent: { version: '2.0.0' } }),
      findings: [{ message: /^agent 2\.0\.0 is newer than server 1\.7\.0 by a major version in lab;/ }],
    },
    {
      name: 'one member whose agent runs ahead',
      head: oneCluster(TOY_COMPONENTS, {
        policy: 'toy',
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { agent: { version: '1.8.0' } } }],
      }),
      findings: [
        {
          member: 'lab-3',
          component: 'agent',
          message: /^agent 1\.8\.0 is newer than server 1\.7\.0 by 1 in lab;/,
        },
      ],
    },
  ],
});
