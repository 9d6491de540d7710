import { describe, expect, it } from 'vitest';
import { describeState, loadManifest, memberState, sameRun } from '../../src/manifest/fleet.js';
import { keyPositionOf, positionOf } from '../../src/manifest/positions.js';
import type { SourceFile } from '../../src/manifest/source.js';
import { parseYamlFile } from '../../src/manifest/yaml.js';
import { cluster, fleetYaml, judge, MICROCLOUD_2, oneCluster, snap } from '../helpers/fleet.js';

const HEAD = [
  'apiVersion: rollgate/v1', // 1
  'kind: Fleet', // 2
  'policy: microcloud', // 3
  'waves: [staging, production]', // 4
  'freeze:', // 5
  '  - { from: 2026-12-20, to: 2027-01-04, reason: year-end }', // 6
  'clusters:', // 7
  '  - name: lab', // 8
  '    wave: staging', // 9
  '    proxy: store-eu', // 10
  '    members:', // 11
  '      - lab-1', // 12
  '      - { name: lab-2, role: control, workload: manual }', // 13
  '      - name: lab-3', // 14
  '        components:', // 15
  '          lxd: { revision: 33200 }', // 16
  '    components:', // 17
  '      microceph: { channel: squid/stable, revision: 4067, hold: true, cohort: true }', // 18
  '      lxd:       { channel: 5.21/stable,  revision: 33110, hold: true, cohort: true }', // 19
  '',
].join('\n');

describe('loadManifest', () => {
  it('reads the README example into a fleet', () => {
    const loaded = loadManifest(HEAD, 'fleet.yaml');
    expect(loaded.findings).toEqual([]);
    const fleet = loaded.fleet;
    expect(fleet).toMatchObject({
      policy: 'microcloud',
      waves: ['staging', 'production'],
      freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end', index: 0 }],
    });
    const lab = fleet?.clusters[0];
    expect(lab).toMatchObject({ name: 'lab', wave: 'staging', proxy: 'store-eu', index: 0 });
    expect(lab?.members).toEqual([
      { name: 'lab-1', role: 'worker', workload: 'live', index: 0 },
      { name: 'lab-2', role: 'control', workload: 'manual', index: 1 },
      { name: 'lab-3', role: 'worker', workload: 'live', overrides: { lxd: { revision: 33200 } }, index: 2 },
    ]);
  });

  it("layers a member's override on its cluster's state", () => {
    const lab = loadManifest(HEAD, 'fleet.yaml').fleet?.clusters[0];
    if (!lab) throw new Error('no cluster');
    const [one, , three] = lab.members;
    if (!one || !three) throw new Error('no members');
    expect(memberState(lab, one, 'lxd')).toEqual({
      channel: '5.21/stable',
      revision: 33110,
      hold: true,
      cohort: true,
    });
    expect(memberState(lab, three, 'lxd')).toEqual({
      channel: '5.21/stable',
      revision: 33200,
      hold: true,
      cohort: true,
    });
    expect(memberState(lab, three, 'microovn')).toBeUndefined();
  });

  it.each([
    [{ channel: 'squid/stable', revision: 1234 }, 'squid/stable@1234'],
    [{ version: '4.16.2' }, '4.16.2'],
    [{ version: '5.21.3', channel: '5.21/stable', revision: 33110 }, '5.21.3 (5.21/stable@33110)'],
    [{ channel: 'squid/stable' }, 'squid/stable'],
    [undefined, '(none)'],
  ])('describes %j as %s', (state, text) => {
    expect(describeState(state)).toBe(text);
  });

  it('compares runs by version, channel and revision, not by hold or cohort', () => {
    expect(sameRun(snap('5.21/stable', 1), { channel: '5.21/stable', revision: 1 })).toBe(true);
    expect(sameRun(snap('5.21/stable', 1), snap('5.21/stable', 2))).toBe(false);
    expect(sameRun(undefined, undefined)).toBe(true);
    expect(sameRun(undefined, { version: '1' })).toBe(false);
  });
});

describe('what a schema cannot say', () => {
  it.each([
    {
      name: 'a cluster name used twice',
      code: 'DUPLICATE_CLUSTER',
      text: fleetYaml({ clusters: [cluster('lab'), cluster('lab')] }),
      message: 'Cluster name `lab` is used twice; cluster names must be unique.',
      line: 31,
      column: 11,
    },
    {
      name: 'a member listed twice',
      code: 'DUPLICATE_MEMBER',
      text: oneCluster(MICROCLOUD_2, { members: ['lab-1', 'lab-1'] }),
      message: 'Member `lab-1` appears twice in cluster `lab`.',
      line: 8,
      column: 9,
    },
    {
      name: 'a member listed twice apart, among names that end alike or differ only at the end',
      code: 'DUPLICATE_MEMBER',
      text: oneCluster(MICROCLOUD_2, { members: ['lab-1', 'lbb-1', 'lab-2', 'lab-1'] }),
      message: 'Member `lab-1` appears twice in cluster `lab`.',
      line: 10,
      column: 9,
    },
    {
      name: 'waves set but a cluster names none',
      code: 'WAVE_MISSING',
      text: oneCluster(MICROCLOUD_2, { waves: ['staging'] }),
      message:
        'Cluster `lab` has no `wave`; the manifest sets `waves`, so every cluster names one of staging.',
      line: 7,
      column: 5,
    },
    {
      name: 'a wave that is not in waves',
      code: 'WAVE_UNKNOWN',
      text: fleetYaml({ waves: ['staging'], clusters: [cluster('lab', MICROCLOUD_2, { wave: 'prod' })] }),
      message: 'Cluster `lab` names wave `prod`, which is not one of `waves` (staging).',
      line: 8,
      column: 11,
    },
    {
      name: 'a wave without waves',
      code: 'WAVE_WITHOUT_WAVES',
      text: fleetYaml({ clusters: [cluster('lab', MICROCLOUD_2, { wave: 'prod' })] }),
      message:
        'Cluster `lab` names wave `prod`, but the manifest sets no `waves`; add `waves:` in promotion order.',
      line: 6,
      column: 11,
    },
    {
      name: 'a freeze that ends before it starts',
      code: 'FREEZE_ENDS_BEFORE_START',
      text: oneCluster(MICROCLOUD_2, { freeze: [{ from: '2027-01-04', to: '2026-12-20' }] }),
      message: 'The freeze from 2027-01-04 to 2026-12-20 ends before it starts.',
      line: 5,
      column: 5,
    },
    {
      name: 'a freeze of a wave the fleet does not have (it would cover nothing)',
      code: 'FREEZE_WAVE_UNKNOWN',
      text: fleetYaml({
        waves: ['staging'],
        freeze: [{ from: '2026-12-20', to: '2027-01-04', waves: ['prod'] }],
        clusters: [cluster('lab', MICROCLOUD_2, { wave: 'staging' })],
      }),
      message:
        'A freeze names wave `prod`, which is not one of `waves` (staging); a freeze of no wave would cover nothing.',
      line: 10,
      column: 9,
    },
    {
      name: 'a freeze of a cluster the fleet does not have',
      code: 'FREEZE_CLUSTER_UNKNOWN',
      text: oneCluster(MICROCLOUD_2, {
        freeze: [{ from: '2026-12-20', to: '2027-01-04', clusters: ['prod'] }],
      }),
      message:
        "A freeze names cluster `prod`, which is not one of the fleet's clusters; a freeze of no cluster would cover nothing.",
      line: 8,
      column: 9,
    },
    {
      name: 'a component with a channel but no revision',
      code: 'CHANNEL_WITHOUT_REVISION',
      text: oneCluster({ ...MICROCLOUD_2, lxd: { channel: '5.21/stable', hold: true, cohort: true } }),
      message:
        'Component `lxd` has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.',
      line: 21,
      column: 7,
    },
  ])('$name', ({ text, code, message, line, column }) => {
    const loaded = loadManifest(text, 'fleet.yaml');
    expect(loaded.findings).toEqual([
      expect.objectContaining({ rule: 'schema', code, severity: 'error', message, line, column }),
    ]);
  });
});

describe('positions', () => {
  const source = parseYamlFile(HEAD, 'fleet.yaml').source as SourceFile;

  it.each([
    [['policy'], 3, 9],
    [['clusters', 0, 'members', 2, 'components', 'lxd'], 16, 16],
    [['clusters', 0, 'components', 'lxd', 'channel'], 19, 29],
    [['clusters', 0, 'components', 'lxd', 'revision'], 19, 53],
    [['clusters', 0, 'components', 'nothing-here'], 18, 7],
  ] as const)('the value at %j is at line %i, column %i', (path, line, column) => {
    expect(positionOf(source, path)).toEqual({ line, column });
  });

  it.each([
    [['clusters', 0, 'components', 'lxd'], 19, 7],
    [['clusters', 0, 'members', 2, 'components', 'lxd'], 16, 11],
    [['freeze', 0, 'reason'], 6, 41],
    [[], 1, 1],
  ] as const)('the key of %j is at line %i, column %i', (path, line, column) => {
    expect(keyPositionOf(source, path)).toEqual({ line, column });
  });

  it('points a finding about a component that reuses an anchor at the cluster that uses it', async () => {
    const head = [
      'apiVersion: rollgate/v1',
      'kind: Fleet',
      'policy: microcloud',
      'clusters:',
      '  - name: east',
      '    members: [e-1]',
      '    components:',
      '      lxd: &lxd { channel: 5.21/stable, revision: 33110, hold: false, cohort: true }',
      '  - name: west',
      '    members: [w-1]',
      '    components:',
      '      lxd: *lxd',
      '',
    ].join('\n');
    const result = await judge({ head });
    expect(result.findings.map((f) => [f.rule, f.cluster, f.line, f.column])).toEqual([
      ['hold/required', 'east', 8, 7],
      ['hold/required', 'west', 12, 7],
    ]);
  });
});
