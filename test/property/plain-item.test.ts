// The plain-item reader (src/manifest/plain-item.ts) reads most cluster entries of a large manifest without the
// yaml package's syntax tree. It may give up on anything; what it must never do is read a text to a value the
// yaml package would not give it, or accept a text the yaml package reports a problem in. These properties
// hold it to that on generated items written in many ways, on tricky scalars and keys, after hostile edits,
// and on every item of the bundled examples and the bad-input corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { NOT_PLAIN, readPlainItem } from '../../src/manifest/plain-item.js';
import { parseYamlFile } from '../../src/manifest/yaml.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { applyEdit, clusterNamed, edit, render, settings } from './arbitraries.js';

/** How the yaml package reads an item alone, as `readInPieces` has it read one the fast reader gives up on. */
function yamlReading(text: string): { ok: true; value: unknown } | { ok: false } {
  const documents = parseAllDocuments(text, {
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    logLevel: 'silent',
  });
  if (!Array.isArray(documents) || documents.length !== 1) return { ok: false };
  const [document] = documents;
  if (!document || document.errors.length > 0 || document.warnings.length > 0) return { ok: false };
  const value = document.toJS({ maxAliasCount: 100 });
  if (!Array.isArray(value) || value.length !== 1) return { ok: false };
  return { ok: true, value: value[0] };
}

/** Checks the reader against the yaml package on one item; says whether the reader took it. */
function agreesWithYaml(text: string, indent: number): boolean {
  const fast = readPlainItem(text, indent);
  if (fast === NOT_PLAIN) return false;
  const reading = yamlReading(text);
  expect([text, reading.ok]).toEqual([text, true]);
  // node's strict deep equality, not vitest's: a cluster with a `constructor` key would trip vitest's type check.
  if (reading.ok) {
    const same = isDeepStrictEqual(fast, reading.value);
    expect({ text, fast, same }).toEqual({ text, fast: reading.value, same: true });
  }
  return true;
}

/** Scalars as they might be written after `key: ` or `- `, many of them meaning something other than a string. */
const SCALARS = [
  'a',
  'site-000001',
  'squid/stable',
  '5.21/stable',
  '4100',
  '0',
  '007',
  '1.10',
  '1.',
  '1e3',
  '2.5E-2',
  '0x1F',
  '0o17',
  '0xZZ',
  '12345678901234567890',
  '1234567890.123456789',
  '.5',
  '.inf',
  '-1',
  '+1',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'yes',
  'no',
  'on',
  '2026-12-20',
  '2026-12-20T10:00:00Z',
  'a b',
  'a  b',
  'a: b',
  'a:b',
  'a:',
  'http://x.example/y',
  'a #c',
  'a#c',
  'a # c: d',
  '"q"',
  "'q'",
  '"a\\"b"',
  '"a\\tb"',
  "'it''s'",
  '"x # y"',
  "'x, y'",
  '"unclosed',
  '&a x',
  '*a',
  '!!str 1',
  '!local x',
  '|',
  '>-',
  '@x',
  '`x`',
  'a,b',
  'a]',
  'a}',
  '{a: 1}',
  '{ channel: squid/stable, revision: 4100, hold: true }',
  '[1, 2]',
  '[]',
  '{}',
  '{ a: b, c: [d, e] }',
  '[a, ]',
  '[a,,b]',
  '{a: }',
  '{a:b}',
  '{a: b',
  '[a: b]',
  '[a, {b: c}]',
  '{ a: "x, y", b: \'z\' }',
  '{ a: b } # note',
  '{ a: b }#note',
  '[a] x',
  '- a',
  '? a',
  ':a',
  '%x',
  '__proto__',
  'constructor',
  'caf\u00e9',
  'a\tb',
  'a\\b',
  '',
];

/** Keys as they might be written before `:`. */
const KEYS = [
  'name',
  'wave',
  'members',
  'components',
  'channel',
  'revision',
  'hold',
  'a',
  'a.b',
  'a/b',
  'a-b',
  '_x',
  'x1',
  'true',
  'null',
  'True',
  'NULL',
  '__proto__',
  'constructor',
  'toString',
  '1',
  '1.5',
  '"q"',
  "'q'",
  'a b',
  '<<',
  '? x',
  'k:x',
  '-x',
  'caf\u00e9',
];

type Tree = { scalar: string } | { map: Array<[string, Tree]> } | { list: Tree[] };

const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.constantFrom(...SCALARS).map((scalar) => ({ scalar })) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 })
        .map((map) => ({ map })),
    },
    { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((list) => ({ list })) },
  ),
})).node;

/** Choices a writer has: the step of indentation, lists at their key's column, `- key:` on one line, comments. */
const layout = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  listAtKeyColumn: fc.boolean(),
  compact: fc.boolean(),
  comments: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 10 }), fc.boolean()), { maxLength: 3 }),
  trailing: fc.constantFrom('', ' ', '  # note', ' #', '#x'),
  crlf: fc.boolean(),
});

/** Writes a tree as one list item at `indent`, in block style. */
function writeItem(root: Tree, indent: number, how: typeof layout extends fc.Arbitrary<infer T> ? T : never) {
  const lines: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  // `prefix` is written before the node's first line (`- ` or `key:`), at column `column`.
  const write = (node: Tree, column: number, prefix: string, isKey: boolean) => {
    if ('scalar' in node) {
      lines.push(`${pad(column)}${prefix}${isKey ? ' ' : ''}${node.scalar}${how.trailing}`);
      return;
    }
    if ('list' in node) {
      const at = isKey && how.listAtKeyColumn ? column : column + how.step;
      lines.push(`${pad(column)}${prefix}`);
      for (const item of node.list) write(item, at, '- ', false);
      return;
    }
    const [first, ...rest] = node.map;
    if (!first) return;
    if (!isKey && how.compact) {
      // `- key: value`, the rest of the mapping at the column of that key.
      const mapColumn = column + prefix.length;
      write(first[1], column, `${prefix}${first[0]}:`, true);
      for (const [key, value] of rest) write(value, mapColumn, `${key}:`, true);
      return;
    }
    lines.push(`${pad(column)}${prefix}`);
    for (const [key, value] of node.map) write(value, column + how.step, `${key}:`, true);
  };
  write(root, indent, '- ', false);
  for (const [at, column, blank] of how.comments)
    lines.splice(1 + (at % lines.length), 0, blank ? '' : `${pad(column)}# a note`);
  const text = `${lines.join('\n')}\n`;
  return how.crlf ? text.replaceAll('\n', '\r\n') : text;
}

describe('the plain-item reader', () => {
  it('reads generated items to the yaml package value, or leaves them to it', () => {
    let taken = 0;
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 4 }), layout, (root, indent, how) => {
        if (agreesWithYaml(writeItem(root, indent, how), indent)) taken++;
      }),
      settings(1 / 20),
    );
    // Most generated items hold something tricky; enough must still be taken for the check to mean anything.
    expect(taken).toBeGreaterThan(settings(1 / 20).numRuns / 20);
  });

  it('reads generated items to the yaml package value after hostile edits, or leaves them to it', () => {
    fc.assert(
      fc.property(
        tree,
        fc.integer({ min: 0, max: 4 }),
        layout,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (root, indent, how, edits) => {
          agreesWithYaml(edits.reduce(applyEdit, writeItem(root, indent, how)), indent);
        },
      ),
      settings(1 / 20),
    );
  });

  it('takes clusters written the ways the yaml package writes them, and reads them the same', () => {
    let taken = 0;
    let runs = 0;
    const written = fc.record({
      indentSeq: fc.boolean(),
      flowComponents: fc.boolean(),
      flowMembers: fc.boolean(),
      stringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      crlf: fc.boolean(),
    });
    fc.assert(
      fc.property(clusterNamed('site-1', ['canary', 'production']), written, (cluster, how) => {
        const text = render(
          { clusters: [cluster] },
          { ...how, clustersFirst: false, bom: false, extraLines: [] },
        );
        const item = text.slice(text.indexOf('\n') + 1);
        runs++;
        if (agreesWithYaml(item, how.indentSeq ? 2 : 0)) taken++;
      }),
      settings(1 / 4),
    );
    // Plain, quoted, flow or block, LF or CRLF: every way of writing these clusters is one the reader takes.
    expect(taken).toBe(runs);
  });

  it('agrees with the yaml package on every item of the examples and the bad-input corpus', () => {
    const files = [
      ...readdirSync(path.join(REPO_ROOT, 'examples')).flatMap((pack) =>
        readdirSync(path.join(REPO_ROOT, 'examples', pack)).map((file) =>
          path.join(REPO_ROOT, 'examples', pack, file),
        ),
      ),
      ...['manifests', 'bases'].flatMap((dir) =>
        readdirSync(path.join(REPO_ROOT, 'test/corpus/bad', dir))
          .filter((file) => /\.ya?ml$/.test(file))
          .map((file) => path.join(REPO_ROOT, 'test/corpus/bad', dir, file)),
      ),
    ];
    let items = 0;
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (text.length > 1_000_000) continue;
      const source = parseYamlFile(text, file, { piecesFrom: 0 }).source;
      const pieces = source?.pieces;
      if (!source || !pieces) continue;
      for (let i = 0; i < pieces.starts.length; i++) {
        items++;
        if (agreesWithYaml(text.slice(pieces.starts[i], pieces.ends[i]), pieces.indent)) taken++;
      }
    }
    expect(items).toBeGreaterThan(30);
    expect(taken).toBeGreaterThan(items / 2);
  });

  it.each([
    ['an anchor', '- name: &n a\n'],
    ['an alias', '- name: *n\n'],
    ['a tag', '- revision: !!str 4100\n'],
    ['a block scalar', '- note: |\n    text\n'],
    ['a multi-line plain scalar', '- note: first\n    second\n'],
    ['an escape in a double-quoted string', '- name: "a\\u0041"\n'],
    ['a doubled quote in a single-quoted string', "- name: 'it''s'\n"],
    ['a tab', '- name:\ta\n'],
    ['a CR that ends no line', '- name: a\rb\n'],
    ['a non-ASCII character', '- name: caf\u00e9\n'],
    ['a duplicate key', '- name: a\n  name: b\n'],
    ['a __proto__ key', '- __proto__: { polluted: true }\n'],
    ['a key the core schema reads as a boolean', '- true: a\n'],
    ['a hexadecimal number', '- revision: 0x10\n'],
    ['a flow collection over two lines', '- components: { lxd: { revision: 1 },\n    microceph: {} }\n'],
    ['a document marker', '- name: a\n---\n'],
    ['a line indented between two levels', '- name: a\n   wave: b\n'],
    ['a comment indented under a value', '- name: a\n      # about a\n'],
  ])('leaves an item with %s to the yaml package', (_, text) => {
    expect(readPlainItem(text, 0)).toBe(NOT_PLAIN);
  });

  it('reads the core schema scalars as the yaml package does', () => {
    const text = [
      '- int: 4100',
      '  zero: 007',
      '  float: 1.10',
      '  exp: 1e3',
      '  yes: yes',
      '  t: True',
      '  f: FALSE',
      '  n: Null',
      '  empty:',
      '  date: 2026-12-20',
      '  url: http://x.example/y',
      '  words: a  b # a comment',
      '  hash: a#b',
      '  quoted: "x # y"',
      "  single: 'x, y'",
      '  flow: { a: [b, 1, null, "c"], d: {} }',
      '  list:',
      '  - a',
      '  -',
      '  - k: v',
      '    l: w',
      '',
    ].join('\n');
    const value = readPlainItem(text, 0);
    expect(agreesWithYaml(text, 0)).toBe(true);
    expect(value).toMatchObject({ int: 4100, zero: 7, float: 1.1, exp: 1000, yes: 'yes', t: true, n: null });
  });
});
