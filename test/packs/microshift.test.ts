// The microshift pack: the seed's 4.Y-2 to 4.Y rule, single-node clusters, and its example fleet.
import { describe, expect, it } from 'vitest';
import { describeLimit, findUpgradePath, jumpLimit, jumpProblem } from '../../src/policy/upgrade-path.js';
import { judgeExample, judgeText, manifest, policyOf, where } from './pack-helpers.js';

const host = (version: string, members = '[edge-1]') =>
  manifest(
    'microshift',
    `  - name: edge\n    members: ${members}\n    components:\n      microshift: { version: "${version}" }\n`,
  );

describe('microshift pack', () => {
  it('loads', () => {
    expect(policyOf('microshift').pack.order).toEqual(['microshift']);
  });

  it.each([
    ["4.14 to 4.16, the seed's own example", '4.14.21', '4.16.9'],
    ['4.15 to 4.16', '4.15.30', '4.16.2'],
    ['one minor version', '4.14.21', '4.15.3'],
    ['a z-stream update', '4.16.1', '4.16.9'],
    ['no change at all', '4.16.9', '4.16.9'],
  ])('lets an update through: %s', async (_name, from, to) => {
    const result = await judgeText(host(to), host(from));
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['three minor versions (4.14 to 4.17)', '4.14.21', '4.17.4', 'skew/jump'],
    ['a downgrade to an older minor', '4.16.9', '4.15.30', 'skew/downgrade'],
    ['a downgrade inside a z-stream', '4.16.9', '4.16.1', 'skew/downgrade'],
    ['another major version', '4.18.2', '5.0.0', 'skew/major'],
    ['out of preview release 4.13, to 4.14', '4.13.9', '4.14.3', 'skew/jump'],
    ['out of preview release 4.13, to 4.15', '4.13.9', '4.15.2', 'skew/jump'],
    ['out of preview release 4.12, to 4.14', '4.12.5', '4.14.3', 'skew/jump'],
  ])('stops an update: %s', async (_name, from, to, rule) => {
    const result = await judgeText(host(to), host(from));
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([[rule, 'error']]);
    expect(result.ok).toBe(false);
  });

  it("says why an upgrade out of a preview release is refused, in the seed's words, and offers no path", async () => {
    const result = await judgeText(host('4.15.2'), host('4.13.9'));
    expect(result.findings[0]).toMatchObject({
      code: 'jumpFromClosed',
      data: {
        distance: '2 minor versions',
        allows:
          'no upgrade from <4.14 ("We did not intend to support upgrading to 4.14 from either earlier version at all")',
      },
    });
  });

  it('narrows a jump where a limit matches the target, and says so', () => {
    const { schemes } = policyOf('microshift');
    const scheme = schemes.get('microshift');
    if (!scheme) throw new Error('microshift has no scheme');
    const jump = {
      max: 2,
      major: 'forbid' as const,
      limits: [{ to: '<4.16', max: 1, note: 'Y-1 for 4.14 and 4.15' }],
    };
    expect(jumpProblem(scheme, jump, '4.14.1', '4.15.2')).toBeNull();
    expect(jumpProblem(scheme, jump, '4.14.1', '4.16.2')).toBeNull();
    const limit = jumpLimit(scheme, jump, '4.13.1', '4.15.2');
    expect(limit?.max).toBe(1);
    expect(jumpProblem(scheme, jump, '4.13.1', '4.15.2')).toBe('jump');
    expect(describeLimit(limit as NonNullable<typeof limit>, 'minor version')).toBe(
      '1 minor version at a time to <4.16 ("Y-1 for 4.14 and 4.15")',
    );
  });

  it('suggests the EUS to EUS path when a jump is too long', async () => {
    const result = await judgeText(host('4.18.3'), host('4.14.21'));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: 'jumpWithPath',
      data: { path: '4.14.21 -> 4.16 -> 4.18.3', allows: '2 minor versions at a time' },
    });
  });

  it('finds 4.14 -> 4.16 -> 4.18 as the upgrade path', () => {
    const policy = policyOf('microshift');
    const jump = policy.pack.components.microshift?.jump;
    if (!jump) throw new Error('microshift has no jump policy');
    expect(findUpgradePath(policy.schemes.get('microshift') as never, jump, '4.14', '4.18')).toEqual([
      '4.14',
      '4.16',
      '4.18',
    ]);
    expect(findUpgradePath(policy.schemes.get('microshift') as never, jump, '4.14', '4.17')).toEqual([
      '4.14',
      '4.16',
      '4.17',
    ]);
  });

  it('rejects a cluster of two hosts: MicroShift is single-node', async () => {
    const result = await judgeText(host('4.16.9', '[edge-1, edge-2]'));
    expect(result.findings.map((f) => [f.rule, f.code, f.data?.range])).toEqual([
      ['schema', 'MEMBER_COUNT', 'exactly 1'],
    ]);
  });

  it('warns about a host on a preview release (4.12, 4.13) without stopping the change', async () => {
    const result = await judgeText(host('4.13.9'));
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['channel/blocked', 'warning']]);
    expect(result.findings[0]?.code).toBe('blocked');
    expect(result.findings[0]?.data?.reason).toContain('preview releases');
    expect(result.ok).toBe(true);
  });

  it('passes its example fleet', async () => {
    const result = await judgeExample('microshift', 'head-pass');
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => [c.cluster, c.from, c.to])).toEqual([['lab', '4.14.21', '4.16.9']]);
  });

  it('fails its example of the update done wrong, naming each rule', async () => {
    const result = await judgeExample('microshift', 'head-fail');
    expect(result.ok).toBe(false);
    expect(where(result.findings)).toEqual([
      ['skew/jump', 'lab', 'microshift', undefined],
      ['channel/blocked', 'store-0042', 'microshift', undefined],
      ['order/promotion', 'store-0042', 'microshift', undefined],
      ['skew/downgrade', 'store-0042', 'microshift', undefined],
    ]);
  });

  it('keeps the base example itself clean', async () => {
    const result = await judgeExample('microshift', 'base', null);
    expect(result.findings).toEqual([]);
  });
});
