// A repository that attacks its own judge, through the built command: links committed where rollgate reads, pack
// keys spelt to dodge a text match, a plan written next to someone's files. Each gets one sentence and exit 2, or
// the finding it deserves, and nothing of a linked file's content reaches any output.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  type CliRun,
  git,
  removeWorkspaces,
  repository,
  rollgate,
  workspace,
} from '../helpers/cli.js';
import { MICROCLOUD_1, MICROCLOUD_2, MICROCLOUD_PACK, oneCluster, REPO_ROOT } from '../helpers/fleet.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

const NOW = ['--now', '2026-11-22'];
const SECRET = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz';

/** A secret outside the repository, written as a YAML scalar so a reader would quote it in a finding. */
function secretFile(): string {
  const folder = workspace({ 'credentials.yaml': `https://user:${SECRET}@github.com\n` });
  return path.join(folder, 'credentials.yaml');
}

function expectOneSentenceWithoutSecret(run: CliRun, pattern: RegExp): void {
  expect(run.status, run.stdout + run.stderr).toBe(2);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  expect(run.stdout + run.stderr).not.toContain('credentials');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

describe('symbolic links in the working tree', () => {
  it('refuses a manifest that is a link, naming the file and not its target', async () => {
    const folder = workspace();
    symlinkSync(secretFile(), path.join(folder, 'fleet.yaml'));
    const run = await rollgate(['check', '--head', 'fleet.yaml', ...NOW], folder);
    expectOneSentenceWithoutSecret(run, /fleet\.yaml is a symbolic link; rollgate reads only regular files/);
  });

  it('refuses a pack path that is a link', async () => {
    const folder = workspace({ 'fleet.yaml': oneCluster(MICROCLOUD_1, { policy: './packs/mc.yaml' }) });
    mkdirSync(path.join(folder, 'packs'));
    symlinkSync(secretFile(), path.join(folder, 'packs/mc.yaml'));
    const run = await rollgate(['check', '--head', 'fleet.yaml', ...NOW], folder);
    expectOneSentenceWithoutSecret(run, /packs\/mc\.yaml is a symbolic link/);
  });

  it('refuses a pack under a linked folder that leads out of the repository', async () => {
    const outside = workspace({ 'mc.yaml': MICROCLOUD_PACK });
    const folder = workspace({ 'fleet.yaml': oneCluster(MICROCLOUD_1, { policy: './packs/mc.yaml' }) });
    symlinkSync(outside, path.join(folder, 'packs'));
    const run = await rollgate(['check', '--head', 'fleet.yaml', ...NOW], folder);
    expectOneSentenceWithoutSecret(run, /packs\/mc\.yaml lies under a symbolic link that leads out of/);
    expect(run.stderr).not.toContain(outside);
  });

  it('refuses a policies folder that is a link out of the repository', async () => {
    const outside = workspace({ 'microcloud.yaml': MICROCLOUD_PACK });
    const folder = workspace({ 'fleet.yaml': oneCluster(MICROCLOUD_1) });
    symlinkSync(outside, path.join(folder, 'policies'));
    const run = await rollgate(['check', '--head', 'fleet.yaml', ...NOW], folder);
    expectOneSentenceWithoutSecret(run, /policies\/microcloud\.yaml lies under a symbolic link/);
  });

  it('follows a linked folder that stays inside the repository', async () => {
    const folder = workspace({
      'real/microcloud.yaml': MICROCLOUD_PACK,
      'fleet.yaml': oneCluster(MICROCLOUD_2),
    });
    symlinkSync(path.join(folder, 'real'), path.join(folder, 'policies'));
    const run = await rollgate(['check', '--head', 'fleet.yaml', '--format', 'json', ...NOW], folder);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('refuses to bump a manifest that is a link, and leaves its target alone', async () => {
    const folder = workspace();
    const target = path.join(workspace({ 'fleet.yaml': oneCluster(MICROCLOUD_1) }), 'fleet.yaml');
    symlinkSync(target, path.join(folder, 'fleet.yaml'));
    const before = readFileSync(target, 'utf8');
    const run = await rollgate(['bump', 'lxd', '--to', '5.21/stable@36020', ...NOW], folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/fleet\.yaml is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});

describe('symbolic links in git', () => {
  it('refuses a base manifest that the base commit holds as a link, and prints nothing of its target', async () => {
    const folder = repository({ 'README.md': 'fleet\n' });
    symlinkSync(secretFile(), path.join(folder, 'fleet.yaml'));
    git(folder, 'add', 'fleet.yaml');
    git(folder, 'commit', '-q', '-m', 'link');
    git(folder, 'rm', '-q', 'fleet.yaml');
    writeFileSync(path.join(folder, 'fleet.yaml'), oneCluster(MICROCLOUD_1));
    const run = await rollgate(['check', '--head', 'fleet.yaml', '--base-ref', 'HEAD', ...NOW], folder);
    expectOneSentenceWithoutSecret(
      run,
      /fleet\.yaml is a symbolic link at [0-9a-f]{40}; rollgate reads only regular files/,
    );
  });

  it("refuses a pack that the base commit holds as a link, though the working tree's is a file", async () => {
    const folder = repository({ 'fleet.yaml': oneCluster(MICROCLOUD_1, { policy: './packs/mc.yaml' }) });
    mkdirSync(path.join(folder, 'packs'));
    symlinkSync(secretFile(), path.join(folder, 'packs/mc.yaml'));
    git(folder, 'add', 'packs');
    git(folder, 'commit', '-q', '-m', 'link');
    git(folder, 'rm', '-q', 'packs/mc.yaml');
    mkdirSync(path.join(folder, 'packs'), { recursive: true });
    writeFileSync(path.join(folder, 'packs/mc.yaml'), MICROCLOUD_PACK);
    const run = await rollgate(['check', '--head', 'fleet.yaml', '--base-ref', 'HEAD', ...NOW], folder);
    expectOneSentenceWithoutSecret(run, /packs\/mc\.yaml is a symbolic link at /);
  });
});

describe('a pack path named in the manifest, however the key is written', () => {
  const PACK = './packs/mc.yaml';
  /** The base commit names the pack by path; the working tree rewrites the key and loosens the pack. */
  function editedPackRepository(
    policyLine: string,
    pack = `${MICROCLOUD_PACK}# loosened in the pull request\n`,
  ) {
    const manifest = oneCluster(MICROCLOUD_2, { policy: PACK });
    const folder = repository({ 'fleet.yaml': manifest, 'packs/mc.yaml': MICROCLOUD_PACK });
    writeFileSync(path.join(folder, 'fleet.yaml'), manifest.replace(/^policy: .*$/m, policyLine));
    writeFileSync(path.join(folder, 'packs/mc.yaml'), pack);
    return folder;
  }

  async function checkJson(folder: string) {
    const run = await rollgate(
      ['check', '--head', 'fleet.yaml', '--base-ref', 'HEAD', '--format', 'json', ...NOW],
      folder,
    );
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string; severity: string }> };
  }

  it.each([
    ['plain', `policy: ${PACK}`],
    ['quoted key', `"policy": ${PACK}`],
    ['single-quoted key and value', `'policy': '${PACK}'`],
    ['anchored value', `policy: &p ${PACK}`],
    ['tagged key', `!!str policy: ${PACK}`],
  ])('reports an edited pack as policy/changed with a %s', async (_, line) => {
    const report = await checkJson(editedPackRepository(line));
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'policy/changed', file: 'packs/mc.yaml' }),
    );
  });

  it('checks the edited pack against the pack schema', async () => {
    const broken = MICROCLOUD_PACK.replace('kind: PolicyPack', 'kind: PolicyPack\nloosened: true');
    const report = await checkJson(editedPackRepository(`"policy": ${PACK}`, broken));
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'schema', file: 'packs/mc.yaml', severity: 'error' }),
    );
  });

  it('hands no value to git as a glob: neither a comment in the manifest nor a * in --policies', async () => {
    const manifest = `# policy: ./*.yaml\n${oneCluster(MICROCLOUD_2, { policy: PACK })}`;
    const folder = repository({
      'fleet.yaml': manifest,
      'packs/mc.yaml': MICROCLOUD_PACK,
      'policies/microcloud.yaml': MICROCLOUD_PACK,
      'notes.yaml': 'a: 1\n',
    });
    writeFileSync(path.join(folder, 'notes.yaml'), 'a: 2\n');
    writeFileSync(path.join(folder, 'policies/microcloud.yaml'), `${MICROCLOUD_PACK}# edited\n`);
    // A folder named `pol*` itself (--policies must name a folder), so only git could read the * as a glob.
    mkdirSync(path.join(folder, 'pol*'));
    const run = await rollgate(
      [
        'check',
        '--head',
        'fleet.yaml',
        '--base-ref',
        'HEAD',
        '--policies',
        'pol*',
        '--format',
        'json',
        ...NOW,
      ],
      folder,
    );
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string }> };
    expect(report.findings.filter((finding) => finding.rule === 'policy/changed')).toEqual([]);
  });
});

describe('plan --out next to files that are not a rollgate plan', () => {
  const planArgs = (out: string) => [
    'plan',
    '--head',
    'head.yaml',
    '--base',
    'base.yaml',
    '--out',
    out,
    '--policies',
    path.join(REPO_ROOT, 'policies'),
    '--now',
    '2025-01-01',
    '--transport',
    'ssh {member}',
  ];
  const exampleFiles = () => ({
    'base.yaml': readFileSync(path.join(REPO_ROOT, 'examples/microcloud/base.yaml'), 'utf8'),
    'head.yaml': readFileSync(path.join(REPO_ROOT, 'examples/microcloud/head-pass.yaml'), 'utf8'),
  });

  it('refuses a folder whose plan.json is someone else’s, and deletes nothing', async () => {
    const foreign = {
      'plan.json': '{"sprint": 12, "kind": "Backlog"}\n',
      'preview.md': '# my notes\n',
      'jobs/deploy.sh': 'echo mine\n',
      'overrides/site.txt': 'mine\n',
    };
    const folder = workspace({ ...exampleFiles(), ...foreign });
    const run = await rollgate(planArgs('.'), folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/holds no earlier plan \(a plan\.json of kind RolloutPlan\)/);
    for (const [file, text] of Object.entries(foreign))
      expect(readFileSync(path.join(folder, file), 'utf8')).toBe(text);
  });

  it('replaces an earlier plan and only its files, keeping what else the folder holds, links unfollowed', async () => {
    const folder = workspace(exampleFiles());
    expect((await rollgate(planArgs('out'), folder)).status).toBe(0);
    writeFileSync(path.join(folder, 'out/README.md'), 'what this folder is\n');
    writeFileSync(path.join(folder, 'out/jobs/notes.md'), 'mine\n');
    // Named as a plan's scripts are: a folder stays, a link goes and what it points at stays.
    mkdirSync(path.join(folder, 'out/jobs/kept.sh'));
    writeFileSync(path.join(folder, 'out/jobs/kept.sh/inside.sh'), 'mine\n');
    const outside = path.join(workspace({ 'target.sh': 'echo mine\n' }), 'target.sh');
    symlinkSync(outside, path.join(folder, 'out/jobs/link.sh'));
    const run = await rollgate(planArgs('out'), folder);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(folder, 'out/README.md'), 'utf8')).toBe('what this folder is\n');
    expect(readFileSync(path.join(folder, 'out/jobs/notes.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(path.join(folder, 'out/jobs/kept.sh/inside.sh'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(folder, 'out/jobs/link.sh'))).toBe(false);
    expect(readFileSync(outside, 'utf8')).toBe('echo mine\n');
    expect(JSON.parse(readFileSync(path.join(folder, 'out/plan.json'), 'utf8')).kind).toBe('RolloutPlan');
  });

  it('refuses an --out that is a link, and writes nothing through it', async () => {
    const elsewhere = workspace();
    const folder = workspace(exampleFiles());
    symlinkSync(elsewhere, path.join(folder, 'out'));
    const run = await rollgate(planArgs('out'), folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out .*out is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('output that cannot command the runner', () => {
  const COMMAND = '::error title=rollgate passed::All checks passed';
  /** A repository whose change adds a pack file named with a line break and a workflow command. */
  function hostileName(): string {
    const folder = repository({
      'fleet.yaml': oneCluster(MICROCLOUD_2),
      'policies/microcloud.yaml': MICROCLOUD_PACK,
    });
    writeFileSync(path.join(folder, `policies/x\n${COMMAND}\n.yaml`), MICROCLOUD_PACK);
    return folder;
  }
  const commandLines = (text: string) =>
    text.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith('::'));

  it.each([
    ['check', ['check', '--head', 'fleet.yaml', '--base-ref', 'HEAD', ...NOW]],
    ['plan', ['plan', '--head', 'fleet.yaml', '--base-ref', 'HEAD', '--out', 'plan', ...NOW]],
  ])('%s prints the file name escaped, on no line of its own', async (_, args) => {
    const run = await rollgate(args, hostileName());
    expect(run.stdout + run.stderr).toContain('policies/x\\u000a:\\u003aerror title=rollgate passed');
    expect(commandLines(run.stdout)).toEqual([]);
    expect(commandLines(run.stderr)).toEqual([]);
  });

  it('wraps everything it prints on GitHub Actions in stop-commands, with a token of its own', async () => {
    const run = await rollgate(
      ['check', '--head', 'fleet.yaml', '--base-ref', 'HEAD', ...NOW],
      hostileName(),
      {
        GITHUB_ACTIONS: 'true',
      },
    );
    const lines = run.stdout.trimEnd().split('\n');
    const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[0] ?? '')?.[1];
    expect(token).toBeDefined();
    expect(lines.at(-1)).toBe(`::${token}::`);
    expect(commandLines(lines.slice(1, -1).join('\n'))).toEqual([]);
  });
});
