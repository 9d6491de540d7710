// The hostile YAML of issue 11, within the stated limits (32 MiB, 64 levels), each with the finding it must get. Made
// on demand since each is large. Shared by the test that bounds their time and memory (test/corpus/hostile-size.test.ts)
// and the benchmark that times them (scripts/bench/hostile.mjs).

const HEAD = 'apiVersion: rollgate/v1\nkind: Fleet\npolicy: microcloud\n';
const LXD = '{ channel: 5.21/stable, revision: 1000, hold: true, cohort: true }';

const repeat = (count, line) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

/** @type {import('./hostile-inputs.d.mts').HostileInput[]} */
export const HOSTILE_INPUTS = [
  {
    name: 'a 420 KB comment line of policy:policy:... under --base-ref',
    text: () =>
      `${HEAD}# ${'policy:'.repeat(60_000)}\nclusters:\n  - name: lab\n    members: [lab-1]\n    components:\n      lxd: ${LXD}\n`,
    baseRef: true,
  },
  {
    name: 'a flow mapping of 60,000 keys in one components',
    text: () =>
      `${HEAD}clusters:\n  - name: lab\n    members: [lab-1]\n    components: {${Array.from({ length: 60_000 }, (_, i) => `c${i}: ${i}`).join(', ')}}\n`,
    rule: 'schema',
    code: 'TOO_MANY_KEYS',
  },
  {
    name: '100,000 top-level keys',
    text: () => `${HEAD}${repeat(100_000, (i) => `k${i}: ${i}`)}\n`,
    rule: 'schema',
    code: 'TOO_MANY_KEYS',
  },
  {
    name: '100,000 top-level keys, one of them twice',
    text: () => `${HEAD}${repeat(100_000, (i) => `k${i}: ${i}`)}\nk5: again\n`,
    rule: 'yaml/syntax',
    message: /A key appears twice in one mapping/,
  },
  {
    name: '20,000 members with overrides in one cluster',
    text: () =>
      `${HEAD}clusters:\n  - name: lab\n    members:\n${repeat(20_000, (i) => `      - { name: m${i}, components: { lxd: { channel: 5.21/stable, revision: ${1000 + (i % 7)}, hold: true, cohort: true } } }`)}\n    components:\n      lxd: ${LXD}\n`,
    rule: 'skew/members',
  },
  { name: '16 MiB of [[[[', text: () => '['.repeat(16 * 1024 * 1024), rule: 'yaml/syntax' },
];
