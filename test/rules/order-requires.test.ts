import { describe, expect, it } from 'vitest';
import {
  judge,
  MICROCLOUD_1,
  MICROCLOUD_2,
  oneCluster,
  packYaml,
  patch,
  snap,
  TOY_COMPONENTS,
  TOY_PACK_DATA,
} from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The toy pack, where agent below 1.7 runs with server 1.5 or later. */
const TOY_OLDER_AGENT = packYaml({
  ...TOY_PACK_DATA,
  components: {
    ...TOY_PACK_DATA.components,
    agent: {
      ...TOY_PACK_DATA.components.agent,
      requires: [
        ...TOY_PACK_DATA.components.agent.requires,
        { version: '<1.7', needs: { server: ['>=1.5'] } },
      ],
    },
  },
});

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
      // Issue 13: `bump lxd --to 6/stable@36500` in a MicroCloud 1 cluster; lxd is on 5.21 already, so leave it there.
      name: 'the needed component moves away from what met the need: the hint says to leave it',
      base: oneCluster(MICROCLOUD_1),
      head: oneCluster(patch(MICROCLOUD_1, { lxd: { channel: '6/stable', revision: 36500 } })),
      now: '2025-01-01T00:00:00Z',
      findings: [
        {
          code: 'requirementBroken',
          component: 'microcloud',
          message:
            'lxd moves from 5.21/stable@33110 to 6/stable@36500 in cluster lab, but microcloud 1 there needs lxd 5.21. Leave lxd on 5.21/stable@33110.',
        },
      ],
    },
    {
      name: 'the needed component moves away, and another version of the needing one runs with where it goes',
      base: oneCluster(patch(TOY_COMPONENTS, { agent: { version: '1.7.0' }, server: { version: '1.7.0' } }), {
        policy: 'toy',
      }),
      head: oneCluster(patch(TOY_COMPONENTS, { agent: { version: '1.7.0' }, server: { version: '1.6.0' } }), {
        policy: 'toy',
      }),
      findings: [
        {
          code: 'requirementBroken',
          component: 'agent',
          message:
            'server moves from 1.7.0 to 1.6.0 in cluster lab, but agent 1.7.0 there needs server >=1.7. Leave server on 1.7.0.',
        },
      ],
    },
    {
      name: 'the needed component moves away, and the pack lets an older needing version run with it: both fixes named',
      packs: { toy: TOY_OLDER_AGENT },
      base: oneCluster(TOY_COMPONENTS, { policy: 'toy' }),
      head: oneCluster(patch(TOY_COMPONENTS, { server: { version: '1.6.0' } }), { policy: 'toy' }),
      findings: [
        {
          code: 'requirementBroken',
          message:
            'server moves from 1.7.0 to 1.6.0 in cluster lab, but agent 1.7.0 there needs server >=1.7. Leave server on 1.7.0, or move agent to <1.7 first, which runs with server 1.6.0.',
        },
      ],
    },
    {
      name: 'both move, the needed one to a version that does not meet the need: move it to an allowed one instead',
      base: oneCluster(MICROCLOUD_1),
      head: oneCluster(patch(MICROCLOUD_2, { microovn: { channel: '23.09/stable' } })),
      findings: [
        {
          code: 'requirementMissed',
          message:
            'microcloud 2 needs microovn 24.03, but this change moves microovn in cluster lab to 23.09/stable@667. Move microovn to 24.03 instead.',
        },
      ],
    },
    {
      name: 'only the needing component moves: the needed one moves first',
      base: oneCluster(MICROCLOUD_1),
      head: oneCluster(patch(MICROCLOUD_1, { microcloud: { channel: '2/stable', revision: 1144 } })),
      findings: [
        {
          code: 'requirementMissing',
          message: /^microcloud 2 needs microceph squid, .* \(microceph upgrades first\)\.$/,
        },
        {
          code: 'requirementMissing',
          message:
            /^microcloud 2 needs microovn 24\.03, .*Move microovn to 24\.03 in the same change or before it/,
        },
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
