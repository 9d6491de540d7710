import { MICROCLOUD_2, oneCluster, patch, TOY_COMPONENTS } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.
const toy = (changes: Parameters<typeof patch>[1]) =>
  oneCluster(patch(TOY_COMPONENTS, changes), { policy: 'toy' });
const microcloud = (changes: Parameters<typeof patch>[1], from = MICROCLOUD_2) =>
  oneCluster(patch(from, changes));

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
