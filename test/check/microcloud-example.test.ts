// The seed's own "Upgrade from MicroCloud 1 to 2", as examples/microcloud/ writes it, through the library.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { MICROCLOUD_PACK, REPO_ROOT, rulesOf } from '../helpers/fleet.js';

const example = (name: string) => {
  const file = `examples/microcloud/${name}.yaml`;
  return { file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') };
};
const resolvePack = (name: string) =>
  name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK } : undefined;
const now = new Date('2026-11-22T00:00:00Z');

describe('the MicroCloud 1 to 2 example', () => {
  it('passes when done as the seed says', async () => {
    const result = await check({ base: example('base'), head: example('head-pass'), resolvePack, now });
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.changes.map((c) => [c.component, c.from, c.to])).toEqual([
      ['microceph', 'quincy/stable@3758', 'squid/stable@4067'],
      ['microovn', '22.03/stable@463', '24.03/stable@667'],
      ['lxd', '5.21/stable@33110', '5.21/stable@36020'],
      ['microcloud', '1/stable@734', '2/stable@1144'],
    ]);
  });

  it('fails when done wrong, naming each broken rule where it is broken', async () => {
    const result = await check({ base: example('base'), head: example('head-fail'), resolvePack, now });
    expect(result.ok).toBe(false);
    expect(rulesOf(result)).toEqual(['channel/risk', 'hold/required', 'order/requires', 'skew/members']);
    expect(result.findings.map((f) => [f.rule, f.line, f.column, f.cluster, f.component, f.member])).toEqual([
      ['skew/members', 14, 11, 'lab', 'microceph', 'lab-3'],
      ['hold/required', 18, 7, 'lab', 'lxd', undefined],
      ['channel/risk', 18, 30, 'lab', 'lxd', undefined],
      ['order/requires', 19, 7, 'lab', 'microcloud', undefined],
    ]);
    expect(result.summary).toEqual({ errors: 4, warnings: 0 });
  });

  it('warns about the end-of-life track 1 when the base stays on it, and fails a change onto it', async () => {
    const stays = await check({ base: example('base'), head: example('base'), resolvePack, now });
    expect(stays.findings.map((f) => [f.rule, f.severity])).toEqual([['channel/eol', 'warning']]);
    expect(stays.ok).toBe(true);
    const back = await check({ base: example('head-pass'), head: example('base'), resolvePack, now });
    expect(rulesOf(back)).toEqual(['channel/eol', 'skew/downgrade']);
    expect(back.ok).toBe(false);
  });

  it('judges the head alone without a base: the jump rules stay quiet', async () => {
    const result = await check({ head: example('head-pass'), resolvePack, now });
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});
