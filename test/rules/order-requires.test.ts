import { describe, expect, it } from 'vitest';
import {
  judge,
  MICROCLOUD_1,
  MICROCLOUD_2,
  oneCluster,
  patch,
  snap,
  TOY_COMPONENTS,
} from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.

ruleTester('order/requires', {
  valid: [
    { name: 'MicroCloud 2 with squid, 24.03 and 5.21', head: oneCluster(MICROCLOUD_2) },
    { name: 'MicroCloud 1 with quincy, 22.03 and 5.21', head: oneCluster(MICROCLOUD_1) },
    {
      name: "the seed's upgrade from MicroCloud 1 to 2",
      base: oneCluster(MICROCLOUD_1),
      head: oneCluster(MICROCLOUD_2),
    },
    {
      name: 'a member override that keeps the needed track',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microovn: { hold: true } } }],
      }),
    },
    {
      name: "the seed's 1 to 2 upgrade one component per change: MicroCeph first, MicroCloud still on 1",
      base: oneCluster(MICROCLOUD_1),
      head: oneCluster(patch(MICROCLOUD_1, { microceph: { channel: 'squid/stable' } })),
      now: '2025-01-01T00:00:00Z',
    },
    {
      name: "the seed's 1 to 2 upgrade one component per change: then MicroOVN, MicroCloud still on 1",
      base: oneCluster(patch(MICROCLOUD_1, { microceph: { channel: 'squid/stable' } })),
      head: oneCluster(
        patch(MICROCLOUD_1, {
          microceph: { channel: 'squid/stable' },
          microovn: { channel: '24.03/stable' },
        }),
      ),
      now: '2025-01-01T00:00:00Z',
    },
    {
      name: 'a semver range the other component satisfies',
      head: oneCluster(TOY_COMPONENTS, { policy: 'toy' }),
    },
    {
      name: 'a version outside the range that has a requirement',
      head: oneCluster(patch(TOY_COMPONENTS, { agent: { version: '1.6.0' }, server: { version: '1.6.0' } }), {
        policy: 'toy',
      }),
    },
  ],
  invalid: [
    {
      name: 'MicroCloud 2 while MicroOVN stays on 22.03',
      head: oneCluster(patch(MICROCLOUD_2, { microovn: { channel: '22.03/stable' } })),
      findings: [
        {
          message:
            'microcloud 2 needs microovn 24.03, but cluster lab will run 22.03/stable@667. Move microovn to 24.03 in the same change or before it (microovn upgrades first).',
          severity: 'error',
          cluster: 'lab',
          component: 'microcloud',
          line: 26,
          column: 7,
        },
      ],
    },
    {
      name: 'MicroCloud 2 with neither squid nor 24.03: one finding per missing component',
      head: oneCluster(
        patch(MICROCLOUD_2, {
          microceph: { channel: 'quincy/stable' },
          microovn: { channel: '22.03/stable' },
        }),
      ),
      findings: [
        { message: /^microcloud 2 needs microceph squid, but/ },
        { message: /^microcloud 2 needs microovn 24\.03, but/ },
      ],
    },
    {
      name: 'MicroCloud 1 on LXD 6',
      head: oneCluster(patch(MICROCLOUD_1, { lxd: { channel: '6/stable' } })),
      now: '2025-01-01T00:00:00Z',
      findings: [{ message: /^microcloud 1 needs lxd 5\.21, but cluster lab will run 6\/stable@33110\./ }],
    },
    {
      name: 'a component the requirement needs is missing altogether',
      head: oneCluster(patch(MICROCLOUD_2, { microovn: null })),
      findings: [{ message: /needs microovn 24\.03, but cluster lab will run nothing\./ }],
    },
    {
      name: 'one member lags on the needed component: the message names it',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microovn: snap('22.03/stable', 463) } }],
      }),
      findings: [
        { message: /will run 22\.03\/stable@463 on lab-3\./, cluster: 'lab', component: 'microcloud' },
      ],
    },
    {
      name: 'a member override moves microcloud ahead of its cluster',
      head: oneCluster(MICROCLOUD_1, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { microcloud: { channel: '2/stable' } } }],
      }),
      findings: [
        {
          message: /^microcloud 2 needs microceph squid, but cluster lab will run quincy\/stable@3758\./,
          member: 'lab-3',
        },
        { message: /^microcloud 2 needs microovn 24\.03/, member: 'lab-3' },
      ],
    },
    {
      name: 'a semver range the other component misses',
      head: oneCluster(patch(TOY_COMPONENTS, { agent: { version: '1.7.2' }, server: { version: '1.6.0' } }), {
        policy: 'toy',
      }),
      findings: [
        {
          message: /^agent 1\.7\.2 needs server >=1\.7, but cluster lab will run 1\.6\.0\./,
          component: 'agent',
        },
      ],
    },
  ],
});

describe('order/requires on a version the pack cannot read', () => {
  it('leaves it to its schema finding instead of saying it again', async () => {
    const result = await judge({
      head: oneCluster(patch(MICROCLOUD_2, { microceph: { channel: 'tentacle/stable' } })),
    });
    expect(result.findings.map((f) => [f.rule, f.code, f.line])).toEqual([
      ['schema', 'UNREADABLE_VERSION', 11],
    ]);
  });
});
