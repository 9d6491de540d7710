import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
// A component's channel value sits one line below its key, at column 18; its revision two lines below, at column 19.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

ruleTester('channel/blocked', {
  valid: [
    {
      name: 'a version next to the bad one',
      head: toy({ server: { version: '1.6.0' }, agent: { version: '1.6.0' } }),
    },
    {
      name: 'another revision of the blocked channel',
      head: toy({ relay: { channel: '2/stable', revision: 67 } }),
    },
    {
      name: 'the blocked revision number on another channel',
      head: toy({ relay: { channel: '2/candidate', revision: 66 } }),
    },
    { name: 'a pack with no known-bad list', head: microcloud({}) },
  ],
  invalid: [
    {
      name: 'a blocked version, with the reason the pack gives',
      head: toy({ server: { version: '1.6.1' }, agent: { version: '1.6.1' } }),
      findings: [
        {
          message:
            'server 1.6.1 is on the known-bad list of toy: 1.6.1 corrupts its journal on restart. Pick another version or revision.',
          severity: 'error',
          cluster: 'lab',
          component: 'server',
          line: 11,
          column: 7,
        },
      ],
    },
    {
      name: 'a blocked revision of a channel',
      head: toy({ relay: { channel: '2/stable', revision: 66 } }),
      findings: [
        {
          component: 'relay',
          message:
            'relay 2/stable revision 66 is on the known-bad list of toy: Revision 66 drops connections. Pick another version or revision.',
        },
      ],
    },
    {
      name: "a member's own version",
      head: oneCluster(patch(TOY_COMPONENTS, { server: { version: '1.6.0' }, agent: { version: '1.6.0' } }), {
        policy: 'toy',
        members: ['lab-1', { name: 'lab-2', components: { server: { version: '1.6.1' } } }],
      }),
      findings: [
        { member: 'lab-2', component: 'server', message: /^server 1\.6\.1 is on the known-bad list/ },
      ],
    },
  ],
});
