import { MICROCLOUD_1, MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
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

ruleTester('channel/eol', {
  valid: [
    { name: 'MicroCloud 2', head: microcloud({}) },
    {
      name: 'MicroCloud 1 on its last day (the date is inclusive)',
      head: microcloud({}, MICROCLOUD_1),
      now: '2025-04-30T23:00:00Z',
    },
    {
      name: 'a version outside the end-of-life range',
      head: toy({ server: { version: '1.5.0' }, agent: { version: '1.5.0' } }),
    },
    { name: 'leaving the end-of-life track', base: microcloud({}, MICROCLOUD_1), head: microcloud({}) },
  ],
  invalid: [
    {
      name: 'MicroCloud 1 after April 2025',
      head: microcloud({}, MICROCLOUD_1),
      now: '2025-05-01T00:00:00Z',
      findings: [
        {
          message:
            'microcloud 1 reached its end of life on 2025-04-30 (the 1 track reached end of life at the end of April 2025; upgrade to the 2 LTS track); it gets no more fixes. Choose a supported version instead, or plan the upgrade off it.',
          severity: 'error',
          cluster: 'lab',
          component: 'microcloud',
          line: 26,
          column: 7,
        },
      ],
    },
    {
      name: 'staying on an end-of-life track the change did not touch is a warning',
      base: microcloud({}, MICROCLOUD_1),
      head: microcloud({ microcloud: { revision: 740 } }, MICROCLOUD_1),
      findings: [
        {
          severity: 'warning',
          message: /It was already there before this change; plan the upgrade off it\.$/,
        },
      ],
    },
    {
      name: 'moving onto an end-of-life track is an error',
      base: microcloud({}),
      head: microcloud({ microcloud: { channel: '1/stable' } }),
      findings: [{ severity: 'error', message: /Choose a supported version instead/ }],
    },
    {
      name: 'a semver range from the pack',
      head: toy({ server: { version: '1.4.2' }, agent: { version: '1.4.2' } }),
      findings: [
        {
          component: 'server',
          message: /^server 1\.4\.2 reached its end of life on 2026-01-31 \(1\.4 is out of support\);/,
        },
      ],
    },
  ],
});

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
