import { MICROCLOUD_2, MICROCLOUD_PACK, oneCluster, patch } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

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
