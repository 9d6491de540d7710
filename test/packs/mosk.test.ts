// The mosk pack: one release at a time, node by node with workload handling, no cluster-wide rollback, and its example.
import { describe, expect, it } from 'vitest';
import { judgeExample, judgeText, manifest, policyOf, where } from './pack-helpers.js';

const cluster = (version: string) =>
  manifest(
    'mosk',
    `  - name: mosk\n    members:\n      - { name: ctl-1, role: control }\n      - { name: cmp-1, role: worker }\n    components:\n      mosk: { version: "${version}" }\n`,
  );

describe('mosk pack', () => {
  it("sets each node's workload handling before the update, then follows each node by its state", () => {
    const rollout = policyOf('mosk').pack.components.mosk?.rollout;
    expect(rollout?.before?.map((s) => [s.name, s.when, s.each])).toEqual([
      ['workload-live', 'live', 'member'],
      ['workload-skip', 'skip', 'member'],
      ['workload-manual', 'manual', 'member'],
    ]);
    expect(rollout?.before?.[0]?.run).toContain(
      'openstack.lcm.mirantis.com/instance_migration_attempts={attempts}',
    );
    expect(rollout?.member.map((s) => [s.name, s.when ?? 'always'])).toEqual([
      ['wait-for-maintenance', 'manual'],
      ['check-workload-lock', 'manual'],
      ['migration-done', 'manual'],
      ['health', 'always'],
      ['node-ready', 'always'],
    ]);
    expect(rollout?.member[2]?.run).toContain('openstack.lcm.mirantis.com/instance_migration_mode=skip');
    expect(rollout?.member[1]?.gate).toBe('before');
  });

  it('says plainly that there is no cluster-wide rollback', () => {
    const rollback = policyOf('mosk').pack.rollout?.rollback;
    expect(rollback).toMatchObject({ supported: false });
    expect(rollback && 'statement' in rollback ? rollback.statement : '').toMatch(/no cluster-wide rollback/);
  });

  it.each([
    ['21.6 to 22.1', '21.6', '22.1'],
    ['22.1 to 22.2', '22.1', '22.2'],
  ])("lets the seed's updates through: %s", async (_name, from, to) => {
    const result = await judgeText(cluster(to), cluster(from));
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['skipping a release (22.1 to 22.3)', '22.1', '22.3', 'skew/jump'],
    ['going back a release', '22.2', '22.1', 'skew/downgrade'],
  ])('stops an update: %s', async (_name, from, to, rule) => {
    const result = await judgeText(cluster(to), cluster(from));
    expect(result.findings.map((f) => f.rule)).toEqual([rule]);
  });

  it('suggests every release in between when an update skips one', async () => {
    const result = await judgeText(cluster('22.4'), cluster('22.1'));
    expect(result.findings[0]).toMatchObject({
      code: 'jumpWithPath',
      data: { path: '22.1 -> 22.2 -> 22.3 -> 22.4' },
    });
  });

  it('names the releases it knows when a manifest gives another', async () => {
    const result = await judgeText(cluster('22.9'));
    expect(result.findings.map((f) => f.rule)).toEqual(['schema']);
    expect(result.findings[0]?.code).toBe('UNREADABLE_VERSION');
    expect(result.findings[0]?.data?.known).toContain('It knows 21.1, 21.2');
  });

  it('passes its example fleet', async () => {
    const result = await judgeExample('mosk', 'head-pass');
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => [c.cluster, c.from, c.to])).toEqual([['mosk-prod', '22.1', '22.2']]);
  });

  it('fails its example of a skipped release and a half-updated cluster', async () => {
    const result = await judgeExample('mosk', 'head-fail');
    expect(where(result.findings)).toEqual([
      ['skew/members', 'mosk-prod', 'mosk', 'kaas-node-cmp-3'],
      ['skew/jump', 'mosk-prod', 'mosk', undefined],
    ]);
  });
});
