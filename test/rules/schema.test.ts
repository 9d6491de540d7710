// schema, which the loaders apply, in the same valid / invalid tables as the other rules.
import {
  MICROCLOUD_2,
  MICROCLOUD_PACK,
  oneCluster,
  packYaml,
  TOY_COMPONENTS,
  TOY_PACK,
  TOY_PACK_DATA,
} from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

const head = oneCluster(MICROCLOUD_2);
const singleNode = packYaml({ ...TOY_PACK_DATA, name: 'single', members: { min: 1, max: 1 } });

ruleTester('schema', {
  valid: [
    { name: 'the README manifest', head },
    {
      name: 'a pack the change edits that is valid',
      head,
      policyChanges: [{ file: 'policies/toy.yaml', what: 'edited', text: TOY_PACK }],
    },
    {
      name: 'a removed pack has no text to check',
      head,
      policyChanges: [{ file: 'policies/gone.yaml', what: 'removed' }],
    },
    {
      name: 'a cluster inside the member count of its pack',
      head: oneCluster(TOY_COMPONENTS, { policy: 'single', members: ['only-1'] }),
      packs: { single: singleNode },
    },
  ],
  invalid: [
    {
      name: 'a version written as a bare number',
      head: oneCluster({ ...TOY_COMPONENTS, server: { version: 'X' } }, { policy: 'toy' }).replace(
        'version: X',
        'version: 1.10',
      ),
      findings: [
        {
          line: 12,
          column: 18,
          message:
            /is the YAML number 1\.10; write it as a string, "1\.10", since YAML reads 1\.10 as 1\.1\.$/,
        },
      ],
    },
    {
      name: 'a component the pack does not know',
      head: oneCluster({ ...MICROCLOUD_2, microk8s: { version: '1.31' } }),
      findings: [{ cluster: 'lab', component: 'microk8s', line: 31, column: 7 }],
    },
    {
      name: 'a pack the change edits breaks its schema, at the line in the pack',
      head,
      policyChanges: [
        {
          file: 'policies/microcloud.yaml',
          what: 'edited',
          text: MICROCLOUD_PACK.replace('    hold: required\n', '    hold: always\n'),
        },
      ],
      findings: [
        {
          message: '`hold` at components.microceph.hold must be one of "required", "optional".',
          // microceph's `hold:`, the first in the pack.
          line: MICROCLOUD_PACK.split('\n').indexOf('    hold: required') + 1,
          column: 11,
        },
      ],
    },
    {
      name: 'a pack the change edits has a step placeholder rollgate cannot fill',
      head,
      policyChanges: [
        {
          file: 'policies/microcloud.yaml',
          what: 'edited',
          text: MICROCLOUD_PACK.replace('"{member}", --force] }', '"{host}", --force] }'),
        },
      ],
      findings: [
        {
          message:
            /^Step `evacuate` uses the placeholder \{host\}; the known ones are \{component\}, \{member\}/,
        },
      ],
    },
    {
      name: 'a cluster with more members than its pack allows',
      head: oneCluster(TOY_COMPONENTS, { policy: 'single' }),
      packs: { single: singleNode },
      findings: [
        {
          cluster: 'lab',
          line: 6,
          column: 5,
          message: 'Cluster lab has 3 members; a single cluster has exactly 1.',
        },
      ],
    },
    {
      name: 'a policy that names no pack',
      head: oneCluster(MICROCLOUD_2, { policy: 'nosuch' }),
      findings: [
        {
          line: 3,
          column: 9,
          message:
            "The manifest's policy `nosuch` names no pack in the policies directory or among rollgate's built-in packs. The packs there are: microcloud, toy.",
        },
      ],
    },
  ],
});
