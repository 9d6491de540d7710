import { cluster, fleetYaml, MICROCLOUD_2, MICROCLOUD_PACK, oneCluster, patch } from '../helpers/fleet.js';
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

ruleTester('pins/conflict', {
  valid: [
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

const renamedPack = MICROCLOUD_PACK.replace('name: microcloud', 'name: microcloud-next');

ruleTester('policy/changed', {
  valid: [
    {
      name: 'a change that edits no pack',
      base: oneCluster(MICROCLOUD_2),
      head: oneCluster(patch(MICROCLOUD_2, { lxd: { revision: 33200 } })),
    },
    { name: 'no base and no pack changes', head: oneCluster(MICROCLOUD_2) },
  ],
  invalid: [
    {
      name: 'an edited pack is named at the first line the edit touches, as a warning',
      head: oneCluster(MICROCLOUD_2),
      policyChanges: [{ file: 'policies/microcloud.yaml', what: 'edited', line: 16 }],
      findings: [
        {
          message:
            "This change edits the policy pack policies/microcloud.yaml. It is judged by the base's packs (policies/microcloud.yaml), so a pack change cannot let itself pass; it takes effect once merged, and needs a reviewer who owns the policy.",
          severity: 'warning',
          line: 16,
          column: 1,
        },
      ],
    },
    {
      name: 'added, removed and renamed packs each say what happened',
      head: oneCluster(MICROCLOUD_2),
      policyChanges: [
        { file: 'policies/added.yaml', what: 'added' },
        { file: 'policies/gone.yaml', what: 'removed' },
        { file: 'policies/renamed.yaml', what: 'renamed' },
      ],
      findings: [
        { message: /^This change adds the policy pack policies\/added\.yaml\./, line: 1, column: 1 },
        { message: /^This change removes the policy pack policies\/gone\.yaml\./ },
        { message: /^This change renames the policy pack policies\/renamed\.yaml\./ },
      ],
    },
    {
      name: "the manifest's policy moves to another pack: judged by the base's",
      base: oneCluster(MICROCLOUD_2),
      head: oneCluster(MICROCLOUD_2, { policy: 'microcloud-next' }),
      packs: { microcloud: MICROCLOUD_PACK, 'microcloud-next': renamedPack },
      findings: [
        {
          message:
            "The manifest's policy moves from microcloud to microcloud-next. This change is judged by microcloud, the base's pack; the new one applies from the next change on.",
          severity: 'warning',
          line: 3,
          column: 9,
        },
      ],
    },
  ],
});
