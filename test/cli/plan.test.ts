// `rollgate plan` through the CLI's entry function, with real files and, for --unfinished-ref, a real git repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main.js';
import { microcloudUpgrade, microcloudWithDowngrades, ROOT, repoText, tempDir } from '../plan/helpers.js';

/** Runs the CLI in a directory and collects what it printed. */
const cli = (cwd: string, ...args: string[]) => runMain(cwd, args);

/** A working directory holding the upgrade's manifests. */
function workspace(): string {
  const dir = tempDir('cli');
  const { base, head } = microcloudUpgrade();
  writeFileSync(path.join(dir, 'base.yaml'), base);
  writeFileSync(path.join(dir, 'head.yaml'), head);
  writeFileSync(path.join(dir, 'head-fail.yaml'), repoText('examples/microcloud/head-fail.yaml'));
  return dir;
}

/** Every file under a directory with its bytes, by relative path. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(path.join(dir, at)).sort()) {
      const relative = at ? `${at}/${name}` : name;
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else files[relative] = readFileSync(path.join(dir, relative), 'utf8');
    }
  };
  walk('');
  return files;
}

const POLICIES = [
  '--policies',
  path.join(ROOT, 'policies'),
  '--now',
  '2025-01-01',
  '--transport',
  'ssh {member}',
];

describe('rollgate plan', () => {
  it('writes pins, overrides, plan, rollback, executable jobs, matrix and preview', async () => {
    const dir = workspace();
    const run = await cli(
      dir,
      'plan',
      '--head',
      'head.yaml',
      '--base',
      'base.yaml',
      '--out',
      'out',
      ...POLICIES,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Plan sha256:[0-9a-f]{64}: 4 stages, 0 waiting for approval; written to out\.\n/,
    );
    expect(Object.keys(tree(path.join(dir, 'out')))).toEqual([
      'jobs/01-lab-microceph.sh',
      'jobs/02-lab-microovn.sh',
      'jobs/03-lab-lxd.sh',
      'jobs/04-lab-microcloud.sh',
      'jobs/rollback-01-lab-microcloud.sh',
      'jobs/rollback-02-lab-lxd.sh',
      'jobs/rollback-03-lab-microovn.sh',
      'jobs/rollback-04-lab-microceph.sh',
      'matrix.json',
      'overrides/direct/all.txt',
      'pins.json',
      'plan.json',
      'preview.md',
      'rollback.json',
    ]);
    expect(statSync(path.join(dir, 'out/jobs/01-lab-microceph.sh')).mode & 0o111).not.toBe(0);
    const plan = JSON.parse(readFileSync(path.join(dir, 'out/plan.json'), 'utf8'));
    const matrix = JSON.parse(readFileSync(path.join(dir, 'out/matrix.json'), 'utf8'));
    expect(matrix.plan).toBe(plan.id);
    expect(matrix.chunks[0].include).toHaveLength(4);
  });

  it('writes the same bytes twice, and replaces an earlier plan in the same directory without leaving its jobs', async () => {
    const dir = workspace();
    const args = [
      'plan',
      '--head',
      'head.yaml',
      '--base',
      'base.yaml',
      '--transport',
      'ssh {member}',
      ...POLICIES,
    ];
    expect((await cli(dir, ...args, '--out', 'one')).code).toBe(0);
    expect((await cli(dir, ...args, '--out', 'two')).code).toBe(0);
    expect(tree(path.join(dir, 'two'))).toEqual(tree(path.join(dir, 'one')));
    writeFileSync(path.join(dir, 'one/jobs/99-stale.sh'), 'echo stale\n');
    expect((await cli(dir, ...args, '--out', 'one')).code).toBe(0);
    expect(tree(path.join(dir, 'one'))).toEqual(tree(path.join(dir, 'two')));
  });

  it('refuses with exit 1 and the findings when the check finds errors, and writes nothing', async () => {
    const dir = workspace();
    const run = await cli(
      dir,
      'plan',
      '--head',
      'head-fail.yaml',
      '--base',
      'base.yaml',
      '--out',
      'out',
      ...POLICIES,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('channel/risk');
    expect(run.stderr).toContain('nothing was planned');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('plans past the findings with --force, still printing them', async () => {
    const dir = workspace();
    const run = await cli(
      dir,
      'plan',
      '--head',
      'head-fail.yaml',
      '--base',
      'base.yaml',
      '--out',
      'out',
      '--force',
      ...POLICIES,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('skew/members');
    expect(existsSync(path.join(dir, 'out/plan.json'))).toBe(true);
  });

  it.each([
    ['no --head', ['plan', '--base', 'base.yaml'], '--head is required'],
    ['a head that does not exist', ['plan', '--head', 'nope.yaml'], 'does not exist'],
    [
      'an unknown transport placeholder',
      ['plan', '--head', 'head.yaml', '--transport', 'ssh {host}'],
      'it knows {member}',
    ],
    ['an unknown flag', ['plan', '--head', 'head.yaml', '--yes'], 'Run with --help'],
    ['a bad --now', ['plan', '--head', 'head.yaml', '--now', 'soon'], 'not an ISO 8601'],
    [
      'an --out under a file',
      ['plan', '--head', 'head.yaml', '--out', 'head.yaml/plan'],
      'head.yaml/plan: a part of the path is a file.',
    ],
    [
      // Node's own recursive mkdir loops forever there.
      'an --out under /proc',
      ['plan', '--head', 'head.yaml', '--out', '/proc/rollgate/plan'],
      'Cannot write the plan to --out /proc/rollgate/plan: no directory can be made there.',
    ],
  ])('exits 2 with one sentence for %s', async (_title, args, message) => {
    const dir = workspace();
    const run = await cli(dir, ...args, '--policies', path.join(ROOT, 'policies'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('leaves an earlier plan as it was when the new plan fails part-way, with no half-written files beside it', async () => {
    const dir = workspace();
    const args = [
      'plan',
      '--head',
      'head.yaml',
      '--base',
      'base.yaml',
      '--out',
      'out',
      '--now',
      '2025-01-01',
      '--transport',
      'ssh {member}',
    ];
    expect((await cli(dir, ...args, '--policies', path.join(ROOT, 'policies'))).code).toBe(0);
    const earlier = tree(path.join(dir, 'out'));
    // A rollback step that needs a version the base's snap pins do not have: found only once the rollback is written.
    const pack = microcloudWithDowngrades().replace(
      '        - { name: restore, estimate: 300, when: live, run: [lxc, cluster, restore, "{member}", --force] }\n      downgrade:',
      '        - { name: restore, estimate: 300, when: live, run: [lxc, cluster, restore, "{member}", --force] }\n      rollback:\n        - { name: revert, run: [snap, revert, "{component}", "--version={version}"] }\n      downgrade:',
    );
    expect(pack).toContain('--version={version}');
    mkdirSync(path.join(dir, 'packs'));
    writeFileSync(path.join(dir, 'packs/microcloud.yaml'), pack);
    const run = await cli(dir, ...args, '--policies', 'packs');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('there is no version to fill it with');
    expect(tree(path.join(dir, 'out'))).toEqual(earlier);
    expect(readdirSync(path.join(dir, 'out'))).not.toContain('.rollgate-partial');
  });

  it('exits 2 rather than write into a directory that holds other files', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'busy'));
    writeFileSync(path.join(dir, 'busy/notes.txt'), 'mine\n');
    const run = await cli(
      dir,
      'plan',
      '--head',
      'head.yaml',
      '--base',
      'base.yaml',
      '--out',
      'busy',
      ...POLICIES,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds no earlier plan');
    expect(readdirSync(path.join(dir, 'busy'))).toEqual(['notes.txt']);
  });

  it('plans from the last complete rollout with --base-ref, adding what an --unfinished-ref rollout may have moved', async () => {
    const dir = workspace();
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
        { cwd: dir, encoding: 'utf8' },
      );
    git('init', '-q');
    writeFileSync(path.join(dir, 'fleet.yaml'), readFileSync(path.join(dir, 'base.yaml')));
    git('add', 'fleet.yaml');
    git('commit', '-q', '-m', 'rolled out');
    git('update-ref', 'refs/rollgate/rolled-out', 'HEAD');
    writeFileSync(path.join(dir, 'fleet.yaml'), readFileSync(path.join(dir, 'head.yaml')));
    git('commit', '-q', '-am', 'started, never finished');
    git('update-ref', 'refs/rollgate/unfinished/one', 'HEAD');
    // The next push takes the fleet back to what was rolled out: without the unfinished ref nothing would be planned.
    writeFileSync(path.join(dir, 'fleet.yaml'), readFileSync(path.join(dir, 'base.yaml')));
    git('commit', '-q', '-am', 'back');
    const plain = await cli(
      dir,
      'plan',
      '--head',
      'fleet.yaml',
      '--base-ref',
      'refs/rollgate/rolled-out',
      '--out',
      'plain',
      ...POLICIES,
    );
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(': 0 stages');
    const resumed = await cli(
      dir,
      'plan',
      '--head',
      'fleet.yaml',
      '--base-ref',
      'refs/rollgate/rolled-out',
      '--unfinished-ref',
      'refs/rollgate/unfinished/one',
      '--out',
      'resumed',
      ...POLICIES,
    );
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(': 4 stages');
    const missing = await cli(
      dir,
      'plan',
      '--head',
      'fleet.yaml',
      '--unfinished-ref',
      'refs/nope',
      '--out',
      'x',
      ...POLICIES,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('names no commit');
  });
});
