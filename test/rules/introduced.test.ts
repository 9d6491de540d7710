// Findings the change did not bring: at fleet scale, a change is judged by what it changes (issue 13).
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { findingSections } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { cluster, type FleetSpec, judge, MICROCLOUD_2, patch } from '../helpers/fleet.js';

/** Two clusters; lxd in prod-b tracks 5.21/edge, which the microcloud pack's channel/risk forbids. */
function fleet(labLxd: number, prodB = 'edge'): FleetSpec {
  return {
    clusters: [
      cluster('lab', patch(MICROCLOUD_2, { lxd: { revision: labLxd } })),
      cluster('prod-b', patch(MICROCLOUD_2, { lxd: { channel: `5.21/${prodB}` } })),
    ],
  };
}

describe('findings the change did not bring', () => {
  it('an error the base already had, in a cluster the change does not touch, is a warning marked not introduced', async () => {
    const result = await judge({ base: fleet(33110), head: fleet(36020) });
    const risk = result.findings.filter((f) => f.rule === 'channel/risk');
    expect(risk).toMatchObject([{ cluster: 'prod-b', severity: 'warning', introduced: false }]);
    expect(result.ok).toBe(true);
    expect(result.findings.filter((f) => f.introduced).map((f) => f.rule)).toEqual([]);
  });

  it('--strict keeps it at its severity, so the change fails', async () => {
    const result = await judge({ base: fleet(33110), head: fleet(36020), strict: true });
    expect(result.findings.filter((f) => f.rule === 'channel/risk')).toMatchObject([
      { cluster: 'prod-b', severity: 'error', introduced: false },
    ]);
    expect(result.ok).toBe(false);
  });

  it('the same state, brought by the change, is the change’s own error', async () => {
    const result = await judge({ base: fleet(33110, 'stable'), head: fleet(36020) });
    expect(result.findings.filter((f) => f.rule === 'channel/risk')).toMatchObject([
      { cluster: 'prod-b', severity: 'error', introduced: true },
    ]);
    expect(result.ok).toBe(false);
  });

  it('a refresh to a new revision on a disallowed risk is the change’s own, though the base had that risk', async () => {
    const base = fleet(33110);
    const head = fleet(33110);
    (head.clusters[1] as { components: Record<string, { revision?: number }> }).components.lxd = {
      ...(head.clusters[1]?.components.lxd ?? {}),
      revision: 36500,
    };
    const result = await judge({ base, head });
    expect(result.findings.filter((f) => f.rule === 'channel/risk')).toMatchObject([
      { cluster: 'prod-b', severity: 'error', introduced: true },
    ]);
  });

  it('without a base, every finding is the change’s own', async () => {
    const result = await judge({ head: fleet(36020) });
    expect(result.findings.every((f) => f.introduced === true)).toBe(true);
    expect(result.ok).toBe(false);
  });

  it('every report says which findings are not introduced', async () => {
    const result = await judge({ base: fleet(33110), head: fleet(36020) });
    const json = JSON.parse(renderJson(result)) as { findings: Array<{ rule: string; introduced: boolean }> };
    expect(json.findings.find((f) => f.rule === 'channel/risk')?.introduced).toBe(false);
    expect(json.findings.every((f) => typeof f.introduced === 'boolean')).toBe(true);
    const sarif = JSON.parse(renderSarif(result)) as {
      runs: Array<{ results: Array<{ ruleId: string; properties: { introduced: boolean } }> }>;
    };
    const risk = sarif.runs[0]?.results.find((r) => r.ruleId === 'channel/risk');
    expect(risk?.properties.introduced).toBe(false);
    expect(renderText(result)).toMatch(/risk edge;.*\(already in the base\)/);
    const markdown = findingSections(result).join('\n');
    expect(markdown).toMatch(/#### Already in the base \(1 finding this change did not bring\)/);
    expect(markdown).toMatch(/_\(already in the base\)_/);
  });

  it('the comment lists old findings after the change’s own, folded when there are many', async () => {
    const many = (labLxd: number): FleetSpec => ({
      clusters: [
        cluster('lab', patch(MICROCLOUD_2, { lxd: { revision: labLxd } })),
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((n) =>
          cluster(`prod-${n}`, patch(MICROCLOUD_2, { lxd: { channel: '5.21/edge' } })),
        ),
      ],
    });
    const result = await judge({
      base: many(33110),
      head: many(36020),
    });
    const markdown = findingSections({
      ...result,
      // One finding of the change's own, to see the order.
      findings: [
        ...result.findings,
        { ...(result.findings[0] as (typeof result.findings)[0]), introduced: true, cluster: 'lab' },
      ],
    }).join('\n');
    expect(markdown).toMatch(
      /<details>\n<summary>Already in the base \(6 findings this change did not bring\)<\/summary>/,
    );
    expect(markdown.indexOf('Cluster `lab`')).toBeLessThan(markdown.indexOf('<details>'));
  });
});
