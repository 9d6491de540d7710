import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
// A component's channel value sits one line below its key, at column 18; its revision two lines below, at column 19.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

ruleTester('channel/risk', {
  valid: [
    { name: 'every snap on stable', head: microcloud({}) },
    {
      name: 'a refresh between stable revisions',
      base: microcloud({}),
      head: microcloud({ lxd: { revision: 36020 } }),
    },
    { name: 'a risk the pack allows besides stable', head: toy({ relay: { channel: '2/candidate' } }) },
    { name: 'a component without a channel', head: toy({}) },
    {
      name: 'a stable channel with a branch',
      head: microcloud({ lxd: { channel: '5.21/stable/hotfix-1' } }),
    },
  ],
  invalid: [
    {
      name: 'LXD on edge points at the channel',
      head: microcloud({ lxd: { channel: '5.21/edge' } }),
      findings: [
        {
          message:
            'lxd tracks 5.21/edge, risk edge; microcloud allows stable only, since no refresh to or from a pre-release risk is supported. Use 5.21/stable.',
          severity: 'error',
          cluster: 'lab',
          component: 'lxd',
          line: 22,
          column: 18,
        },
      ],
    },
    {
      name: 'candidate is no better',
      head: microcloud({ microceph: { channel: 'squid/candidate' } }),
      findings: [{ component: 'microceph', line: 12, message: /risk candidate;/ }],
    },
    {
      name: 'a risk outside the pack list',
      head: toy({ relay: { channel: '2/beta' } }),
      findings: [{ component: 'relay', message: /toy allows stable, candidate only/ }],
    },
    {
      name: "a member's own channel",
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: { channel: '5.21/beta' } } }],
      }),
      findings: [{ member: 'lab-3', component: 'lxd', message: /^lxd tracks 5\.21\/beta, risk beta;/ }],
    },
    {
      name: 'a refresh from edge to stable is no in-place refresh either (etcd: "from or to a non-stable version")',
      base: microcloud({ lxd: { channel: '5.21/edge' } }),
      head: microcloud({ lxd: { channel: '5.21/stable', revision: 36020 } }),
      findings: [
        { component: 'lxd', line: 21, message: /refreshes from 5\.21\/edge, risk edge, to 5\.21\/stable;/ },
      ],
    },
  ],
});
