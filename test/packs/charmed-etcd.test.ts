// The charmed-etcd pack: minor in-place refreshes only, stable channels only, and its example fleet.
import { describe, expect, it } from 'vitest';
import { RollgateError } from '../../src/findings.js';
import { buildPlan, bundleFiles } from '../../src/plan/index.js';
import { judgeExample, judgeText, manifest, policyOf, where } from './pack-helpers.js';

const app = (channel: string, revision: number, params = '    params: { model: prod-etcd }\n') =>
  manifest(
    'charmed-etcd',
    `  - name: etcd\n${params}    members: ["2", "1", "0"]\n    components:\n      charmed-etcd: { channel: ${channel}, revision: ${revision} }\n`,
  );

describe('charmed-etcd pack', () => {
  it('loads, with the pre-refresh check before the first unit and a pause after it by default', () => {
    const { pack } = policyOf('charmed-etcd');
    const rollout = pack.components['charmed-etcd']?.rollout;
    expect(rollout?.before?.[0]).toMatchObject({
      name: 'pre-refresh-check',
      run: ['juju', 'run', '-m', '{model}', '{application}/leader', 'pre-refresh-check'],
    });
    expect(rollout?.member.map((s) => [s.name, s.when ?? 'always'])).toEqual([
      ['refresh', 'first'],
      ['resume-refresh', 'later'],
      ['health', 'always'],
      ['unit-read-back', 'always'],
    ]);
    expect(pack.rollout?.pauseAfterMember).toBe('first');
  });

  it.each([
    ['behind a store proxy', '    proxy: store-eu\n'],
    ['without one', ''],
  ])(
    'pins the charm revision with juju refresh only, never as a snap revision: %s',
    async (_where, proxy) => {
      const withProxy = (text: string) => text.replace('  - name: etcd\n', `  - name: etcd\n${proxy}`);
      const result = await judgeText(withProxy(app('3.6/stable', 156)), withProxy(app('3.5/stable', 71)));
      expect(result.ok).toBe(true);
      const bundle = buildPlan({ result });
      const files = bundleFiles(bundle);
      expect(files.map((file) => file.path)).toContain('jobs/01-etcd-charmed-etcd.sh');
      expect(files.map((file) => file.text).join('\n')).not.toMatch(/snap-proxy|snap refresh/);
      expect(files.map((file) => file.path).filter((file) => file.startsWith('overrides/'))).toEqual([]);
      expect(bundle.plan.stages[0]?.members[0]?.steps.find((s) => s.name === 'refresh')?.run).toEqual([
        'juju',
        'refresh',
        '-m',
        'prod-etcd',
        'charmed-etcd',
        '--channel=3.6/stable',
        '--revision=156',
      ]);
    },
  );

  it('carries the rollback command: juju refresh back to the base revision, resumed unit by unit', () => {
    const rollback = policyOf('charmed-etcd').pack.components['charmed-etcd']?.rollout?.rollback ?? [];
    expect(rollback.find((s) => s.name === 'rollback')?.run).toEqual([
      'juju',
      'refresh',
      '-m',
      '{model}',
      '{application}',
      '--channel={channel}',
      '--revision={revision}',
    ]);
    expect(rollback.map((s) => s.name)).not.toContain('pre-refresh-check');
  });

  it("names the cluster's Juju model and application in every juju command, never the model current on the runner", async () => {
    const params = '    params: { model: admin/etcd-a, application: etcd-a }\n';
    const result = await judgeText(app('3.6/stable', 156, params), app('3.5/stable', 71, params));
    const { plan } = buildPlan({ result });
    const stage = plan.stages[0];
    const commands = [
      ...(stage?.before ?? []),
      ...(stage?.members.flatMap((m) => m.steps) ?? []),
      ...(stage?.after ?? []),
    ];
    expect(commands.length).toBeGreaterThan(5);
    for (const step of commands) {
      expect(step.run[0]).toBe('juju');
      expect(step.run[step.run.indexOf('-m') + 1]).toBe('admin/etcd-a');
      expect(step.run.join(' ')).toMatch(/ etcd-a(\/|$| )/);
    }
    // "Get the current charm revision of the application with juju status": read back once the last unit is done.
    expect(stage?.after.at(-1)).toMatchObject({
      name: 'read-back',
      run: ['juju', 'status', '-m', 'admin/etcd-a', 'etcd-a', '--format=yaml'],
      expect: [
        { what: 'etcd-a charm revision', is: '156' },
        { what: 'etcd-a charm channel', is: '3.6/stable' },
      ],
    });
  });

  it('needs the Juju model to plan (exit 2 naming cluster and field), but not to check', async () => {
    const result = await judgeText(app('3.6/stable', 156, ''), app('3.5/stable', 71, ''));
    expect(result.findings).toEqual([]);
    expect(() => buildPlan({ result })).toThrow(RollgateError);
    expect(() => buildPlan({ result })).toThrow(/^Cluster etcd sets no params\.model \(the Juju model/);
    // A cluster that does not move needs nothing.
    const still = await judgeText(app('3.5/stable', 71, ''), app('3.5/stable', 71, ''));
    expect(buildPlan({ result: still }).plan.stages).toEqual([]);
  });

  it('goes back with the rollback command, which the vendor supports', async () => {
    const result = await judgeText(app('3.6/stable', 156), app('3.5/stable', 71));
    const { rollback } = buildPlan({ result });
    expect(rollback).toMatchObject({ supported: true, stages: [{ supported: true }] });
    if (!('stages' in rollback)) throw new Error('no stages');
    expect(rollback.stages[0]?.reason).toContain('roll back to the original version');
    expect(rollback.stages[0]?.members[0]?.steps.find((s) => s.name === 'rollback')?.run).toEqual([
      'juju',
      'refresh',
      '-m',
      'prod-etcd',
      'charmed-etcd',
      '--channel=3.5/stable',
      '--revision=71',
    ]);
  });

  it.each([
    ['3.5 to 3.6, a minor in-place refresh', '3.5/stable', 71, '3.6/stable', 156],
    ['a newer revision on the same channel', '3.6/stable', 156, '3.6/stable', 160],
  ])('lets a refresh through: %s', async (_name, fromChannel, fromRevision, toChannel, toRevision) => {
    const result = await judgeText(app(toChannel, toRevision), app(fromChannel, fromRevision));
    expect(result.findings).toEqual([]);
  });

  it.each([
    [
      "to a non-stable channel (3.6/edge, the seed's example)",
      '3.5/stable',
      71,
      '3.6/edge',
      162,
      ['channel/risk'],
    ],
    ['to a candidate channel', '3.6/stable', 156, '3.6/candidate', 158, ['channel/risk']],
    ['from a non-stable channel back to stable', '3.6/edge', 162, '3.6/stable', 170, ['channel/risk']],
    ['a minor in-place downgrade', '3.6/stable', 156, '3.5/stable', 71, ['skew/downgrade']],
    ['an older revision on the same channel', '3.6/stable', 156, '3.6/stable', 150, ['skew/downgrade']],
    ['a major in-place upgrade', '3.6/stable', 156, '4.0/stable', 200, ['skew/major']],
    ['two minor versions at once', '3.4/stable', 40, '3.6/stable', 156, ['skew/jump']],
  ])(
    'stops an unsupported refresh: %s',
    async (_name, fromChannel, fromRevision, toChannel, toRevision, rules) => {
      const result = await judgeText(app(toChannel, toRevision), app(fromChannel, fromRevision));
      expect(result.findings.map((f) => f.rule)).toEqual(rules);
      expect(result.ok).toBe(false);
    },
  );

  it('suggests going through 3.5 when a refresh skips it', async () => {
    const result = await judgeText(app('3.6/stable', 156), app('3.4/stable', 40));
    expect(result.findings[0]).toMatchObject({ code: 'jumpWithPath', data: { path: '3.4 -> 3.5 -> 3.6' } });
  });

  it('passes its example fleet', async () => {
    const result = await judgeExample('charmed-etcd', 'head-pass');
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => [c.cluster, c.from, c.to])).toEqual([
      ['etcd-staging', '3.5/stable@71', '3.6/stable@156'],
    ]);
  });

  it('fails its example of unsupported refreshes, naming each rule', async () => {
    const result = await judgeExample('charmed-etcd', 'head-fail');
    expect(result.ok).toBe(false);
    expect(where(result.findings)).toEqual([
      ['channel/risk', 'etcd-staging', 'charmed-etcd', undefined],
      ['order/promotion', 'etcd-prod', 'charmed-etcd', undefined],
      ['skew/downgrade', 'etcd-prod', 'charmed-etcd', undefined],
    ]);
  });
});
