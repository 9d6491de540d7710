// `rollgate init`: a starter manifest per pack that editors can validate and check passes, and the round trip
// init, bump, check, plan through the real command.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLEET_SCHEMA_URL, starterManifest } from '../../src/edit/starter.js';
import { assertBuilt, git, removeWorkspaces, rollgate, workspace, writeFiles } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { judgeText, PACKS, policyOf } from '../packs/pack-helpers.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

const NOW = ['--now', '2026-11-22'];

describe('starterManifest', () => {
  it.each(PACKS)('writes a %s fleet that rollgate check passes', async (pack) => {
    const text = starterManifest(policyOf(pack), { packName: pack });
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${FLEET_SCHEMA_URL}`);
    const result = await judgeText(text);
    expect(result.findings).toEqual([]);
    expect(result.head.fleet?.clusters.map((c) => [c.name, c.wave])).toEqual([
      ['staging', 'staging'],
      ['production', 'production'],
    ]);
  });

  it('holds a component back to what a later one requires (MicroCloud 2 with MicroOVN 24.03, not the newest track)', () => {
    const text = starterManifest(policyOf('microcloud'), { packName: 'microcloud' });
    expect(text).toContain('microovn:   { channel: 24.03/stable, revision: 1, hold: true, cohort: true }');
    expect(text).toContain('microcloud: { channel: 2/stable, revision: 1, hold: true, cohort: true }');
  });

  it('gives a single-node pack one member, and role-aware packs control and worker members', () => {
    const microshift = starterManifest(policyOf('microshift'), { packName: 'microshift' });
    expect(microshift).toContain('    members:\n      - staging-1\n    components:');
    const kubernetes = starterManifest(policyOf('kubernetes'), { packName: 'kubernetes' });
    expect(kubernetes).toContain(
      '      - { name: staging-control-1, role: control }\n      - { name: staging-worker-1, role: worker }',
    );
  });

  it('points the schema line where it is told', () => {
    const text = starterManifest(policyOf('mosk'), {
      packName: 'mosk',
      schema: './node_modules/rollgate/schemas/fleet.schema.json',
    });
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/rollgate/schemas/fleet.schema.json',
    );
  });

  it('points by default at this release of the schema the repository ships', () => {
    const shipped = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/fleet.schema.json'), 'utf8'));
    expect(FLEET_SCHEMA_URL).toMatch(
      /^https:\/\/raw\.githubusercontent\.com\/rollgate\/rollgate\/v\d+\.\d+\.\d+\/schemas\/fleet\.schema\.json$/,
    );
    expect(shipped.$id).toBe('https://github.com/rollgate/rollgate/schemas/fleet.schema.json');
  });
});

describe('rollgate init', () => {
  it('writes fleet.yaml with the schema line, and it passes rollgate check', async () => {
    const cwd = workspace({});
    const run = await rollgate(['init', '--pack', 'charmed-etcd'], cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote fleet.yaml: a starter fleet for the charmed-etcd pack.');
    const text = readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=https://')).toBe(true);
    expect(text).toContain('charmed-etcd: { channel: 3.6/stable, revision: 1 }');
    const checked = await rollgate(['check', '--head', 'fleet.yaml', ...NOW], cwd);
    expect(checked.status).toBe(0);
  });

  it('writes where --file says, with the --schema it is given', async () => {
    const cwd = workspace({ 'fleets/.keep': '' });
    const run = await rollgate(
      [
        'init',
        '--pack',
        'openstack',
        '--file',
        'fleets/cloud.yaml',
        '--schema',
        '../node_modules/rollgate/schemas/fleet.schema.json',
      ],
      cwd,
    );
    expect(run.status).toBe(0);
    const text = readFileSync(path.join(cwd, 'fleets/cloud.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/rollgate/schemas/fleet.schema.json',
    );
  });

  it('will not overwrite a manifest unless forced', async () => {
    const cwd = workspace({ 'fleet.yaml': '# mine\n' });
    const refused = await rollgate(['init', '--pack', 'mosk'], cwd);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('fleet.yaml exists already');
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toBe('# mine\n');
    const forced = await rollgate(['init', '--pack', 'mosk', '--force'], cwd);
    expect(forced.status).toBe(0);
    expect(readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8')).toContain('policy: mosk');
  });

  it.each([
    ['no --pack', ['init'], /--pack is required/],
    ['an unknown pack', ['init', '--pack', 'openshift'], /no pack named "openshift".*kubernetes/],
  ])('exits 2 with one sentence for %s', async (_what, args, message) => {
    const run = await rollgate(args, workspace({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('round trip: init, bump, check, plan', () => {
  it('takes a starter MicroCloud fleet through a bump of staging into a plan with LXD on all members at once', async () => {
    const cwd = workspace({});
    expect((await rollgate(['init', '--pack', 'microcloud'], cwd)).status).toBe(0);
    // The base of the change is the manifest as init wrote it, as git would hold it.
    const base = readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8');
    writeFiles(cwd, { 'base.yaml': base });
    const bumped = await rollgate(
      ['bump', 'lxd', '--to', '5.21/stable@33110', '--wave', 'staging', ...NOW],
      cwd,
    );
    expect(bumped.status).toBe(0);
    expect(bumped.stdout).toContain('staging: lxd 5.21/stable@1 -> 5.21/stable@33110');
    const checked = await rollgate(
      ['check', '--base', 'base.yaml', '--head', 'fleet.yaml', '--format', 'json', ...NOW],
      cwd,
    );
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).changes).toEqual([
      { cluster: 'staging', component: 'lxd', from: '5.21/stable@1', to: '5.21/stable@33110' },
    ]);
    const planned = await rollgate(
      [
        'plan',
        '--base',
        'base.yaml',
        '--head',
        'fleet.yaml',
        '--out',
        'plan',
        '--transport',
        'ssh {member}',
        ...NOW,
      ],
      cwd,
    );
    expect(planned.status).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(cwd, 'plan/plan.json'), 'utf8'));
    expect(
      plan.stages.map((s: { cluster: string; component: string; strategy: string; members: unknown[] }) => [
        s.cluster,
        s.component,
        s.strategy,
        s.members.length,
      ]),
    ).toEqual([['staging', 'lxd', 'parallel', 3]]);
  });

  it('judges a promotion on the same branch against the pull request base with --base-ref', async () => {
    const cwd = workspace({});
    expect((await rollgate(['init', '--pack', 'microcloud'], cwd)).status).toBe(0);
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', 'fleet.yaml');
    git(cwd, 'commit', '-q', '-m', 'starter');
    expect(
      (
        await rollgate(
          ['bump', 'lxd', '--to', '5.21/stable@33110', '--wave', 'staging', '--base-ref', 'main', ...NOW],
          cwd,
        )
      ).status,
    ).toBe(0);
    // Against main, staging does not run revision 33110 yet, so production may not take it in the same pull request.
    const sameBranch = await rollgate(
      ['promote', 'staging', 'production', '--base-ref', 'main', ...NOW],
      cwd,
    );
    expect(sameBranch.status).toBe(1);
    expect(sameBranch.stderr).toContain('(order/promotion)');
    // Once the staging change is the base (merged and rolled out), the promotion passes.
    git(cwd, 'commit', '-q', '-am', 'staging takes lxd 33110');
    const next = await rollgate(['promote', 'staging', 'production', '--base-ref', 'main', ...NOW], cwd);
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('production: lxd 5.21/stable@1 -> 5.21/stable@33110');
    expect(
      (await rollgate(['check', '--base-ref', 'main', '--head', 'fleet.yaml', ...NOW], cwd)).status,
    ).toBe(0);
  });

  it('takes a starter Kubernetes fleet through a patch release of kube-apiserver into control-plane-only stages', async () => {
    const cwd = workspace({});
    expect((await rollgate(['init', '--pack', 'kubernetes'], cwd)).status).toBe(0);
    writeFiles(cwd, { 'base.yaml': readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8') });
    expect(
      (await rollgate(['bump', 'kube-apiserver', '--to', '1.34.1', '--cluster', 'staging', ...NOW], cwd))
        .status,
    ).toBe(0);
    expect(
      (await rollgate(['check', '--base', 'base.yaml', '--head', 'fleet.yaml', ...NOW], cwd)).status,
    ).toBe(0);
    const planned = await rollgate(
      [
        'plan',
        '--base',
        'base.yaml',
        '--head',
        'fleet.yaml',
        '--out',
        'plan',
        '--transport',
        'ssh {member}',
        ...NOW,
      ],
      cwd,
    );
    expect(planned.status).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(cwd, 'plan/plan.json'), 'utf8'));
    expect(
      plan.stages.map((s: { component: string; members: Array<{ name: string }> }) => [
        s.component,
        s.members.map((m) => m.name),
      ]),
    ).toEqual([['kube-apiserver', ['staging-control-1']]]);
  });
});
