// `rollgate promote`: a later wave takes what an earlier wave runs (library), and the command guards it with check (process).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promoteManifest } from '../../src/edit/promote.js';
import { assertBuilt, removeWorkspaces, rollgate, workspace } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

const NOW = ['--now', '2026-11-22'];
const example = (name: string) => readFileSync(path.join(REPO_ROOT, name), 'utf8');

/** Three MicroCloud clusters over three waves; `canary` and `staging` already run a newer LXD revision. */
const MICROCLOUD_WAVES = [
  '# yaml-language-server: $schema=../schemas/fleet.schema.json',
  'apiVersion: rollgate/v1',
  'kind: Fleet',
  'policy: microcloud',
  'waves: [canary, staging, production]',
  'clusters:',
  '  - name: canary',
  '    wave: canary',
  '    members: [c-1, c-2, c-3]',
  '    components:',
  '      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }',
  '      lxd:        { channel: 5.21/stable,  revision: 33290, hold: true, cohort: true } # canary first',
  '  - name: staging',
  '    wave: staging',
  '    members: [s-1, s-2, s-3]',
  '    components:',
  '      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }',
  '      lxd:        { channel: 5.21/stable,  revision: 33290, hold: true, cohort: true }',
  '  - name: prod',
  '    wave: production',
  '    members: [p-1, p-2, p-3]',
  '    components:',
  '      # production lags until staging has run a week',
  '      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }',
  '      lxd:        { channel: 5.21/stable,  revision: 33110, hold: true, cohort: true }',
  '',
].join('\n');

describe('promoteManifest', () => {
  it("sets the later wave's clusters to what the earlier wave runs, changing only those values", () => {
    const { text, edits, skipped } = promoteManifest(MICROCLOUD_WAVES, 'fleet.yaml', 'staging', 'production');
    expect(edits).toEqual([
      { cluster: 'prod', component: 'lxd', from: '5.21/stable@33110', to: '5.21/stable@33290' },
    ]);
    expect(skipped).toEqual([]);
    expect(text).toBe(MICROCLOUD_WAVES.replace('revision: 33110', 'revision: 33290'));
  });

  it('promotes a version-pinned component (the MicroShift example, once staging runs 4.16)', () => {
    const { edits } = promoteManifest(
      example('examples/microshift/head-pass.yaml'),
      'fleet.yaml',
      'staging',
      'production',
    );
    expect(edits).toEqual([
      { cluster: 'store-0042', component: 'microshift', from: '4.14.21', to: '4.16.9' },
    ]);
  });

  it('leaves out a component the later wave does not run, and says so', () => {
    const source = MICROCLOUD_WAVES.replace(
      '      lxd:        { channel: 5.21/stable,  revision: 33110, hold: true, cohort: true }\n',
      '',
    );
    const { edits, skipped } = promoteManifest(source, 'fleet.yaml', 'staging', 'production');
    expect(edits).toEqual([]);
    expect(skipped).toEqual([
      {
        cluster: 'prod',
        component: 'lxd',
        reason: 'prod does not run lxd; promote moves components, it does not add them',
      },
    ]);
  });

  it.each([
    ['a promotion backwards', 'production', 'staging', /does not come before staging/],
    ['the same wave twice', 'staging', 'staging', /does not come before staging/],
    ['an unknown wave', 'staging', 'prod', /no wave named prod; its waves are canary, staging, production/],
  ])('refuses %s', (_what, from, to, message) => {
    expect(() => promoteManifest(MICROCLOUD_WAVES, 'fleet.yaml', from, to)).toThrow(message);
  });

  it('refuses when the earlier wave does not agree on what to promote', () => {
    const split = MICROCLOUD_WAVES.replace(
      'revision: 33290, hold: true, cohort: true } # canary first',
      'revision: 33300, hold: true, cohort: true } # canary first',
    ).replace('wave: staging\n', 'wave: canary\n');
    expect(() => promoteManifest(split, 'fleet.yaml', 'canary', 'production')).toThrow(
      /Wave canary does not agree on lxd: canary runs 5.21\/stable@33300 and staging runs 5.21\/stable@33290/,
    );
  });

  it('refuses a manifest without waves', () => {
    expect(() =>
      promoteManifest(example('examples/microcloud/base.yaml'), 'fleet.yaml', 'staging', 'production'),
    ).toThrow(/sets no `waves`/);
  });
});

describe('rollgate promote', () => {
  it('writes the promotion, and what it wrote passes rollgate check', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROCLOUD_WAVES, 'base.yaml': MICROCLOUD_WAVES });
    const run = await rollgate(['promote', 'staging', 'production', ...NOW], cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('  prod: lxd 5.21/stable@33110 -> 5.21/stable@33290\nWrote fleet.yaml.\n');
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toContain(
      '# production lags until staging has run a week',
    );
    const checked = await rollgate(['check', '--base', 'base.yaml', '--head', 'fleet.yaml', ...NOW], cwd);
    expect(checked.status).toBe(0);
  });

  it('refuses a promotion check would fail, naming the rule, and leaves the file alone', async () => {
    // Staging went 4.14 to 4.16 and then to 4.17 while the store stayed on 4.14: one promotion would skip three minors.
    const ahead = example('examples/microshift/head-pass.yaml').replace('"4.16.9"', '"4.17.4"');
    const cwd = workspace({ 'fleet.yaml': ahead });
    const run = await rollgate(['promote', 'staging', 'production', ...NOW], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('rollgate promote: this change fails rollgate check (skew/jump)');
    expect(run.stderr).toContain('store-0042: microshift 4.14.21 -> 4.17.4');
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toBe(ahead);
  });

  it('exits 0 and writes nothing when the later wave runs it already', async () => {
    const cwd = workspace({ 'fleet.yaml': MICROCLOUD_WAVES });
    const run = await rollgate(['promote', 'canary', 'staging', ...NOW], cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nothing to change');
  });

  it.each([
    ['one wave', ['promote', 'staging'], /promote takes two waves/],
    ['waves in the wrong order', ['promote', 'production', 'staging'], /does not come before staging/],
    ['a missing manifest', ['promote', 'staging', 'production', '--file', 'nope.yaml'], /does not exist/],
  ])('exits 2 with one sentence for %s', async (_what, args, message) => {
    const cwd = workspace({ 'fleet.yaml': MICROCLOUD_WAVES });
    const run = await rollgate([...args, ...NOW], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
