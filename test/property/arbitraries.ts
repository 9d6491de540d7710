// fast-check arbitraries for fleet manifests: valid-looking fleets near the microcloud pack, renderings of
// them in the many ways YAML allows, and hostile edits. Shared by the property tests.
import fc from 'fast-check';
import { Document, isMap, isSeq, visit } from 'yaml';

/** Runs per property: short in `npm test`, longer with ROLLGATE_PROPERTY_RUNS=N. */
export const RUNS = Number(process.env.ROLLGATE_PROPERTY_RUNS ?? 60);

/** A fixed seed in `npm test` so a failure repeats; ROLLGATE_PROPERTY_SEED picks another. */
export const SEED = process.env.ROLLGATE_PROPERTY_SEED
  ? Number(process.env.ROLLGATE_PROPERTY_SEED)
  : 20261122;

/** fast-check settings for one property of `weight` (a slow property runs fewer times). */
export function settings(weight = 1): { numRuns: number; seed: number } {
  return { numRuns: Math.max(5, Math.round(RUNS / weight)), seed: SEED };
}

const TRACKS: Record<string, string[]> = {
  microceph: ['quincy', 'reef', 'squid'],
  microovn: ['22.03', '23.09', '24.03', '24.09'],
  lxd: ['4.0', '5.0', '5.21', '6'],
  microcloud: ['1', '2'],
};
const COMPONENTS = Object.keys(TRACKS);

/** A component state: mostly what the pack reads, sometimes a risk, hold or cohort it refuses. */
export const componentState = (component: string) =>
  fc.record(
    {
      channel: fc
        .tuple(
          fc.constantFrom(...(TRACKS[component] ?? ['1'])),
          fc.constantFrom('stable', 'stable', 'stable', 'candidate', 'edge'),
        )
        .map(([t, r]) => `${t}/${r}`),
      // A few revisions, so clusters behind one proxy often agree and a plan can be made.
      revision: fc.integer({ min: 1000, max: 1003 }),
      hold: fc.boolean(),
      cohort: fc.boolean(),
    },
    { requiredKeys: ['channel', 'revision'] },
  );

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);

/** A component map: some of the pack's components, each with a state. */
export const components = fc
  .subarray(COMPONENTS, { minLength: 1 })
  .chain((names) =>
    fc.tuple(...names.map((name) => componentState(name).map((state) => [name, state] as const))),
  )
  .map((entries) => Object.fromEntries(entries));

// A member's own revision is for one of its cluster's components (of another, it would be incomplete).
const member = (cluster: string, index: number, names: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(`${cluster}-${index}`) },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          name: fc.constant(`${cluster}-${index}`),
          role: fc.constantFrom('control', 'worker'),
          workload: fc.constantFrom('live', 'manual', 'skip'),
          components: fc
            .constantFrom(...names)
            .chain((c) => componentState(c).map((s) => ({ [c]: { revision: s.revision } }))),
        },
        { requiredKeys: ['name'] },
      ),
    },
  );

/** A cluster named `name`, with one to four members. */
export const clusterNamed = (name: string, waves: string[]) =>
  components.chain((states) =>
    fc.record(
      {
        name: fc.constant(name),
        ...(waves.length > 0 ? { wave: fc.constantFrom(...waves) } : {}),
        proxy: fc.constantFrom('store-eu', 'store-us'),
        members: fc
          .integer({ min: 1, max: 4 })
          .chain((n) =>
            fc.tuple(...Array.from({ length: n }, (_, i) => member(name, i + 1, Object.keys(states)))),
          ),
        components: fc.constant(states),
      },
      {
        requiredKeys:
          waves.length > 0 ? ['name', 'wave', 'members', 'components'] : ['name', 'members', 'components'],
      },
    ),
  );

/** A fleet manifest's value: one to eight clusters with distinct names, sometimes with waves and a freeze. */
export const fleetValue = fc
  .record({
    names: fc.uniqueArray(label, { minLength: 1, maxLength: 8 }),
    waves: fc.constantFrom<string[]>([], ['staging', 'production'], ['canary', 'staging', 'production']),
    freeze: fc.boolean(),
  })
  .chain(({ names, waves, freeze }) =>
    fc.tuple(...names.map((name) => clusterNamed(name, waves))).map((clusters) => ({
      apiVersion: 'rollgate/v1',
      kind: 'Fleet',
      policy: 'microcloud',
      ...(waves.length > 0 ? { waves } : {}),
      ...(freeze ? { freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end' }] } : {}),
      clusters,
    })),
  );

/** How a fleet is written: the choices YAML leaves to the writer. */
export const style = fc.record({
  indentSeq: fc.boolean(),
  flowComponents: fc.boolean(),
  flowMembers: fc.boolean(),
  stringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  clustersFirst: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  /** Comment and blank lines put between lines: [line index, indent, blank]. */
  extraLines: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 8 }), fc.boolean()), { maxLength: 6 }),
});

/** Writes a fleet value as YAML in a style. */
export function render(
  value: Record<string, unknown>,
  how: typeof style extends fc.Arbitrary<infer T> ? T : never,
): string {
  const { clusters, ...rest } = value;
  // `clusters` first moves the other keys after the list, where a reader in pieces must find them again.
  const ordered = how.clustersFirst ? { clusters, ...rest } : value;
  const document = new Document(ordered, { aliasDuplicateObjects: false });
  visit(document, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value);
      if (key === 'components' && isMap(pair.value) && how.flowComponents) pair.value.flow = true;
      if (key === 'members' && isSeq(pair.value) && how.flowMembers) pair.value.flow = true;
    },
  });
  let text = document.toString({
    indentSeq: how.indentSeq,
    defaultStringType: how.stringType,
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  const lines = text.split('\n');
  for (const [at, indent, blank] of how.extraLines) {
    lines.splice(at % lines.length, 0, blank ? '' : `${' '.repeat(indent)}# a note - with a dash`);
  }
  text = lines.join('\n');
  if (how.crlf) text = text.replace(/\n/g, '\r\n');
  if (how.bom) text = `\uFEFF${text}`;
  return text;
}

/** Every path into a value (objects and lists), and a few that lead nowhere. */
export function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) pathsOf(item, [...prefix, i], out);
    out.push([...prefix, value.length], [...prefix, 'nothing']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
    out.push([...prefix, 'nothing']);
  }
  return out;
}

/** An edit a careless or hostile hand could make: a character or a short string put in, or one taken out. */
export const edit = fc.record({
  at: fc.nat(),
  remove: fc.integer({ min: 0, max: 3 }),
  insert: fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom(
      '\n',
      '\n  - ',
      '\n- ',
      '&a ',
      '*a',
      '---\n',
      '%YAML 1.2\n',
      '"',
      "'",
      '[',
      '{',
      ': ',
      '\t',
      '#',
      '|\n',
      '!!str ',
      'clusters:\n',
    ),
  ),
});

/** Applies an edit to a text. */
export function applyEdit(text: string, change: { at: number; remove: number; insert: string }): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

type FleetValue = typeof fleetValue extends fc.Arbitrary<infer T> ? T : never;

/** A base fleet and a head that changes some of its clusters' components and some members' revisions. */
export const fleetPair = fleetValue.chain((base) =>
  fc
    .array(
      fc.record({
        cluster: fc.nat(),
        component: fc.constantFrom(...COMPONENTS),
        state: fc.constantFrom(...COMPONENTS).chain((c) => componentState(c)),
        member: fc.option(fc.nat(), { nil: undefined }),
      }),
      { maxLength: 6 },
    )
    .map((edits) => {
      const head = structuredClone(base) as FleetValue;
      for (const edit of edits) {
        const cluster = head.clusters[edit.cluster % head.clusters.length] as {
          members: Array<string | { name: string; components?: Record<string, unknown> }>;
          components: Record<string, unknown>;
        };
        if (edit.member === undefined) {
          cluster.components[edit.component] = { ...edit.state };
          continue;
        }
        // A member that keeps (or gets) its own revision: the skew rules' business.
        if (cluster.components[edit.component] === undefined) continue;
        const index = edit.member % cluster.members.length;
        const member = cluster.members[index] as
          | string
          | { name: string; components?: Record<string, unknown> };
        const name = typeof member === 'string' ? member : member.name;
        cluster.members[index] = {
          name,
          components: { [edit.component]: { revision: edit.state.revision } },
        };
      }
      return { base, head };
    }),
);
