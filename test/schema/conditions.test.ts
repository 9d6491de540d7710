// The conditional requirements live in the schemas, so an editor that validates with the schema file alone flags
// what `rollgate check` flags; rollgate reports each such problem once, on its line, as a `schema` finding.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadManifest } from '../../src/manifest/fleet.js';
import { loadPack } from '../../src/policy/pack.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The schema file as an editor reads it: compiled on its own, nothing of rollgate's code around it. */
function editorValidator(name: 'fleet' | 'policy'): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, `schemas/${name}.schema.json`), 'utf8'));
  return addFormats(new Ajv2020({ strict: true, allErrors: true })).compile(schema);
}
const editorFleet = editorValidator('fleet');
const editorPolicy = editorValidator('policy');

/** A one-cluster MicroCloud manifest; line 8 is the cluster's `- name:` line, line 11 its lxd. */
function fleet(options: { waves?: string; wave?: string; lxd?: string; member?: string } = {}): string {
  return [
    'apiVersion: rollgate/v1', // 1
    'kind: Fleet', // 2
    'policy: microcloud', // 3
    options.waves ?? '# no waves', // 4
    'clusters:', // 5
    '  - name: lab', // 6
    `    ${options.wave ?? '# no wave'}`, // 7
    `    members: [lab-1, ${options.member ?? 'lab-2'}]`, // 8
    '    components:', // 9
    '      microceph: { channel: squid/stable, revision: 4067, hold: true, cohort: true }', // 10
    `      lxd: ${options.lxd ?? '{ channel: 5.21/stable, revision: 33110, hold: true, cohort: true }'}`, // 11
    '      microovn: { channel: 24.03/stable, revision: 667, hold: true, cohort: true }', // 12
    '      microcloud: { channel: 2/stable, revision: 1144, hold: true, cohort: true }', // 13
    '',
  ].join('\n');
}

describe('fleet: what the schema file flags, rollgate reports once on its line', () => {
  it.each([
    {
      name: 'a component with neither version nor channel',
      text: fleet({ lxd: '{ hold: true, cohort: true }' }),
      line: 11,
      message:
        'Component `lxd` needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin.',
    },
    {
      name: 'a channel without a revision',
      text: fleet({ lxd: '{ channel: 5.21/stable, hold: true, cohort: true }' }),
      line: 11,
      message:
        'Component `lxd` has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.',
    },
    {
      name: 'a channel without a revision, beside a version',
      text: fleet({ lxd: '{ version: "5.21.3", channel: 5.21/stable, hold: true, cohort: true }' }),
      line: 11,
      message:
        'Component `lxd` has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.',
    },
    {
      name: 'a revision without a channel',
      text: fleet({ lxd: '{ revision: 33110, hold: true, cohort: true }' }),
      line: 11,
      message:
        'Component `lxd` has a `revision` but no `channel`; add the channel (track/risk) the revision is of, so rollgate knows what to pin.',
    },
    {
      name: '`waves` set, a cluster without `wave`',
      text: fleet({ waves: 'waves: [staging, production]' }),
      line: 6,
      message:
        'Cluster `lab` has no `wave`; the manifest sets `waves`, so every cluster names one of staging, production.',
    },
    {
      name: '`wave` without `waves`',
      text: fleet({ wave: 'wave: staging' }),
      line: 7,
      message:
        'Cluster `lab` names wave `staging`, but the manifest sets no `waves`; add `waves:` in promotion order.',
    },
    {
      name: '`waves: []`, the cluster without a wave',
      text: fleet({ waves: 'waves: []' }),
      line: 4,
      message: '`waves` at waves must have at least 1 item.',
    },
    {
      name: '`waves: []`, the cluster with one',
      text: fleet({ waves: 'waves: []', wave: 'wave: staging' }),
      line: 4,
      message: '`waves` at waves must have at least 1 item.',
    },
  ])('$name', ({ text, line, message }) => {
    expect(editorFleet(parse(text)), 'the schema file flags it').toBe(false);
    const { findings } = loadManifest(text, 'fleet.yaml');
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', severity: 'error', line, message })]);
  });

  it('reports a misspelt revision once, as the unknown field it is', () => {
    const text = fleet({ lxd: '{ channel: 5.21/stable, revison: 33110, hold: true, cohort: true }' });
    const { findings } = loadManifest(text, 'fleet.yaml');
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [11, expect.stringMatching(/^`lxd` at clusters\.0\.components\.lxd has an unknown field `revison`/)],
    ]);
  });

  it.each([
    {
      name: 'channel with revision',
      lxd: '{ channel: 5.21/stable, revision: 33110, hold: true, cohort: true }',
    },
    { name: 'a version alone', lxd: '{ version: "5.21.3", hold: true, cohort: true }' },
    {
      name: 'a version, a channel and a revision',
      lxd: '{ version: "5.21.3", channel: 5.21/stable, revision: 33110, hold: true, cohort: true }',
    },
  ])('accepts $name, in the schema file and in rollgate', ({ lxd }) => {
    const text = fleet({ lxd });
    expect(editorFleet(parse(text)), JSON.stringify(editorFleet.errors)).toBe(true);
    expect(loadManifest(text, 'fleet.yaml').findings.filter((finding) => finding.rule === 'schema')).toEqual(
      [],
    );
  });

  it('accepts waves with a wave on every cluster, and a member that overrides only a revision', () => {
    const text = fleet({
      waves: 'waves: [staging]',
      wave: 'wave: staging',
      member: '{ name: lab-2, components: { lxd: { revision: 33200 } } }',
    });
    expect(editorFleet(parse(text)), JSON.stringify(editorFleet.errors)).toBe(true);
    expect(loadManifest(text, 'fleet.yaml').findings).toEqual([]);
  });
});

/** A one-component pack; line 8 is `versioning:`, line 9 its scheme, line 11 its versions when given. */
function pack(versioning: string[]): string {
  return [
    'apiVersion: rollgate/v1', // 1
    'kind: PolicyPack', // 2
    'name: tiny', // 3
    'order: [thing]', // 4
    'components:', // 5
    '  thing:', // 6
    '    description: One component.', // 7
    '    versioning:', // 8
    ...versioning.map((line) => `      ${line}`), // 9..
    '',
  ].join('\n');
}

describe('policy: what the schema file flags, rollgate reports once on its line', () => {
  it.each([
    { name: 'the tracks scheme without versions', versioning: ['scheme: tracks', 'source: track'], line: 9 },
    {
      name: 'the tracks scheme with no versions listed',
      versioning: ['scheme: tracks', 'source: track', 'versions: []'],
      line: 11,
    },
  ])('$name', ({ versioning, line }) => {
    const text = pack(versioning);
    expect(editorPolicy(parse(text)), 'the schema file flags it').toBe(false);
    const { policy, findings } = loadPack(text, 'tiny.yaml');
    expect(policy).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line,
        message:
          'Component `thing` uses the tracks scheme, which needs `versions`: its tracks in release order.',
      }),
    ]);
  });

  it('accepts the tracks scheme with its versions, and semver without any', () => {
    for (const versioning of [
      ['scheme: tracks', 'source: track', 'versions: [a, b]'],
      ['scheme: semver', 'source: version'],
    ]) {
      const text = pack(versioning);
      expect(editorPolicy(parse(text)), JSON.stringify(editorPolicy.errors)).toBe(true);
      expect(loadPack(text, 'tiny.yaml').findings).toEqual([]);
    }
  });

  it('says once why a blocked entry that names nothing is refused', () => {
    const text = `${pack(['scheme: semver', 'source: version'])}    blocked:\n      - { reason: pulled }\n`;
    expect(editorPolicy(parse(text))).toBe(false);
    expect(loadPack(text, 'tiny.yaml').findings.map((finding) => finding.message)).toEqual([
      '`blocked` at components.thing.blocked.0 is missing `version`: A blocked entry names a `version`, a `channel` or a `revision`.',
    ]);
  });
});
