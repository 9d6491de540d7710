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

ruleTester('skew/major', {
  valid: [
    {
      name: 'semver inside one major',
      base: toy({}),
      head: toy({ server: { version: '1.8.0' }, agent: { version: '1.8.0' } }),
    },
    {
      name: 'a major upgrade the pack allows (agent)',
      base: toy({}),
      head: toy({ agent: { version: '2.0.0' }, server: { version: '1.7.0' } }),
    },
    {
      name: 'tracks in one family',
      base: toy({ relay: { channel: '2/stable' } }),
      head: toy({ relay: { channel: '3/stable' } }),
    },
    {
      name: 'tracks without families (LXD 5.21 to 6)',
      base: microcloud({}),
      head: microcloud({ lxd: { channel: '6/stable' } }),
    },
    { name: 'no base', head: toy({ server: { version: '2.0.0' }, agent: { version: '2.0.0' } }) },
  ],
  invalid: [
    {
      name: 'semver 1 to 2 where the pack forbids it',
      base: toy({ server: { version: '1.8.0' }, agent: { version: '1.8.0' } }),
      head: toy({ server: { version: '2.0.0' }, agent: { version: '1.8.0' } }),
      findings: [
        {
          message:
            'server 1.8.0 -> 2.0.0 in lab changes the major version (1 to 2); toy supports no in-place major upgrade. Stay on 1.x, or migrate out of place.',
          severity: 'error',
          cluster: 'lab',
          component: 'server',
          line: 11,
          column: 7,
        },
      ],
    },
    {
      name: 'a track family change',
      base: toy({ relay: { channel: '3/stable' } }),
      head: toy({ relay: { channel: '4/stable' } }),
      findings: [{ component: 'relay', message: /changes the major version \(classic to next\)/ }],
    },
  ],
});

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
