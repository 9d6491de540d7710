// The openstack pack: YYYY.N releases, next release or SLURP to SLURP, the service order, upgrade levels, and its example.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';
import { findUpgradePath } from '../../src/policy/upgrade-path.js';
import { judgeExample, judgeText, manifest, policyOf } from './pack-helpers.js';

const CONTROLLER = [
  'identity',
  'image',
  'compute',
  'networking',
  'block-storage',
  'dashboard',
  'orchestration',
  'telemetry',
];
const NODES = ['storage-node', 'compute-node'];

/** A cloud of one controller and one compute node; every component at `version` unless `own` says otherwise. */
const cloud = (version: string, own: Record<string, string> = {}) =>
  manifest(
    'openstack',
    `  - name: cloud\n    members:\n      - { name: ctl-1, role: control }\n      - { name: compute-1, role: worker }\n    components:\n${[
      ...CONTROLLER,
      ...NODES,
    ]
      .map((c) => `      ${c}: { version: "${own[c] ?? version}" }\n`)
      .join('')}`,
  );

describe('openstack pack', () => {
  it('orders the controller services as the Operations Guide does, then storage and compute nodes', () => {
    const { pack } = policyOf('openstack');
    expect(pack.order).toEqual([...CONTROLLER, ...NODES]);
    for (const name of CONTROLLER) expect(pack.components[name]?.rollout?.roles).toEqual(['control']);
    for (const name of NODES) expect(pack.components[name]?.rollout?.roles).toEqual(['worker']);
  });

  it('backs up the databases before anything else, and each service configuration before its upgrade', () => {
    const { pack } = policyOf('openstack');
    expect(pack.rollout?.first?.map((s) => s.run[0])).toEqual(['mysqldump', 'grep', 'mv']);
    for (const name of [...CONTROLLER, ...NODES]) {
      const steps = (pack.components[name]?.rollout?.member ?? []).map((s) => s.name);
      expect(steps.indexOf('backup-configuration')).toBeGreaterThanOrEqual(0);
      expect(steps.indexOf('backup-configuration')).toBeLessThan(steps.indexOf('upgrade'));
    }
  });

  it('backs up the databases on the controller, even when the change moves only the nodes', async () => {
    // The controllers were upgraded by an earlier change; this one moves the storage and compute nodes.
    const base = cloud('2024.1', { 'storage-node': '2023.1', 'compute-node': '2023.1' });
    const result = await judgeText(cloud('2024.1'), base);
    expect(result.ok).toBe(true);
    const { plan } = buildPlan({ result, transport: 'ssh {member}' });
    expect(plan.stages.map((stage) => [stage.component, stage.members.map((m) => m.name)])).toEqual([
      ['storage-node', ['compute-1']],
      ['compute-node', ['compute-1']],
    ]);
    const backup = plan.stages[0]?.before.find((step) => step.name === 'backup-databases');
    expect(backup?.host).toBe('ctl-1');
  });

  it('says plainly that there is no automatic rollback, and how to go back by hand', () => {
    const rollback = policyOf('openstack').pack.rollout?.rollback;
    expect(rollback).toMatchObject({ supported: false });
    expect(rollback && 'statement' in rollback ? rollback.statement : '').toMatch(/restore the databases/);
  });

  it.each([
    ['the next release (2023.1 to 2023.2)', '2023.1', '2023.2'],
    ['the next release across a year (2023.2 to 2024.1)', '2023.2', '2024.1'],
    ['SLURP to the next SLURP (2023.1 to 2024.1)', '2023.1', '2024.1'],
    ['SLURP to the next SLURP (2024.1 to 2025.1)', '2024.1', '2025.1'],
  ])('lets an upgrade through: %s', async (_name, from, to) => {
    const result = await judgeText(cloud(to), cloud(from));
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['two releases from a non-SLURP release (2023.2 to 2024.2)', '2023.2', '2024.2', 'skew/jump'],
    ['past the next SLURP release (2023.1 to 2025.1)', '2023.1', '2025.1', 'skew/jump'],
    ['a downgrade (2024.1 to 2023.2)', '2024.1', '2023.2', 'skew/downgrade'],
  ])('stops an upgrade: %s', async (_name, from, to, rule) => {
    const result = await judgeText(cloud(to), cloud(from));
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set([rule]));
    expect(result.findings).toHaveLength(CONTROLLER.length + NODES.length);
    expect(result.ok).toBe(false);
  });

  it('suggests 2023.1 -> 2024.1 -> 2025.1 when an upgrade goes past the next SLURP release', async () => {
    const result = await judgeText(cloud('2025.1'), cloud('2023.1'));
    expect(result.findings[0]).toMatchObject({
      code: 'jumpWithPath',
      data: { path: '2023.1 -> 2024.1 -> 2025.1' },
    });
    const policy = policyOf('openstack');
    const jump = policy.pack.components.identity?.jump;
    if (!jump) throw new Error('identity has no jump policy');
    const scheme = policy.schemes.get('identity');
    if (!scheme) throw new Error('identity has no scheme');
    expect(findUpgradePath(scheme, jump, '2023.1', '2025.1')).toEqual(['2023.1', '2024.1', '2025.1']);
    expect(findUpgradePath(scheme, jump, '2023.2', '2025.2')).toEqual([
      '2023.2',
      '2024.1',
      '2025.1',
      '2025.2',
    ]);
  });

  it.each([
    ['compute nodes one release behind the controllers (upgrade levels)', { 'compute-node': '2023.2' }, []],
    ['storage nodes one release behind', { 'storage-node': '2023.2' }, []],
    [
      'compute nodes ahead of the compute controllers',
      { 'compute-node': '2024.2' },
      ['skew/components', 'skew/components'],
    ],
    // A skip-level upgrade moves the controllers from one SLURP release to the next before the nodes.
    [
      'nodes on the previous SLURP release (2023.1 under 2024.1)',
      { 'compute-node': '2023.1', 'storage-node': '2023.1' },
      [],
    ],
    [
      'compute nodes two releases behind (2023.2 under 2024.2)',
      { 'compute-node': '2023.2', 'storage-node': '2023.2' },
      ['skew/components', 'skew/components', 'skew/components'],
      '2024.2',
    ],
  ])(
    'judges how far nodes sit from their controllers: %s',
    async (_name, own, rules, controllers = '2024.1') => {
      const result = await judgeText(cloud(controllers, own));
      expect(result.findings.map((f) => f.rule)).toEqual(rules);
    },
  );

  it('passes its example fleet', async () => {
    const result = await judgeExample('openstack', 'head-pass');
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => c.component)).toEqual([...CONTROLLER, ...NODES]);
  });

  it('fails its example of a too-long jump that leaves the nodes behind', async () => {
    const result = await judgeExample('openstack', 'head-fail');
    expect(result.ok).toBe(false);
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    expect(counts).toEqual({ 'skew/jump': 8, 'skew/components': 3 });
  });
});
