import { MICROCLOUD_1, MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
// A component's channel value sits one line below its key, at column 18; its revision two lines below, at column 19.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

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
          code: 'alreadyPastEndOfLife',
          severity: 'warning',
          introduced: false,
          message: /It was already there before this change; plan the upgrade off it\.$/,
        },
      ],
    },
    {
      name: "moving from one end-of-life version to another is the change's own",
      base: toy({ server: { version: '1.4.1' }, agent: { version: '1.4.2' } }),
      head: toy({ server: { version: '1.4.2' }, agent: { version: '1.4.2' } }),
      findings: [{ component: 'server', severity: 'error', introduced: true }],
    },
    {
      name: 'an end-of-life version the base ran, in a cluster the change does not touch, fails only when strict',
      base: toy({ server: { version: '1.4.2' }, agent: { version: '1.4.2' } }),
      head: toy({ server: { version: '1.4.2' }, agent: { version: '1.4.3' } }),
      strict: true,
      findings: [{ component: 'server', severity: 'error', introduced: false }],
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
