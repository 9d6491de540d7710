import { cluster, fleetYaml, MICROCLOUD_2, oneCluster, patch } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

const bumped = patch(MICROCLOUD_2, { lxd: { revision: 33200 } });
const twoClusters = (
  first: { proxy?: string; components?: object },
  second: { proxy?: string; components?: object },
) =>
  fleetYaml({
    clusters: [
      cluster(
        'east',
        (first.components ?? MICROCLOUD_2) as typeof MICROCLOUD_2,
        first.proxy ? { proxy: first.proxy } : {},
      ),
      cluster(
        'west',
        (second.components ?? MICROCLOUD_2) as typeof MICROCLOUD_2,
        second.proxy ? { proxy: second.proxy } : {},
      ),
    ],
  });

/** lab, canary and production behind one proxy; lab on the given lxd revision, the others on 33110. */
const waves = (lab: object, others: Record<string, object> = {}) =>
  fleetYaml({
    waves: ['lab', 'canary', 'production'],
    clusters: [
      cluster('lab', patch(MICROCLOUD_2, { lxd: lab }), { wave: 'lab', proxy: 'store-eu' }),
      cluster('canary', patch(MICROCLOUD_2, { lxd: others.canary ?? {} }), {
        wave: 'canary',
        proxy: 'store-eu',
      }),
      cluster('canary-b', patch(MICROCLOUD_2, { lxd: others['canary-b'] ?? {} }), {
        wave: 'canary',
        proxy: 'store-eu',
      }),
      cluster('production', patch(MICROCLOUD_2, { lxd: others.production ?? {} }), {
        wave: 'production',
        proxy: 'store-eu',
      }),
    ],
  });

ruleTester('pins/conflict', {
  valid: [
    {
      name: 'a staged rollout: waves behind one proxy on different revisions, every member holding the snap',
      head: waves({ revision: 36020 }),
    },
    {
      name: 'three waves on three revisions, each held until its own stage',
      head: waves({ revision: 36500 }, { canary: { revision: 36020 }, 'canary-b': { revision: 36020 } }),
    },
    {
      name: 'two clusters behind one proxy pin the same revisions',
      head: twoClusters({ proxy: 'store-eu' }, { proxy: 'store-eu' }),
    },
    {
      name: 'different revisions behind different proxies',
      head: twoClusters({ proxy: 'store-eu' }, { proxy: 'store-us', components: bumped }),
    },
    { name: 'different revisions without a proxy', head: twoClusters({}, { components: bumped }) },
    {
      name: 'one cluster behind the proxy, the other direct',
      head: twoClusters({ proxy: 'store-eu' }, { components: bumped }),
    },
    {
      name: 'different revisions of different channels behind one proxy',
      head: twoClusters(
        { proxy: 'store-eu' },
        {
          proxy: 'store-eu',
          components: patch(MICROCLOUD_2, { lxd: { channel: '6/stable', revision: 36000 } }),
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'two clusters of one wave on different revisions: their stages refresh together',
      head: waves({ revision: 36020 }, { canary: { revision: 36020 } }),
      findings: [
        {
          code: 'revisionsDiffer',
          cluster: 'canary-b',
          message:
            /^canary-b pins lxd 5\.21\/stable to revision 33110, but canary behind the same proxy store-eu pins it to 36020;/,
        },
      ],
    },
    {
      name: 'a wave that does not hold the snap would follow the override another wave sets',
      head: waves({ revision: 36020 }, { production: { hold: false } }),
      findings: [
        {
          code: 'notHeld',
          cluster: 'production',
          message:
            "production (production) pins lxd 5.21/stable to revision 33110 without a hold, while lab (lab) behind the same proxy store-eu pins it to 36020; when one wave's stage sets the override, auto-refresh moves every member that does not hold lxd to that revision. Hold it (hold: true), or pin both to the same revision.",
        },
      ],
    },
    {
      name: 'two revisions of one channel behind one proxy',
      head: twoClusters({ proxy: 'store-eu' }, { proxy: 'store-eu', components: bumped }),
      findings: [
        {
          message:
            'west pins lxd 5.21/stable to revision 33200, but east behind the same proxy store-eu pins it to 33110; a proxy override serves one revision per channel. Pin both to the same revision, or serve them from different proxies.',
          severity: 'error',
          cluster: 'west',
          component: 'lxd',
          // west's block starts at line 32 (after east's proxy line); its lxd revision value sits at line 51, column 19.
          line: 51,
          column: 19,
        },
      ],
    },
    {
      name: 'a member override behind the proxy',
      head: oneCluster(MICROCLOUD_2, {
        members: ['lab-1', 'lab-2', { name: 'lab-3', components: { lxd: { revision: 33200 } } }],
      }).replace('  - name: lab\n', '  - name: lab\n    proxy: store-eu\n'),
      findings: [
        {
          cluster: 'lab',
          member: 'lab-3',
          message:
            /^lab\/lab-3 pins lxd 5\.21\/stable to revision 33200, but lab behind the same proxy store-eu pins it to 33110;/,
        },
      ],
    },
  ],
});
