// yaml/syntax, which the YAML reader applies, in the same valid / invalid tables as the other rules.
import { MICROCLOUD_2, oneCluster } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

const head = oneCluster(MICROCLOUD_2);

ruleTester('yaml/syntax', {
  valid: [
    {
      name: 'a manifest with comments, flow style and a document start',
      head: `# the lab\n---\n${head.replace('kind: Fleet', 'kind: Fleet # always')}`,
    },
    { name: 'an explicit %YAML 1.2 directive', head: `%YAML 1.2\n---\n${head}` },
  ],
  invalid: [
    {
      name: 'a duplicate component key',
      head: head.replace('      microovn:\n', '      microceph:\n'),
      findings: [
        {
          line: 16,
          column: 7,
          message:
            /^A key appears twice in one mapping \(Map keys must be unique\); YAML readers disagree on which wins, so remove one\.$/,
        },
      ],
    },
    {
      name: 'an unclosed quote',
      head: head.replace('policy: microcloud', 'policy: "microcloud'),
      findings: [{ message: /^The YAML does not parse: / }],
    },
  ],
});
