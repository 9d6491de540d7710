// The engine applies each rule at the severity the pack sets: pack-wide, per component, or off.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  findingsOf,
  judge,
  MICROCLOUD_1,
  MICROCLOUD_2,
  MICROCLOUD_PACK,
  oneCluster,
  packYaml,
  patch,
} from '../helpers/fleet.js';

/** The microcloud pack with its rule severities changed, pack-wide and per component. */
function microcloudWith(
  rules: Record<string, string>,
  componentRules: Record<string, Record<string, string>> = {},
): string {
  const pack = parse(MICROCLOUD_PACK);
  pack.rules = { ...pack.rules, ...rules };
  for (const [component, own] of Object.entries(componentRules)) pack.components[component].rules = own;
  return packYaml(pack);
}

const unheldEverywhere = oneCluster(
  patch(MICROCLOUD_2, {
    microceph: { hold: false },
    microovn: { hold: false },
    lxd: { hold: false },
    microcloud: { hold: false },
  }),
);

describe('severities a pack sets', () => {
  it('silences a rule the pack turns off', async () => {
    const result = await judge({
      head: unheldEverywhere,
      packs: { microcloud: microcloudWith({ 'hold/required': 'off' }) },
    });
    expect(findingsOf(result, 'hold/required')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('lowers a rule to a warning, which does not fail the check', async () => {
    const result = await judge({
      head: unheldEverywhere,
      packs: { microcloud: microcloudWith({ 'hold/required': 'warning' }) },
    });
    const found = findingsOf(result, 'hold/required');
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(result).toMatchObject({ ok: true, summary: { errors: 0, warnings: 4 } });
  });

  it("lets a component's own setting win over the pack's", async () => {
    const pack = microcloudWith(
      { 'hold/required': 'off' },
      { lxd: { 'hold/required': 'error' }, microovn: { 'hold/required': 'warning' } },
    );
    const result = await judge({ head: unheldEverywhere, packs: { microcloud: pack } });
    expect(findingsOf(result, 'hold/required').map((f) => [f.component, f.severity])).toEqual([
      ['microovn', 'warning'],
      ['lxd', 'error'],
    ]);
    expect(result.ok).toBe(false);
  });

  it("uses the rule's default when the pack names no severity (policy/changed is a warning)", async () => {
    const pack = parse(MICROCLOUD_PACK);
    delete pack.rules;
    const result = await judge({
      head: oneCluster(MICROCLOUD_2),
      packs: { microcloud: packYaml(pack) },
      policyChanges: [{ file: 'policies/microcloud.yaml', what: 'edited' }],
    });
    expect(findingsOf(result, 'policy/changed').map((f) => f.severity)).toEqual(['warning']);
  });

  it('keeps a softened finding off when the pack turns its rule off', async () => {
    const result = await judge({
      base: oneCluster(MICROCLOUD_1),
      head: oneCluster(MICROCLOUD_1),
      packs: { microcloud: microcloudWith({ 'channel/eol': 'off' }) },
    });
    expect(findingsOf(result, 'channel/eol')).toEqual([]);
  });

  it('can make a default warning an error', async () => {
    const result = await judge({
      head: oneCluster(MICROCLOUD_2),
      packs: { microcloud: microcloudWith({ 'policy/changed': 'error' }) },
      policyChanges: [{ file: 'policies/microcloud.yaml', what: 'edited' }],
    });
    expect(findingsOf(result, 'policy/changed').map((f) => f.severity)).toEqual(['error']);
    expect(result.ok).toBe(false);
  });
});
