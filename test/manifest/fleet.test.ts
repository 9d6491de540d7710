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

/** One manifest problem: the text, and the finding it must give. */
interface Problem {
  name: string;
  text: string;
  code: string;
  /** The whole text, where the wording is what the case guards. */
  message?: string;
  line: number;
  column: number;
}

const base = oneCluster(MICROCLOUD_2);
// In oneCluster's layout: line 5 `  - name: lab`, 6 `members:`, 7-9 the members, 10 `components:`, 11 `microceph:`, 12 its channel, 13 its revision.
const PROBLEMS: Problem[] = [
  {
    name: 'a wrong apiVersion',
    code: 'const',
    text: base.replace('apiVersion: rollgate/v1', 'apiVersion: rollgate/v2'),
    message: '`apiVersion` at apiVersion must be "rollgate/v1".',
    line: 1,
    column: 13,
  },
  {
    name: 'a wrong kind',
    code: 'const',
    text: base.replace('kind: Fleet', 'kind: Fleets'),
    message: '`kind` at kind must be "Fleet".',
    line: 2,
    column: 7,
  },
  {
    name: 'no clusters',
    code: 'required',
    text: base.slice(0, base.indexOf('clusters:')),
    message: 'The manifest is missing `clusters`.',
    line: 1,
    column: 1,
  },
  {
    name: 'an unknown top-level field, at its key',
    code: 'additionalProperties',
    text: base.replace('policy: microcloud\n', 'policy: microcloud\npolicies: [x]\n'),
    line: 4,
    column: 1,
  },
  {
    name: 'an unknown component field, at its key',
    code: 'additionalProperties',
    text: base.replace('        revision: 4067\n', '        revison: 4067\n'),
    line: 13,
    column: 9,
  },
  {
    name: 'a cluster name that is no DNS label',
    code: 'pattern',
    text: base.replace('- name: lab\n', '- name: "lab; rm -rf /"\n'),
    line: 5,
    column: 11,
  },
  {
    name: 'a member name with shell characters',
    code: 'pattern',
    text: base.replace('      - lab-2\n', '      - "$(reboot)"\n'),
    line: 8,
    column: 9,
  },
  {
    name: 'a component name with markdown in it',
    code: 'propertyNames',
    text: base.replace('      microceph:\n', '      "[x](http://evil)":\n'),
    line: 11,
    column: 7,
  },
  {
    name: 'a channel without a risk',
    code: 'pattern',
    text: base.replace('channel: squid/stable', 'channel: squid'),
    line: 12,
    column: 18,
  },
  {
    name: 'a revision of 0',
    code: 'minimum',
    text: base.replace('revision: 4067', 'revision: 0'),
    message: '`revision` at clusters.0.components.microceph.revision must be at least 1.',
    line: 13,
    column: 19,
  },
  {
    name: 'a revision written as text',
    code: 'type',
    text: base.replace('revision: 4067', 'revision: "4067"'),
    message:
      '`revision` at clusters.0.components.microceph.revision must be an integer, not the string 4067.',
    line: 13,
    column: 19,
  },
  {
    name: 'hold: yes (YAML 1.2 reads a string)',
    code: 'type',
    text: base.replace('hold: true', 'hold: yes'),
    message: '`hold` at clusters.0.components.microceph.hold must be a boolean, not the string yes.',
    line: 14,
    column: 15,
  },
  {
    name: 'a freeze date that is no date',
    code: 'format',
    text: base.replace(
      'policy: microcloud\n',
      'policy: microcloud\nfreeze:\n  - { from: christmas, to: 2027-01-04 }\n',
    ),
    message: '`from` at freeze.0.from must be a date (YYYY-MM-DD) or an RFC 3339 date-time.',
    line: 5,
    column: 13,
  },
  {
    name: 'a bad role',
    code: 'enum',
    text: base.replace('      - lab-1\n', '      - { name: lab-1, role: boss }\n'),
    message: '`role` at clusters.0.members.0.role must be one of "control", "worker".',
    line: 7,
    column: 30,
  },
];

describe('schema findings point at the offending node', () => {
  it.each(PROBLEMS)('$name', ({ text, code, message, line, column }) => {
    const loaded = loadManifest(text, 'fleet.yaml');
    expect(loaded.fleet).toBeUndefined();
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({
      rule: 'schema',
      code,
      severity: 'error',
      file: 'fleet.yaml',
      line,
      column,
      ...(message !== undefined ? { message } : {}),
    });
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

describe('findings about the pack a manifest names', () => {
  it.each([
    {
      name: 'a component the pack does not know',
      code: 'UNKNOWN_COMPONENT',
      head: oneCluster({ ...MICROCLOUD_2, microk8s: { version: '1.31' } }),
      message:
        'microk8s is not a component of the microcloud pack, which knows microceph, microovn, lxd, microcloud.',
      line: 31,
      column: 7,
    },
    {
      name: 'a track the pack does not know',
      code: 'UNREADABLE_VERSION',
      head: oneCluster({ ...MICROCLOUD_2, microceph: snap('tentacle/stable', 5000) }),
      message:
        'microceph track tentacle is not one the microcloud pack can read (tracks). It knows quincy, reef, squid.',
      line: 11,
      column: 7,
    },
    {
      name: 'a version where the pack reads the track',
      code: 'VERSION_MISSING',
      head: oneCluster({ ...MICROCLOUD_2, lxd: { version: '5.21.3', hold: true, cohort: true } }),
      message: 'lxd needs a `channel` (track/risk) for the microcloud pack to compare its versions.',
      line: 21,
      column: 7,
    },
    {
      name: 'a semver component with no version',
      code: 'VERSION_MISSING',
      head: oneCluster({ server: { channel: '1/stable', revision: 3 } }, { policy: 'toy' }),
      message: 'server needs a `version` for the toy pack to compare its versions.',
      line: 11,
      column: 7,
    },
    {
      name: 'a version the semver scheme cannot read',
      code: 'UNREADABLE_VERSION',
      head: oneCluster({ server: { version: 'latest' } }, { policy: 'toy' }),
      message: 'server version latest is not one the toy pack can read (semver).',
      line: 11,
      column: 7,
    },
  ])('$name', async ({ head, code, message, line, column }) => {
    const result = await judge({ head });
    // The rules still run on what they can read, so another finding may join; the schema one must be there, once.
    expect(result.findings.filter((f) => f.rule === 'schema')).toEqual([
      expect.objectContaining({ code, severity: 'error', message, line, column }),
    ]);
    expect(result.ok).toBe(false);
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
