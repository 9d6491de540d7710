import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/fleet.js';

/** A fleet of three clusters; `edit` rewrites one line of the text. */
function fleet(options: { waves?: string | null; lastRevision?: string } = {}): string {
  const waves = options.waves === undefined ? 'waves: [staging, production]' : options.waves;
  const cluster = (name: string, wave: string, revision: string) =>
    [
      `  - name: ${name}`,
      `    wave: ${wave}`,
      '    members: [n1, n2, n3]',
      '    components:',
      `      microceph: { channel: squid/stable, revision: ${revision}, hold: true, cohort: true }`,
    ].join('\n');
  return [
    'apiVersion: rollgate/v1',
    'kind: Fleet',
    'policy: microcloud',
    ...(waves === null ? [] : [waves]),
    'clusters:',
    cluster('lab', 'staging', '4100'),
    cluster('eu-1', 'production', '4067'),
    cluster('eu-2', 'production', options.lastRevision ?? '4067'),
    '',
  ].join('\n');
}

/** The base read as check reads it: beside its head, copying the clusters written the same. */
function baseBesideHead(base: string, head: string) {
  const loadedHead = loadManifest(head, 'head.yaml');
  return loadManifest(base, 'base.yaml', {
    known: loadedHead.source,
    knownPassed: loadedHead.fleet !== undefined,
  });
}

describe('a base validated beside the head it shares clusters with', () => {
  it('records the clusters it copied from the head, and passes', () => {
    const loaded = baseBesideHead(fleet(), fleet({ lastRevision: '4100' }));
    expect(loaded.findings).toEqual([]);
    expect(loaded.fleet?.clusters.map((c) => c.name)).toEqual(['lab', 'eu-1', 'eu-2']);
    expect([...(loaded.source?.pieces?.copied ?? [])]).toEqual([0, 1]);
  });

  it("still reports a problem in a cluster of its own, at that cluster's line", () => {
    const base = fleet({ lastRevision: 'latest' });
    const alone = loadManifest(base, 'base.yaml');
    expect(alone.findings.length).toBeGreaterThan(0);
    expect(alone.findings[0]?.line).toBe(20);
    expect(baseBesideHead(base, fleet()).findings).toEqual(alone.findings);
  });

  it('validates every cluster again when its `waves` is written differently from the head', () => {
    // Without `waves` no cluster may name a wave: the clusters copied from the head are wrong here, not there.
    const base = fleet({ waves: null });
    const alone = loadManifest(base, 'base.yaml');
    expect(alone.findings.map((f) => f.line)).toEqual([6, 11, 16]);
    expect(baseBesideHead(base, fleet()).findings).toEqual(alone.findings);
  });

  it('does not take the shortcut when the head did not pass', () => {
    const head = fleet({ waves: 'waves: staging' });
    expect(loadManifest(head, 'head.yaml').fleet).toBeUndefined();
    const base = fleet({ waves: 'waves: staging' });
    expect(baseBesideHead(base, head).findings).toEqual(loadManifest(base, 'base.yaml').findings);
    expect(baseBesideHead(base, head).findings.length).toBeGreaterThan(0);
  });
});
