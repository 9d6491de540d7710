import { MICROCLOUD_1, MICROCLOUD_2, oneCluster, patch, snap, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

ruleTester('skew/jump', {
  valid: [
    {
      name: 'MicroCeph quincy straight to squid (two releases)',
      base: microcloud({}, MICROCLOUD_1),
      head: microcloud({ microceph: { channel: 'squid/stable' } }, MICROCLOUD_1),
    },
    {
      name: 'MicroOVN one track',
      base: microcloud({ microovn: { channel: '22.03/stable' } }),
      head: microcloud({ microovn: { channel: '23.09/stable' } }),
    },
    {
      name: 'MicroOVN from one LTS to the next',
      base: microcloud({ microovn: { channel: '22.03/stable' } }),
      head: microcloud({ microovn: { channel: '24.03/stable' } }),
    },
    {
      name: 'LXD from LTS 5.0 to LTS 5.21',
      base: microcloud({ lxd: { channel: '5.0/stable' } }),
      head: microcloud({}),
    },
    { name: 'no base: nothing to compare', head: microcloud({ microovn: { channel: '25.09/stable' } }) },
    {
      name: 'semver one minor version',
      base: toy({ server: { version: '1.6.0' } }),
      head: toy({ server: { version: '1.7.0' } }),
    },
    {
      name: 'semver patch releases inside one minor',
      base: toy({ server: { version: '1.7.0' } }),
      head: toy({ server: { version: '1.7.9' } }),
    },
    {
      name: 'calver one release',
      base: toy({ dash: { version: '2024.2' } }),
      head: toy({ dash: { version: '2025.1' } }),
    },
    {
      name: 'calver from one SLURP release to the next',
      base: toy({ dash: { version: '2024.1' } }),
      head: toy({ dash: { version: '2025.1' } }),
    },
    {
      name: 'a major change is skew/major, not a jump',
      base: toy({ server: { version: '1.8.0' }, agent: { version: '1.8.0' } }),
      head: toy({ server: { version: '2.0.0' }, agent: { version: '1.8.0' } }),
    },
  ],
  invalid: [
    {
      name: 'MicroOVN past the next LTS: the message names the step and a path that passes',
      base: microcloud({ microovn: { channel: '22.03/stable' } }),
      head: microcloud({ microovn: { channel: '24.09/stable' } }),
      findings: [
        {
          message:
            'microovn 22.03 -> 24.09 in lab jumps 3 tracks; microcloud allows 1 track at a time, or from one lts version to the next. Upgrade in steps instead: 22.03 -> 24.03 -> 24.09, one change for each.',
          severity: 'error',
          cluster: 'lab',
          component: 'microovn',
          line: 16,
          column: 7,
        },
      ],
    },
    {
      name: 'LXD 5.0 to 6 skips the 5.21 LTS',
      base: microcloud({ lxd: { channel: '5.0/stable' } }),
      head: microcloud({ lxd: { channel: '6/stable' } }),
      findings: [
        { component: 'lxd', message: /Upgrade in steps instead: 5\.0 -> 5\.21 -> 6, one change for each\.$/ },
      ],
    },
    {
      name: 'LXD 4.0 to 5.21 passes an LTS on the way',
      base: microcloud({ lxd: { channel: '4.0/stable' } }),
      head: microcloud({}),
      findings: [{ message: /jumps 2 tracks;.*4\.0 -> 5\.0 -> 5\.21,/ }],
    },
    {
      name: 'semver two minor versions, through the versions the pack knows',
      base: toy({ server: { version: '1.5.0' } }),
      head: toy({ server: { version: '1.7.0' } }),
      findings: [
        {
          message:
            'server 1.5.0 -> 1.7.0 in lab jumps 2 minor versions; toy allows 1 minor version at a time. Upgrade in steps instead: 1.5.0 -> 1.6.0 -> 1.7.0, one change for each.',
        },
      ],
    },
    {
      name: 'calver two releases, not from a SLURP release',
      base: toy({ dash: { version: '2024.2' } }),
      head: toy({ dash: { version: '2025.2' } }),
      findings: [{ component: 'dash', message: /jumps 2 releases; .*2024\.2 -> 2025\.1 -> 2025\.2/ }],
    },
    {
      name: 'calver to a release centuries ahead: no path searched through every release up to it',
      base: toy({ dash: { version: '2025.1' } }),
      head: toy({ dash: { version: '9999.1' } }),
      findings: [
        {
          component: 'dash',
          message:
            /jumps 15948 releases; .* That is more than 256 releases away, too far for rollgate to chain steps to/,
        },
      ],
    },
    {
      name: 'semver with no versions listed, to a minor version a billion ahead: no minor enumerated',
      base: toy({ agent: { version: '1.5.0' } }),
      head: toy({ agent: { version: '1.999999999.0' } }),
      findings: [{ component: 'agent', message: /more than 256 minor versions away, too far/ }],
    },
    {
      name: "a component's own severity: relay's jumps are warnings",
      base: toy({ relay: { channel: '1/stable' } }),
      head: toy({ relay: { channel: '3/stable' } }),
      findings: [{ component: 'relay', severity: 'warning', message: /^relay 1 -> 3 in lab jumps 2 tracks/ }],
    },
    {
      name: 'a member override that jumps on its own',
      base: microcloud({ microovn: { channel: '22.03/stable' } }, MICROCLOUD_1),
      head: oneCluster(MICROCLOUD_1, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microovn: snap('24.09/stable', 700) } }],
      }),
      findings: [
        {
          member: 'lab-3',
          component: 'microovn',
          message: /^microovn 22\.03 -> 24\.09 in lab-3 jumps 3 tracks/,
        },
      ],
    },
  ],
});
