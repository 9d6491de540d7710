// `rollgate bump`: the in-place edit (library) and the command that refuses what check would fail (process).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpManifest, parseTarget } from '../../src/edit/bump.js';
import { assertBuilt, removeWorkspaces, rollgate, workspace } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

const MICROCLOUD_BASE = readFileSync(path.join(REPO_ROOT, 'examples/microcloud/base.yaml'), 'utf8');
const MICROSHIFT_BASE = readFileSync(path.join(REPO_ROOT, 'examples/microshift/base.yaml'), 'utf8');

/** The lines of `after` that differ from `before`, as [line number, text] pairs; both texts have the same line count. */
function changedLines(before: string, after: string): Array<[number, string]> {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now).toHaveLength(old.length);
  return now.flatMap((line, i): Array<[number, string]> => (line === old[i] ? [] : [[i + 1, line]]));
}

describe('parseTarget', () => {
  it.each([
    ['4.16.9', { version: '4.16.9' }],
    ['2024.1', { version: '2024.1' }],
    ['5.21/stable@33110', { channel: '5.21/stable', revision: 33110 }],
    ['squid/stable/hotfix@4070', { channel: 'squid/stable/hotfix', revision: 4070 }],
  ])('reads %s', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it.each([
    ['5.21/stable@0', /not a revision/],
    ['5.21/stable@12a', /not a revision/],
    ['5.21/nightly@3', /not a channel/],
    ['$(reboot)', /neither a version/],
    ['', /neither a version/],
  ])('refuses %j', (text, message) => {
    expect(() => parseTarget(text)).toThrow(message);
  });
});

describe('bumpManifest', () => {
  it('changes only the characters of the value, keeping comments, alignment and the rest of the line', () => {
    const { text, edits } = bumpManifest(MICROCLOUD_BASE, 'fleet.yaml', 'lxd', {
      channel: '5.21/stable',
      revision: 33290,
    });
    expect(changedLines(MICROCLOUD_BASE, text)).toEqual([
      [15, '      lxd:        { channel: 5.21/stable,   revision: 33290, hold: true, cohort: true }'],
    ]);
    expect(edits).toEqual([
      { cluster: 'lab', component: 'lxd', from: '5.21/stable@33110', to: '5.21/stable@33290' },
    ]);
  });

  it('keeps the quote style, and quotes a plain version YAML would read as a number', () => {
    const source = [
      'apiVersion: rollgate/v1',
      'kind: Fleet',
      'policy: kubernetes',
      'clusters:',
      '  - name: prod # the one that matters',
      '    members: [cp-1]',
      '    components:',
      '      kube-apiserver: { version: "1.29.6" }',
      "      kube-controller-manager: { version: '1.29.6' }",
      '      kube-scheduler:',
      '        version: v1.29.6   # plain, with a comment',
      '      kubelet: { version: "1.29.6" }',
      '',
    ].join('\n');
    const one = bumpManifest(source, 'fleet.yaml', 'kube-apiserver', { version: '1.30.2' });
    const two = bumpManifest(one.text, 'fleet.yaml', 'kube-controller-manager', { version: '1.30.2' });
    const three = bumpManifest(two.text, 'fleet.yaml', 'kube-scheduler', { version: '1.30' });
    expect(changedLines(source, three.text)).toEqual([
      [8, '      kube-apiserver: { version: "1.30.2" }'],
      [9, "      kube-controller-manager: { version: '1.30.2' }"],
      [11, '        version: "1.30"   # plain, with a comment'],
    ]);
  });

  it('moves members that pin the component themselves along with their cluster', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'examples/microcloud/head-fail.yaml'), 'utf8');
    const { text, edits } = bumpManifest(source, 'fleet.yaml', 'microceph', {
      channel: 'squid/stable',
      revision: 4070,
    });
    expect(changedLines(source, text)).toEqual([
      [14, '          microceph: { revision: 4070 }'],
      [16, '      microceph:  { channel: squid/stable, revision: 4070,  hold: true, cohort: true }'],
    ]);
    expect(edits.map((e) => [e.cluster, e.member, e.from, e.to])).toEqual([
      ['lab', undefined, 'squid/stable@4067', 'squid/stable@4070'],
      ['lab', 'lab-3', 'squid/stable@4001', 'squid/stable@4070'],
    ]);
  });

  it.each([
    ['one cluster', { cluster: 'lab' }, ['lab']],
    ['one wave', { wave: 'production' }, ['store-0042']],
    ['every cluster that runs it', {}, ['lab', 'store-0042']],
  ])('moves %s', (_what, scope, clusters) => {
    const { edits } = bumpManifest(MICROSHIFT_BASE, 'fleet.yaml', 'microshift', { version: '4.16.9' }, scope);
    expect(edits.map((e) => e.cluster)).toEqual(clusters);
  });

  it('changes nothing when the clusters already run the target', () => {
    const { text, edits } = bumpManifest(MICROSHIFT_BASE, 'fleet.yaml', 'microshift', { version: '4.14.21' });
    expect(edits).toEqual([]);
    expect(text).toBe(MICROSHIFT_BASE);
  });

  it.each([
    [
      'an unknown cluster',
      'microshift',
      { version: '4.16.9' },
      { cluster: 'nope' },
      /no cluster named nope; it has lab, store-0042/,
    ],
    [
      'an unknown wave',
      'microshift',
      { version: '4.16.9' },
      { wave: 'canary' },
      /no wave named canary; its waves are staging, production/,
    ],
    [
      'both a cluster and a wave',
      'microshift',
      { version: '4.16.9' },
      { cluster: 'lab', wave: 'staging' },
      /--cluster or --wave, not both/,
    ],
    ['a component no cluster runs', 'lxd', { version: '5.21' }, {}, /No cluster in fleet.yaml runs lxd/],
    [
      'a channel target for a version pin',
      'microshift',
      { channel: '4.16/stable', revision: 3 },
      {},
      /has no `channel` to set: it pins 4.14.21, so move it to a version/,
    ],
  ])('refuses %s', (_what, component, target, scope, message) => {
    expect(() => bumpManifest(MICROSHIFT_BASE, 'fleet.yaml', component, target, scope)).toThrow(message);
  });

  it('refuses to edit a value behind a YAML anchor, which would move every cluster that shares it', () => {
    const source = [
      'apiVersion: rollgate/v1',
      'kind: Fleet',
      'policy: microshift',
      'clusters:',
      '  - name: a',
      '    members: [a-1]',
      '    components: &same',
      '      microshift: { version: "4.14.21" }',
      '  - name: b',
      '    members: [b-1]',
      '    components: *same',
      '',
    ].join('\n');
    expect(() =>
      bumpManifest(source, 'fleet.yaml', 'microshift', { version: '4.16.9' }, { cluster: 'a' }),
    ).toThrow(/anchor or alias/);
  });

  it('refuses a manifest that does not load, pointing at rollgate check', () => {
    expect(() => bumpManifest('clusters: [', 'fleet.yaml', 'lxd', { version: '1' })).toThrow(
      /not a manifest rollgate can edit \(line 1: .*rollgate check --head fleet.yaml/,
    );
  });
});

describe('rollgate bump', () => {
  const NOW = ['--now', '2026-11-22'];

  it('edits fleet.yaml in place, prints the move, and what it wrote passes rollgate check', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROSHIFT_BASE, 'base.yaml': MICROSHIFT_BASE });
    const run = await rollgate(['bump', 'microshift', '--to', '4.16.9', '--wave', 'staging', ...NOW], cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('  lab: microshift 4.14.21 -> 4.16.9\nWrote fleet.yaml.\n');
    const written = readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8');
    expect(changedLines(MICROSHIFT_BASE, written)).toEqual([[12, '      microshift: { version: "4.16.9" }']]);
    const checked = await rollgate(['check', '--base', 'base.yaml', '--head', 'fleet.yaml', ...NOW], cwd);
    expect(checked.status).toBe(0);
  });

  it('refuses a move check would fail, naming the rule, and leaves the file alone', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROSHIFT_BASE });
    const run = await rollgate(['bump', 'microshift', '--to', '4.17.4', '--cluster', 'lab', ...NOW], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('rollgate bump: this change fails rollgate check (skew/jump)');
    expect(run.stderr).toContain('4.14.21 -> 4.16 -> 4.17.4');
    expect(run.stderr).toContain('Nothing was written to fleet.yaml. Write it anyway with --force.');
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toBe(MICROSHIFT_BASE);
  });

  it('refuses a later wave that moves before an earlier one (order/promotion)', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROSHIFT_BASE });
    const run = await rollgate(['bump', 'microshift', '--to', '4.16.9', '--wave', 'production', ...NOW], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(order/promotion)');
  });

  it('writes a refused move with --force, and still says what check will say', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROSHIFT_BASE });
    const run = await rollgate(
      ['bump', 'microshift', '--to', '4.17.4', '--cluster', 'lab', '--force', ...NOW],
      cwd,
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('written with --force, although it fails rollgate check (skew/jump)');
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toContain('microshift: { version: "4.17.4" }');
  });

  it('refuses to move a component into a declared freeze (hold/freeze)', async () => {
    const frozen = MICROSHIFT_BASE.replace(
      'waves: [staging, production]\n',
      'waves: [staging, production]\nfreeze:\n  - { from: 2026-11-20, to: 2026-11-30, reason: peak season }\n',
    );
    const cwd = workspace({ 'fleet.yaml': frozen });
    const run = await rollgate(['bump', 'microshift', '--to', '4.16.9', '--cluster', 'lab', ...NOW], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(hold/freeze)');
  });

  it('moves a snap by channel and revision and keeps the rest of the line', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROCLOUD_BASE });
    const run = await rollgate(['bump', 'lxd', '--to', '5.21/stable@33290', ...NOW], cwd);
    expect(run.status).toBe(0);
    expect(changedLines(MICROCLOUD_BASE, readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8'))).toEqual([
      [15, '      lxd:        { channel: 5.21/stable,   revision: 33290, hold: true, cohort: true }'],
    ]);
    // MicroCloud 1 was past its end of life before the bump: a warning, not the bump's doing.
    expect(run.stderr).toContain('channel/eol');
  });

  it('reads another file with --file, and exits 0 when there is nothing to change', async () => {
    const cwd = workspace({ 'fleets/edge.yaml': MICROSHIFT_BASE });
    const run = await rollgate(
      ['bump', 'microshift', '--to', '4.14.21', '--file', 'fleets/edge.yaml', ...NOW],
      cwd,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('fleets/edge.yaml already runs that; nothing to change.');
  });

  it.each([
    ['no component', ['bump', '--to', '4.16.9'], /bump takes one component/],
    ['no --to', ['bump', 'microshift'], /--to is required/],
    ['a target that is neither form', ['bump', 'microshift', '--to', 'latest!'], /neither a version/],
    [
      'a missing manifest',
      ['bump', 'microshift', '--to', '4.16.9', '--file', 'missing.yaml'],
      /The manifest .*missing.yaml does not exist/,
    ],
    [
      'an unknown cluster',
      ['bump', 'microshift', '--to', '4.16.9', '--cluster', 'nope'],
      /no cluster named nope/,
    ],
    [
      'an unknown flag',
      ['bump', 'microshift', '--to', '4.16.9', '--member', 'x'],
      /Unknown option '--member'/,
    ],
    [
      'a base ref that names no commit',
      ['bump', 'microshift', '--to', '4.16.9', '--base-ref', 'nope'],
      /The base ref nope names no commit/,
    ],
  ])('exits 2 with one sentence for %s', async (_what, args, message) => {
    const cwd = workspace({ 'fleet.yaml': MICROSHIFT_BASE });
    const run = await rollgate([...args, ...NOW], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toBe(MICROSHIFT_BASE);
  });
});
