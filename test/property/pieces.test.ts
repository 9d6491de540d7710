// A large manifest is read one cluster at a time (src/manifest/yaml.ts readInPieces). Reading in pieces must be
// invisible: the same value, the same findings and the same line and column for every path as reading the file
// whole, for any way of writing the file and after any edit to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyPositionOf, positionOf, sourceTextAt } from '../../src/manifest/positions.js';
import type { SourceFile } from '../../src/manifest/source.js';
import { parseYamlFile } from '../../src/manifest/yaml.js';
import { applyEdit, edit, fleetValue, pathsOf, render, settings, style } from './arbitraries.js';

function readBothWays(text: string, known?: { whole?: SourceFile; pieces?: SourceFile }) {
  const whole = parseYamlFile(text, 'fleet.yaml', {
    piecesFrom: Number.POSITIVE_INFINITY,
    ...(known?.whole ? { known: known.whole } : {}),
  });
  const pieces = parseYamlFile(text, 'fleet.yaml', {
    piecesFrom: 0,
    ...(known?.pieces ? { known: known.pieces } : {}),
  });
  return { whole, pieces };
}

function expectSameReading(
  whole: ReturnType<typeof parseYamlFile>,
  pieces: ReturnType<typeof parseYamlFile>,
) {
  expect(pieces.findings).toEqual(whole.findings);
  expect(pieces.source?.value).toEqual(whole.source?.value);
  if (!whole.source || !pieces.source) {
    expect(pieces.source).toBe(whole.source);
    return;
  }
  for (const path of pathsOf(whole.source.value)) {
    const where = JSON.stringify(path);
    expect([where, positionOf(pieces.source, path)]).toEqual([where, positionOf(whole.source, path)]);
    expect([where, keyPositionOf(pieces.source, path)]).toEqual([where, keyPositionOf(whole.source, path)]);
    expect([where, sourceTextAt(pieces.source, path)]).toEqual([where, sourceTextAt(whole.source, path)]);
  }
}

describe('reading a manifest in pieces', () => {
  it('gives the value, findings and positions of reading it whole, however the file is written', () => {
    let inPieces = 0;
    fc.assert(
      fc.property(fleetValue, style, (value, how) => {
        const text = render(value, how);
        const { whole, pieces } = readBothWays(text);
        expectSameReading(whole, pieces);
        if (pieces.source?.pieces) inPieces++;
      }),
      settings(2),
    );
    // Block-style lists must actually take the pieces path, or this test proves nothing.
    expect(inPieces).toBeGreaterThan(0);
  });

  it('gives the same reading after any edit, including ones that break the file', () => {
    fc.assert(
      fc.property(fleetValue, style, fc.array(edit, { minLength: 1, maxLength: 3 }), (value, how, edits) => {
        const text = edits.reduce(applyEdit, render(value, how));
        const { whole, pieces } = readBothWays(text);
        expectSameReading(whole, pieces);
      }),
      settings(2),
    );
  });

  it('gives a base the reading it would get alone when its clusters are taken from the head', () => {
    fc.assert(
      fc.property(fleetValue, style, fc.array(edit, { maxLength: 2 }), (value, how, edits) => {
        const head = render(value, how);
        const base = edits.reduce(applyEdit, head);
        const heads = readBothWays(head);
        const alone = parseYamlFile(base, 'fleet.yaml', { piecesFrom: Number.POSITIVE_INFINITY });
        const reused = parseYamlFile(base, 'fleet.yaml', {
          piecesFrom: 0,
          ...(heads.pieces.source ? { known: heads.pieces.source } : {}),
        });
        expectSameReading(alone, reused);
      }),
      settings(2),
    );
  });

  it('gives a base a copy of a reused cluster, so changing one side leaves the other alone', () => {
    const text = render(
      {
        apiVersion: 'rollgate/v1',
        kind: 'Fleet',
        policy: 'microcloud',
        clusters: [
          { name: 'lab', members: ['lab-1'], components: { lxd: { channel: '5.21/stable', revision: 1 } } },
        ],
      },
      {
        indentSeq: true,
        flowComponents: false,
        flowMembers: false,
        stringType: 'PLAIN',
        clustersFirst: false,
        crlf: false,
        bom: false,
        extraLines: [],
      },
    );
    const head = parseYamlFile(text, 'head.yaml', { piecesFrom: 0 }).source as SourceFile;
    const base = parseYamlFile(text, 'base.yaml', { piecesFrom: 0, known: head }).source as SourceFile;
    expect(base.pieces).toBeDefined();
    const headClusters = (head.value as { clusters: unknown[] }).clusters;
    const baseClusters = (base.value as { clusters: unknown[] }).clusters;
    expect(baseClusters[0]).toEqual(headClusters[0]);
    expect(baseClusters[0]).not.toBe(headClusters[0]);
  });

  it.each([
    ['an alias', 'apiVersion: rollgate/v1\nx: &a 1\nclusters:\n  - name: a\n    n: *a\n'],
    ['a %YAML directive', '%YAML 1.2\n---\nclusters:\n  - name: a\n'],
    ['a list in flow style', 'clusters: [{name: a}]\n'],
    ['a key after the list at the list column', 'clusters:\n- name: a\nwaves: [a]\n'],
  ])('reads a file with %s whole', (_, text) => {
    const { whole, pieces } = readBothWays(text);
    expectSameReading(whole, pieces);
    if (_ === 'a key after the list at the list column') expect(pieces.source?.pieces).toBeDefined();
    else expect(pieces.source?.pieces).toBeUndefined();
  });
});
