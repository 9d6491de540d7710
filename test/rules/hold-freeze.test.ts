import { cluster, fleetYaml, MICROCLOUD_2, oneCluster, patch } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.

const yearEnd = [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end' }];
const bumped = patch(MICROCLOUD_2, { lxd: { revision: 33200 } });

/** A lab wave and a production wave, with lxd bumped in the clusters named, under a freeze of production alone. */
function waved(
  bump: string[],
  freeze: { waves?: string[]; clusters?: string[] } = { waves: ['production'] },
) {
  return fleetYaml({
    waves: ['lab', 'production'],
    freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end', ...freeze }],
    clusters: [
      cluster('lab', bump.includes('lab') ? bumped : MICROCLOUD_2, { wave: 'lab' }),
      cluster('prod-a', bump.includes('prod-a') ? bumped : MICROCLOUD_2, { wave: 'production' }),
      cluster('prod-b', bump.includes('prod-b') ? bumped : MICROCLOUD_2, { wave: 'production' }),
    ],
  });
}

ruleTester('hold/freeze', {
  valid: [
    {
      name: 'a change before the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-19T23:59:59Z',
    },
    {
      name: 'a change after the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2027-01-05T00:00:00Z',
    },
    {
      name: 'no version change during the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'a change of hold or cohort alone is no version change',
      base: oneCluster(patch(MICROCLOUD_2, { lxd: { hold: true } }), { freeze: yearEnd }),
      head: oneCluster(patch(MICROCLOUD_2, { lxd: { cohort: true } }), { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'no base, so no change to judge',
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'after the end of a freeze given in RFC 3339 times',
      base: oneCluster(MICROCLOUD_2, {
        freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }],
      }),
      head: oneCluster(bumped, { freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }] }),
      now: '2026-12-24T18:00:01Z',
    },
    {
      name: 'a production-only freeze lets a lab bump through',
      base: waved([]),
      head: waved(['lab']),
      now: '2026-12-24T12:00:00Z',
    },
    {
      name: 'a freeze of one cluster lets its neighbour in the same wave through',
      base: waved([], { clusters: ['prod-a'] }),
      head: waved(['prod-b'], { clusters: ['prod-a'] }),
      now: '2026-12-24T12:00:00Z',
    },
  ],
  invalid: [
    {
      name: 'a production-only freeze stops a production bump',
      base: waved([]),
      head: waved(['lab', 'prod-b']),
      now: '2026-12-24T12:00:00Z',
      findings: [
        {
          cluster: 'prod-b',
          component: 'lxd',
          message:
            'lxd in prod-b changes (5.21/stable@33110 -> 5.21/stable@33200) during the freeze of wave production from 2026-12-20 to 2027-01-04 (year-end). Merge it after 2027-01-04.',
        },
      ],
    },
    {
      name: 'a freeze of one cluster stops that cluster',
      base: waved([], { clusters: ['prod-a'] }),
      head: waved(['prod-a', 'prod-b'], { clusters: ['prod-a'] }),
      now: '2026-12-24T12:00:00Z',
      findings: [{ cluster: 'prod-a', message: /during the freeze of cluster prod-a from 2026-12-20/ }],
    },
    {
      name: 'a freeze of a wave and a cluster covers both',
      base: waved([], { waves: ['production'], clusters: ['lab'] }),
      head: waved(['lab', 'prod-a'], { waves: ['production'], clusters: ['lab'] }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        { cluster: 'lab', message: /during the freeze of cluster lab from/ },
        { cluster: 'prod-a', message: /during the freeze of wave production from/ },
      ],
    },
    {
      name: 'a change inside a freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        {
          message:
            'lxd in lab changes (5.21/stable@33110 -> 5.21/stable@33200) during the freeze from 2026-12-20 to 2027-01-04 (year-end). Merge it after 2027-01-04.',
          severity: 'error',
          cluster: 'lab',
          component: 'lxd',
          line: 25,
          column: 7,
        },
      ],
    },
    {
      name: 'on the first day of the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2026-12-20T00:00:00Z',
      findings: [{ component: 'lxd' }],
    },
    {
      name: 'on the last day of the freeze',
      base: oneCluster(MICROCLOUD_2, { freeze: yearEnd }),
      head: oneCluster(bumped, { freeze: yearEnd }),
      now: '2027-01-04T23:59:59Z',
      findings: [{ component: 'lxd' }],
    },
    {
      name: 'a freeze given in RFC 3339 times',
      base: oneCluster(MICROCLOUD_2, {
        freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }],
      }),
      head: oneCluster(bumped, { freeze: [{ from: '2026-12-24T08:00:00Z', to: '2026-12-24T18:00:00Z' }] }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        {
          component: 'lxd',
          message: /during the freeze from 2026-12-24T08:00:00Z to 2026-12-24T18:00:00Z\. Merge/,
        },
      ],
    },
    {
      name: 'a component added and one removed during a freeze',
      base: oneCluster(patch(MICROCLOUD_2, { microcloud: null }), { freeze: yearEnd }),
      head: oneCluster(patch(MICROCLOUD_2, { lxd: null }), { freeze: yearEnd }),
      now: '2026-12-24T12:00:00Z',
      findings: [
        { component: 'lxd', message: /^lxd in lab changes \(5\.21\/stable@33110 -> removed\)/ },
        { component: 'microcloud', message: /^microcloud in lab changes \(new -> 2\/stable@1144\)/ },
      ],
    },
  ],
});
