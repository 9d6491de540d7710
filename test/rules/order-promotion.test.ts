import { cluster, fleetYaml, MICROCLOUD_2, patch } from '../helpers/fleet.js';
import { ruleTester } from '../helpers/rule-tester.js';

// oneCluster() writes each microcloud component as a five-line block from line 11: microceph 11, microovn 16, lxd 21, microcloud 26.

const staged = (
  stage: Record<string, object>,
  prod: Record<string, object>,
  extra: { waves?: string[] } = { waves: ['staging', 'production'] },
) =>
  fleetYaml({
    ...extra,
    clusters: [
      cluster('stage', stage, extra.waves ? { wave: 'staging' } : {}),
      cluster('prod', prod, extra.waves ? { wave: 'production' } : {}),
    ],
  });
const newerLxd = patch(MICROCLOUD_2, { lxd: { revision: 33200 } });

ruleTester('order/promotion', {
  valid: [
    {
      name: 'production takes what staging already runs',
      base: staged(newerLxd, MICROCLOUD_2),
      head: staged(newerLxd, newerLxd),
    },
    {
      name: 'staging, the first wave, moves first',
      base: staged(MICROCLOUD_2, MICROCLOUD_2),
      head: staged(newerLxd, MICROCLOUD_2),
    },
    {
      name: 'no waves: clusters move together',
      base: staged(MICROCLOUD_2, MICROCLOUD_2, {}),
      head: staged(newerLxd, newerLxd, {}),
    },
    { name: 'no base: nothing to compare', head: staged(MICROCLOUD_2, newerLxd) },
    {
      name: 'production changes nothing',
      base: staged(MICROCLOUD_2, MICROCLOUD_2),
      head: staged(MICROCLOUD_2, MICROCLOUD_2),
    },
  ],
  invalid: [
    {
      name: 'production moves before staging runs it',
      base: staged(MICROCLOUD_2, MICROCLOUD_2),
      head: staged(MICROCLOUD_2, newerLxd),
      findings: [
        {
          message:
            'prod (production) moves lxd to 5.21/stable@33200, which the earlier waves do not run yet: stage (staging) runs 5.21/stable@33110. Roll it out there first, then promote.',
          severity: 'error',
          cluster: 'prod',
          component: 'lxd',
        },
      ],
    },
    {
      name: 'both waves move in one change',
      base: staged(MICROCLOUD_2, MICROCLOUD_2),
      head: staged(newerLxd, newerLxd),
      findings: [
        { cluster: 'prod', component: 'lxd', message: /stage \(staging\) runs 5\.21\/stable@33110\./ },
      ],
    },
    {
      name: 'the third wave is judged against both earlier ones',
      base: fleetYaml({
        waves: ['canary', 'staging', 'production'],
        clusters: [
          cluster('canary', newerLxd, { wave: 'canary' }),
          cluster('stage', MICROCLOUD_2, { wave: 'staging' }),
          cluster('prod', MICROCLOUD_2, { wave: 'production' }),
        ],
      }),
      head: fleetYaml({
        waves: ['canary', 'staging', 'production'],
        clusters: [
          cluster('canary', newerLxd, { wave: 'canary' }),
          cluster('stage', MICROCLOUD_2, { wave: 'staging' }),
          cluster('prod', newerLxd, { wave: 'production' }),
        ],
      }),
      findings: [
        {
          cluster: 'prod',
          message: /earlier waves do not run yet: stage \(staging\) runs 5\.21\/stable@33110\. Roll/,
        },
      ],
    },
  ],
});
