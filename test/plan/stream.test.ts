// The streamed plan: its files are made piece by piece, yet read byte for byte as the whole values would, and its id
// is the hash of what it writes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type CheckResult, check } from '../../src/check/index.js';
import { RollgateError } from '../../src/findings.js';
import { type Fleet, memberState, sameRun } from '../../src/manifest/fleet.js';
import {
  buildPlan,
  bundleFiles,
  checkedChange,
  type Plan,
  type PlanChunk,
  streamPlan,
} from '../../src/plan/index.js';
import { example, PACKS, NOW as PACKS_NOW, resolveShipped } from '../packs/pack-helpers.js';
import { checkChange, fleetOf, fleetYaml, microcloudUpgrade, snap } from './helpers.js';

/**
 * Every file of a stream by path, and the plan it returns; checks that each file's chunks end exactly once and
 * nothing follows its end.
 */
function files(chunks: Generator<PlanChunk, Plan>): { texts: Map<string, string>; plan: Plan } {
  const texts = new Map<string, string>();
  const ended = new Set<string>();
  let next = chunks.next();
  for (; !next.done; next = chunks.next()) {
    const chunk = next.value;
    expect(ended.has(chunk.path), `${chunk.path} written after its end`).toBe(false);
    texts.set(chunk.path, (texts.get(chunk.path) ?? '') + chunk.text);
    if (chunk.end) ended.add(chunk.path);
  }
  expect([...ended].sort()).toEqual([...texts.keys()].sort());
  return { texts, plan: next.value };
}

/** A fleet whose names JavaScript objects reorder (array indices), with members running their own revisions. */
function numericNames(revision: number): string {
  return fleetYaml({
    clusters: [
      {
        name: 'lab',
        members: [
          'b-1',
          '10',
          { name: '2', components: { lxd: snap('5.21/stable', revision - 1) } },
          { name: '0', role: 'control' },
        ],
        components: {
          microceph: snap('squid/stable', 4067),
          microovn: snap('24.03/stable', 667),
          lxd: snap('5.21/stable', revision),
          microcloud: snap('2/stable', 1144),
        },
      },
      {
        name: '7',
        proxy: 'store',
        members: ['a', { name: '3', components: { lxd: snap('5.21/stable', revision) } }],
        components: {
          microceph: snap('squid/stable', 4067),
          microovn: snap('24.03/stable', 667),
          lxd: snap('5.21/stable', revision),
          microcloud: snap('2/stable', 1144),
        },
      },
    ],
  });
}

const cases: Array<[string, () => Promise<Parameters<typeof streamPlan>[0]>]> = [
  ...PACKS.map((pack): [string, () => Promise<Parameters<typeof streamPlan>[0]>] => [
    `the ${pack} example`,
    async () => ({
      result: await check({
        base: example(pack, 'base'),
        head: example(pack, 'head-pass'),
        resolvePack: resolveShipped,
        now: PACKS_NOW,
      }),
      transport: 'ssh {member}',
    }),
  ]),
  [
    'the MicroCloud upgrade behind a proxy, over ssh',
    async () => {
      const { base, head } = microcloudUpgrade({ proxy: 'store-lab' });
      return { result: await checkChange(base, head), transport: 'ssh {member}' };
    },
  ],
  [
    'the MicroCloud upgrade with no base',
    async () => ({ result: await checkChange(undefined, microcloudUpgrade().head), transport: 'local' }),
  ],
  [
    'the MicroCloud upgrade after an unfinished rollout',
    async () => {
      const { base, head } = microcloudUpgrade();
      return { result: await checkChange(base, head), unfinished: [fleetOf(head)], transport: 'local' };
    },
  ],
  [
    'names that are array indices',
    async () => ({
      result: await checkChange(numericNames(35000), numericNames(36020)),
      transport: 'local',
    }),
  ],
];

describe('streamPlan', () => {
  it.each(cases)(
    'writes %s byte for byte as the bundle does, JSON as JSON.stringify writes it',
    async (_name, input) => {
      const { texts: streamed, plan } = files(streamPlan(await input()));
      for (const name of ['plan.json', 'pins.json', 'rollback.json', 'matrix.json']) {
        const text = streamed.get(name) ?? '';
        expect(text, name).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      }
      expect(JSON.parse(streamed.get('plan.json') ?? '')).toEqual(plan);
      const bundled = bundleFiles(buildPlan(await input()));
      expect(bundled.map((file) => [file.path, file.text])).toEqual(
        bundled.map((file) => [file.path, streamed.get(file.path)]),
      );
      expect([...streamed.keys()].sort()).toEqual(
        [...bundled.map((file) => file.path), 'matrix.json', 'preview.md'].sort(),
      );
    },
  );

  it.each(cases)(
    "plans %s the same from only what it reads of the check (checkedChange), without the manifests' texts",
    async (_name, input) => {
      const given = await input();
      const change = checkedChange(given.result as CheckResult);
      expect('source' in change.head || (change.base !== undefined && 'source' in change.base)).toBe(false);
      expect(files(streamPlan({ ...given, result: change })).texts).toEqual(files(streamPlan(given)).texts);
    },
  );

  it.each(cases)(
    'pins %s: every member at its head state of every component, changed where the base or an unfinished rollout differs',
    async (_name, input) => {
      const given = await input();
      const pins = JSON.parse(files(streamPlan(given)).texts.get('pins.json') ?? '');
      const expected: Record<string, Record<string, Record<string, unknown>>> = {};
      const head = given.result.head.fleet as Fleet;
      const others = [given.result.base?.fleet, ...(given.unfinished ?? [])];
      for (const cluster of head.clusters) {
        const members: Record<string, Record<string, unknown>> = {};
        for (const member of cluster.members) {
          const own: Record<string, unknown> = {};
          const names = new Set([...Object.keys(cluster.components), ...Object.keys(member.overrides ?? {})]);
          for (const component of names) {
            const to = memberState(cluster, member, component);
            if (!to) continue;
            const stateIn = (fleet: Fleet | undefined) => {
              const there = fleet?.clusters.find((c) => c.name === cluster.name);
              const them = there?.members.find((m) => m.name === member.name);
              return there && them ? memberState(there, them, component) : undefined;
            };
            const [base, ...unfinished] = others.map(stateIn);
            // What a member runs, and the hold and cohort the manifest declares: a change to either moves it.
            const same = (state: typeof to | undefined) =>
              sameRun(state, to) && state?.hold === to.hold && state?.cohort === to.cohort;
            const changed = !same(base) || unfinished.some((state) => state !== undefined && !same(state));
            own[component] = {
              ...(to.channel !== undefined ? { channel: to.channel } : {}),
              ...(to.revision !== undefined ? { revision: to.revision } : {}),
              ...(to.version !== undefined ? { version: to.version } : {}),
              ...(to.hold !== undefined ? { hold: to.hold } : {}),
              ...(to.cohort !== undefined ? { cohort: to.cohort } : {}),
              changed,
            };
          }
          members[member.name] = own;
        }
        expected[cluster.name] = members;
      }
      const actual = Object.fromEntries(
        Object.entries(pins.clusters as Record<string, { members: Record<string, unknown> }>).map(
          ([name, entry]) => [name, entry.members],
        ),
      );
      expect(actual).toEqual(expected);
    },
  );

  it('makes the same chunks every time it plans the same input', async () => {
    const { base, head } = microcloudUpgrade();
    const result = await checkChange(base, head);
    expect([...streamPlan({ result, transport: 'local' })]).toEqual([
      ...streamPlan({ result, transport: 'local' }),
    ]);
  });

  it("gives the plan id as the SHA-256 of pins.json's clusters, then plan.json without its id", async () => {
    const result = await checkChange(numericNames(35000), numericNames(36020));
    const { texts: streamed } = files(streamPlan({ result, transport: 'local' }));
    const plan = JSON.parse(streamed.get('plan.json') ?? '');
    const pins = JSON.parse(streamed.get('pins.json') ?? '');
    const { id, ...content } = plan;
    const clusters = JSON.stringify({ clusters: pins.clusters }, null, 2);
    const hash = createHash('sha256')
      .update(clusters.slice('{\n  "clusters": {'.length, -'\n  }\n}'.length))
      .update(JSON.stringify(content, null, 2))
      .digest('hex');
    expect(Object.keys(pins.clusters)).toEqual(['7', 'lab']);
    expect(id).toBe(`sha256:${hash}`);
    expect(pins.plan).toBe(id);
    // Last in both files: it is known only once everything before it is written.
    expect(Object.keys(plan).at(-1)).toBe('id');
    expect(Object.keys(pins).at(-1)).toBe('plan');
  });

  it('changes the id when only the pins of members that do not move change', async () => {
    const still = (revision: number) =>
      fleetYaml({
        clusters: [
          {
            name: 'lab',
            members: ['a', 'b', 'c'],
            components: { microceph: snap('squid/stable', revision) },
          },
        ],
      });
    const first = files(
      streamPlan({ result: await checkChange(still(4067), still(4067)), transport: 'local' }),
    ).plan;
    const second = files(
      streamPlan({ result: await checkChange(still(4068), still(4068)), transport: 'local' }),
    ).plan;
    expect(first.stages).toEqual([]);
    expect(second.stages).toEqual([]);
    expect(second.id).not.toBe(first.id);
  });

  it('refuses in words a change it finds unplannable part-way, once the pins show it', async () => {
    const fleet = (second: number) =>
      fleetYaml({
        clusters: ['a', 'b'].map((name, index) => ({
          name,
          proxy: 'store',
          members: ['m-1'],
          components: { microceph: snap('squid/stable', index === 0 ? 4067 : second) },
        })),
      });
    const result = await checkChange(fleet(4067), fleet(4068));
    const chunks = streamPlan({ result, transport: 'local' });
    expect(() => [...chunks]).toThrow(RollgateError);
    expect(() => [...streamPlan({ result, transport: 'local' })]).toThrow(
      'a proxy override serves one revision per channel',
    );
  });

  it('refuses an unreadable head before making any chunk', async () => {
    const result = await checkChange(undefined, 'clusters: [');
    expect(() => streamPlan({ result, transport: 'local' })).toThrow('could not be read');
  });
});
