// The action end to end: dist/index.js as the runner starts it, a real git repository, the fake API.
// `npm test` builds dist/ first; run `npm run build` before running this file alone.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github-server.js';
import {
  ACTION,
  type ActionRun,
  commitChain,
  fixture,
  gitIn,
  hasCommit,
  type PullRequestRepository,
  pullRequestEvent,
  pullRequestRepository,
  runAction,
  runnerTemp,
  type Tree,
  workflowRunEvent,
} from './harness.js';

const PR = 7;
const MARKER = '<!-- rollgate:sticky manifest=fleet.yaml -->';
const COMMENTS = /^\/repos\/octo\/fleet\/issues\/7\/comments$/;

let base: string;
let headPass: string;
let headFail: string;
let pack: string;

beforeAll(async () => {
  if (
    !existsSync(ACTION) ||
    (await readFile(ACTION, 'utf8')).includes('the GitHub Action is not built yet')
  ) {
    throw new Error('dist/index.js is missing or the placeholder: run npm run build first (npm test does).');
  }
  base = await fixture('examples/microcloud/base.yaml');
  headPass = await fixture('examples/microcloud/head-pass.yaml');
  headFail = await fixture('examples/microcloud/head-fail.yaml');
  pack = await fixture('policies/microcloud.yaml');
});

let github: FakeGitHub;
let apiUrl: string;
const repositories: PullRequestRepository[] = [];

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
});

afterEach(async () => {
  await github.stop();
  for (const repository of repositories.splice(0)) await repository.cleanup();
});

async function repositoryFor(baseTree: Tree, headTree: Tree, options: { shallow?: boolean } = {}) {
  const repository = await pullRequestRepository(baseTree, headTree, options);
  repositories.push(repository);
  return repository;
}

async function checkPullRequest(
  repository: PullRequestRepository,
  options: { fork?: boolean; inputs?: Record<string, string> } = {},
) {
  return runAction({
    workspace: repository.workspace,
    apiUrl,
    eventName: 'pull_request',
    event: pullRequestEvent(PR, repository.baseSha, repository.headSha, { fork: options.fork ?? false }),
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
}

/** Outside code spans (shown literally), the text has no HTML, no link, and no @-mention GitHub would act on. */
function expectInert(body: string) {
  const prose = body
    .split('\n')
    .slice(1)
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
  expect(prose).not.toMatch(/<[a-z!/]/i);
  expect(prose).not.toMatch(/\]\(/);
  expect(prose).not.toMatch(/@everyone/);
}

function annotations(run: ActionRun, level: 'error' | 'warning') {
  return run.commands.filter((c) => c.command === level && c.properties.file);
}

describe('the action on a pull request', () => {
  it('passes a clean change and creates one comment', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    const run = await checkPullRequest(repository);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const comments = github.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]?.body).toContain('rollgate passed');
    expect(comments[0]?.body).toContain('`squid/stable@4067`');
    // The rollout preview the merge would run: a table of stages and a Mermaid flowchart.
    expect(comments[0]?.body).toContain('### Rollout plan');
    expect(comments[0]?.body).toContain('```mermaid');
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(1);
    expect(run.outputs).toMatchObject({ ok: 'true', errors: '0', warnings: '0' });
    expect(run.summary).toContain('rollgate passed');
    expect(annotations(run, 'error')).toEqual([]);
  });

  it("passes a change that brings no finding, listing the base's own apart; the strict input fails it", async () => {
    // The base already breaks the pack; the change only adds a comment line, so it brings none of those findings.
    const repository = await repositoryFor(
      { 'fleet.yaml': headFail },
      { 'fleet.yaml': `${headFail}# reviewed by the platform team\n` },
    );
    const run = await checkPullRequest(repository);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ ok: 'true', errors: '0' });
    const body = github.commentsOn(PR)[0]?.body ?? '';
    expect(body).toContain('Already in the base (');
    expect(body).toContain('_(already in the base)_');
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8')) as {
      findings: Array<{ severity: string; introduced: boolean }>;
    };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => !f.introduced && f.severity === 'warning')).toBe(true);
    const strict = await checkPullRequest(repository, { inputs: { strict: 'true' } });
    expect(strict.code).toBe(1);
    expect(strict.outputs).toMatchObject({ ok: 'false' });
  });

  it('fails a violating change, annotates the lines, and says why in the comment', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headFail });
    const run = await checkPullRequest(repository);
    expect(run.code).toBe(1);
    const errors = annotations(run, 'error').map(
      (c) => `${c.properties.title} ${c.properties.file}:${c.properties.line}:${c.properties.col}`,
    );
    expect(errors.sort()).toEqual(
      [
        'rollgate channel/risk fleet.yaml:18:30',
        'rollgate hold/required fleet.yaml:18:7',
        'rollgate order/requires fleet.yaml:19:7',
        'rollgate skew/members fleet.yaml:14:11',
      ].sort(),
    );
    const body = github.commentsOn(PR)[0]?.body ?? '';
    expect(body).toContain('rollgate failed');
    expect(body).toContain('`skew/members`');
    expect(run.outputs).toMatchObject({ ok: 'false', errors: '4' });
    expect(JSON.parse(await readFile(run.outputs.report as string, 'utf8'))).toMatchObject({
      ok: false,
      summary: { errors: 4 },
    });
  });

  it.each([
    ['warning', 1],
    ['never', 0],
  ])('with fail-on %s, a change with only warnings exits %i', async (failOn, code) => {
    // Keeping the end-of-life MicroCloud 1 track is a warning when the change did not cause it.
    const head = base.replace(
      'lxd:        { channel: 5.21/stable,   revision: 33110',
      'lxd:        { channel: 5.21/stable,   revision: 33111',
    );
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': head });
    const run = await checkPullRequest(repository, { inputs: { 'fail-on': failOn } });
    expect(run.outputs.errors).toBe('0');
    expect(Number(run.outputs.warnings)).toBeGreaterThan(0);
    expect(run.code).toBe(code);
  });

  it('edits the same comment on a re-run and never adds a second', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headFail });
    const first = await checkPullRequest(repository);
    expect(first.code).toBe(1);
    const [created] = github.commentsOn(PR);
    const second = await checkPullRequest(repository);
    expect(second.code).toBe(1);
    expect(github.commentsOn(PR)).toHaveLength(1);
    expect(github.commentsOn(PR)[0]?.id).toBe(created?.id);
    expect(github.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(1);
  });

  it("leaves a person's comment that quotes the marker alone", async () => {
    const human = github.seedComment(PR, `${MARKER}\nI pasted this`, { login: 'someone', type: 'User' });
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    await checkPullRequest(repository);
    expect(github.commentsOn(PR).map((c) => c.id)).toContain(human.id);
    expect(github.commentsOn(PR).find((c) => c.id === human.id)?.body).toBe(`${MARKER}\nI pasted this`);
    expect(github.commentsOn(PR)).toHaveLength(2);
  });

  it('ends with one comment when two runs race to create it', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headFail });
    // Both runs' first listing is answered only once both are waiting, so both see no comment and both create one.
    github.holdListingsUntil(2);
    const runs = await Promise.all([checkPullRequest(repository), checkPullRequest(repository)]);
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(2);
    const comments = github.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
  });

  it('keeps one comment when a previous race left duplicates', async () => {
    const older = github.seedComment(PR, `${MARKER}\nold report`);
    github.seedComment(PR, `${MARKER}\nduplicate`);
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    await checkPullRequest(repository);
    const comments = github.commentsOn(PR);
    expect(comments.map((c) => c.id)).toEqual([older.id]);
    expect(comments[0]?.body).toContain('rollgate passed');
  });

  it.each([
    ['a passing', () => headPass, 0],
    ['a failing', () => headFail, 1],
  ])("keeps %s verdict when a fork's read-only token cannot comment (403)", async (_, head, code) => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': head() });
    github.fail('POST', COMMENTS, 403, 10);
    const run = await checkPullRequest(repository, { fork: true });
    expect(run.code).toBe(code);
    expect(github.commentsOn(PR)).toEqual([]);
    // A 403 is not retried: it will not change.
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(1);
    const warning = run.commands.find(
      (c) => c.command === 'warning' && c.message.includes('could not write its pull request comment'),
    );
    expect(warning?.message).toContain('HTTP 403');
    expect(run.summary).toContain(code === 0 ? 'rollgate passed' : 'rollgate failed');
    expect(annotations(run, 'error')).toHaveLength(code === 0 ? 0 : 4);
    const reportDir = path.join(runnerTemp(repository.workspace), 'rollgate-report');
    expect(JSON.parse(await readFile(path.join(reportDir, 'report.json'), 'utf8')).ok).toBe(code === 0);
    expect((await readFile(path.join(reportDir, 'pr-number'), 'utf8')).trim()).toBe(String(PR));
  });

  it.each([
    ['listing', 'GET'],
    ['creating', 'POST'],
  ])('retries a 502 while %s the comment', async (_, method) => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    github.fail(method, COMMENTS, 502, 1);
    const run = await checkPullRequest(repository);
    expect(run.code).toBe(0);
    expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
    expect(github.commentsOn(PR)).toHaveLength(1);
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(method === 'POST' ? 2 : 1);
  });

  it('gives up within its retries, warns, and keeps the verdict when the API stays down', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headFail });
    github.fail('GET', COMMENTS, 502, 100);
    const run = await checkPullRequest(repository);
    expect(run.code).toBe(1);
    // The first try and three retries.
    expect(github.requestsTo('GET', COMMENTS)).toHaveLength(4);
    expect(run.commands.some((c) => c.command === 'warning' && c.message.includes('HTTP 502'))).toBe(true);
  });

  it("judges a change that loosens its own pack by the base's pack, and flags policy/changed", async () => {
    const edge = base.replace(
      'lxd:        { channel: 5.21/stable,   revision: 33110',
      'lxd:        { channel: 5.21/edge,     revision: 33290',
    );
    // The head's pack would allow the edge risk for LXD; the base's does not.
    const loosened = pack.replace(/(\n {2}lxd:[\s\S]*?\n {4}risks: )\[stable\]/, '$1[stable, edge]');
    expect(loosened).not.toBe(pack);
    const repository = await repositoryFor(
      { 'fleet.yaml': base, 'policies/microcloud.yaml': pack },
      { 'fleet.yaml': edge, 'policies/microcloud.yaml': loosened },
    );
    const run = await checkPullRequest(repository);
    expect(run.code).toBe(1);
    const titles = run.commands
      .filter((c) => c.properties.file)
      .map((c) => `${c.command} ${c.properties.title} ${c.properties.file}`);
    expect(titles).toContain('error rollgate channel/risk fleet.yaml');
    expect(titles).toContain('warning rollgate policy/changed policies/microcloud.yaml');
    const policyChange = annotations(run, 'warning').find(
      (c) => c.properties.title === 'rollgate policy/changed',
    );
    expect(policyChange?.properties.line).toBe(
      String(loosened.split('\n').findIndex((line) => line.includes('risks: [stable, edge]')) + 1),
    );
    expect(github.commentsOn(PR)[0]?.body).toContain('`policy/changed`');
  });

  it('fetches the base commit by SHA from a shallow checkout', async () => {
    const repository = await repositoryFor(
      { 'fleet.yaml': base },
      { 'fleet.yaml': headFail },
      { shallow: true },
    );
    expect(await hasCommit(repository.workspace, repository.baseSha)).toBe(false);
    const run = await checkPullRequest(repository);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(await hasCommit(repository.workspace, repository.baseSha)).toBe(true);
    // Changes and member skew need the base: the base manifest was read from the fetched commit.
    expect(run.outputs.errors).toBe('4');
    expect(github.commentsOn(PR)[0]?.body).toContain('`quincy/stable@3758`');
  });

  it('puts annotations on lines the change touched before those it inherited', async () => {
    // The base already breaks a rule on many clusters; the head adds one more break.
    const clusters = (count: number, channel: string) =>
      Array.from(
        { length: count },
        (_, i) =>
          `  - name: c${i}\n    members: [c${i}-1, c${i}-2, c${i}-3]\n    components:\n      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }\n      microovn:   { channel: 24.03/stable, revision: 667,   hold: true, cohort: true }\n      lxd:        { channel: 5.21/stable,  revision: 33110, hold: ${channel}, cohort: true }\n      microcloud: { channel: 2/stable,     revision: 1144,  hold: true, cohort: true }\n`,
      ).join('');
    const header = 'apiVersion: rollgate/v1\nkind: Fleet\npolicy: microcloud\nclusters:\n';
    const baseText = `${header}${clusters(12, 'false')}`;
    const headText = `${header}${clusters(13, 'false')}`;
    expect(headText.startsWith(baseText)).toBe(true);
    const repository = await repositoryFor({ 'fleet.yaml': baseText }, { 'fleet.yaml': headText });
    // Strict keeps the inherited breaks errors (by default they are warnings, already in the base).
    const run = await checkPullRequest(repository, { inputs: { strict: 'true' } });
    const shown = annotations(run, 'error');
    expect(shown).toHaveLength(10);
    const addedLine =
      headText
        .split('\n')
        .findIndex((line, i) => i > baseText.split('\n').length - 2 && line.includes('lxd:')) + 1;
    expect(shown[0]?.properties.line).toBe(String(addedLine));
    const notice = run.commands.find((c) => c.command === 'notice');
    expect(notice?.message).toMatch(/^rollgate found \d+ more errors? /);
  });

  it('escapes manifest text in the comment, so a name cannot mention or inject markup', async () => {
    const hostile = headFail.replace(
      'name: lab-3',
      'name: "lab-3 @everyone <img src=x> [x](https://evil.test)"',
    );
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': hostile });
    await checkPullRequest(repository);
    const body = github.commentsOn(PR)[0]?.body ?? '';
    expect(body).toContain('everyone');
    expectInert(body);
  });

  it('does not comment when comment is false', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    const run = await checkPullRequest(repository, { inputs: { comment: 'false' } });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
  });

  it('fails with one sentence when an input is wrong', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    const run = await checkPullRequest(repository, { inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'rollgate could not run: Input fail-on is "sometimes"; expected one of error, warning, never.',
    );
  });

  it('fails with one sentence when the policies input names a folder that is not there', async () => {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': headPass });
    const run = await checkPullRequest(repository, { inputs: { policies: 'fleet-packs' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'rollgate could not run: The policies input "fleet-packs" names no folder: fleet-packs does not exist. Name the folder of your own packs, or leave it out to judge by rollgate\'s packs alone.',
    );
  });
});

describe("the action's plan mode (on push)", () => {
  async function chainFor(trees: Tree[]) {
    const chain = await commitChain(trees);
    repositories.push({ ...chain, baseSha: '', headSha: '' });
    return chain;
  }

  async function push(workspace: string, before: string, after: string, inputs?: Record<string, string>) {
    return runAction({
      workspace,
      apiUrl,
      eventName: 'push',
      event: { before, after },
      // The members of these three-member clusters are reached over ssh; without it the plan is refused.
      inputs: { transport: 'ssh {member}', ...inputs },
    });
  }

  function stagesOf(run: ActionRun): string[] {
    const chunks = JSON.parse(run.outputs.matrix ?? '[]') as Array<{ include: Array<{ stage: string }> }>;
    return chunks.flatMap((chunk) => chunk.include.map((entry) => entry.stage));
  }

  it("plans a merged change from the push's before commit when no rollout has finished yet", async () => {
    const chain = await chainFor([{ 'fleet.yaml': base }, { 'fleet.yaml': headPass }]);
    const run = await push(chain.workspace, chain.shas[0] as string, chain.shas[1] as string);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['plan-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(stagesOf(run).map((stage) => stage.replace(/^\d+-/, ''))).toEqual([
      'lab-microceph',
      'lab-microovn',
      'lab-lxd',
      'lab-microcloud',
    ]);
    expect(JSON.parse(run.outputs.environments ?? '')).toEqual([]);
    const dir = run.outputs['plan-dir'] as string;
    expect(JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')).id).toBe(run.outputs['plan-id']);
    for (const stage of stagesOf(run)) expect(existsSync(path.join(dir, 'jobs', `${stage}.sh`))).toBe(true);
    expect(run.summary).toContain('### Rollout plan');
    expect(github.requests).toEqual([]);
  });

  it("plans from the rolled-out ref, so a merge during an unfinished rollout does not skip that rollout's stages", async () => {
    const cephOnly = base.replace(
      'microceph:  { channel: quincy/stable, revision: 3758',
      'microceph:  { channel: squid/stable,  revision: 4067',
    );
    const chain = await chainFor([
      { 'fleet.yaml': base },
      { 'fleet.yaml': cephOnly },
      { 'fleet.yaml': headPass },
    ]);
    // The MicroCeph rollout started (its unfinished ref) but never finished, so rolled-out still names the first commit.
    await gitIn(chain.workspace, 'update-ref', 'refs/rollgate/rolled-out', chain.shas[0] as string);
    await gitIn(
      chain.workspace,
      'update-ref',
      `refs/rollgate/unfinished/${chain.shas[1]}`,
      chain.shas[1] as string,
    );
    const run = await push(chain.workspace, chain.shas[1] as string, chain.shas[2] as string);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(stagesOf(run).some((stage) => stage.endsWith('-lab-microceph'))).toBe(true);
    expect(run.commands.some((c) => c.command === 'warning' && c.message.includes('did not finish'))).toBe(
      true,
    );
  });

  it('plans nothing when the merged manifest fails the check', async () => {
    const chain = await chainFor([{ 'fleet.yaml': base }, { 'fleet.yaml': headFail }]);
    const run = await push(chain.workspace, chain.shas[0] as string, chain.shas[1] as string);
    expect(run.code).toBe(1);
    expect(run.outputs['plan-id']).toBeUndefined();
    expect(run.outputs).toMatchObject({ ok: 'false', errors: '4' });
    expect(annotations(run, 'error')).toHaveLength(4);
  });
});

describe("the action's comment mode (the workflow_run half of the fork pattern)", () => {
  async function forkReport(head: string) {
    const repository = await repositoryFor({ 'fleet.yaml': base }, { 'fleet.yaml': head });
    github.fail('POST', COMMENTS, 403, 1);
    const forkRun = await checkPullRequest(repository, { fork: true });
    expect(github.commentsOn(PR)).toEqual([]);
    return { repository, forkRun };
  }

  it("posts the fork's report on the pull request whose head is the run's commit", async () => {
    const { repository } = await forkReport(headFail);
    github.pulls.push({ number: PR, state: 'open', headSha: repository.headSha, headLabel: 'stranger:bump' });
    const run = await runAction({
      workspace: repository.workspace,
      apiUrl,
      eventName: 'workflow_run',
      event: workflowRunEvent(repository.headSha, 'stranger', 'bump'),
    });
    expect(run.code, run.stdout).toBe(0);
    const comments = github.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]?.body).toContain('rollgate failed');
    expect(comments[0]?.body).toContain("pull request's own run");
  });

  it('ignores a PR number in the artifact that does not belong to the head commit', async () => {
    const { repository } = await forkReport(headPass);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(runnerTemp(repository.workspace), 'rollgate-report/pr-number'), '1\n');
    github.pulls.push({ number: 1, state: 'open', headSha: 'f'.repeat(40), headLabel: 'octo:other' });
    github.pulls.push({ number: PR, state: 'open', headSha: repository.headSha, headLabel: 'stranger:bump' });
    const run = await runAction({
      workspace: repository.workspace,
      apiUrl,
      eventName: 'workflow_run',
      event: workflowRunEvent(repository.headSha, 'stranger', 'bump'),
    });
    expect(run.code).toBe(0);
    expect(github.commentsOn(1)).toEqual([]);
    expect(github.commentsOn(PR)).toHaveLength(1);
  });

  it('re-escapes a tampered report and recomputes its verdict', async () => {
    const { repository } = await forkReport(headPass);
    const { writeFile } = await import('node:fs/promises');
    const tampered = {
      ok: true,
      summary: { errors: 0, warnings: 0 },
      changes: [{ cluster: '<b>x</b>', component: 'lxd', from: null, to: '@everyone' }],
      findings: [
        {
          rule: 'skew/jump',
          severity: 'error',
          message: 'hi @everyone <script>alert(1)</script> [click](https://evil.test)',
          file: 'fleet.yaml',
          line: 1,
          column: 1,
        },
        { rule: 'not/a-rule', severity: 'error', message: 'dropped', file: 'fleet.yaml', line: 1, column: 1 },
      ],
    };
    await writeFile(
      path.join(runnerTemp(repository.workspace), 'rollgate-report/report.json'),
      JSON.stringify(tampered),
    );
    github.pulls.push({ number: PR, state: 'open', headSha: repository.headSha, headLabel: 'stranger:bump' });
    const run = await runAction({
      workspace: repository.workspace,
      apiUrl,
      eventName: 'workflow_run',
      event: workflowRunEvent(repository.headSha, 'stranger', 'bump'),
    });
    expect(run.code).toBe(0);
    const body = github.commentsOn(PR)[0]?.body ?? '';
    expect(body).toContain('rollgate failed');
    expect(body).toContain('1 error');
    expect(body).not.toContain('dropped');
    expect(body).toContain('alert');
    expectInert(body);
  });

  it('posts nothing when no open pull request has the head commit', async () => {
    const { repository } = await forkReport(headPass);
    github.pulls.push({ number: PR, state: 'open', headSha: 'e'.repeat(40), headLabel: 'stranger:bump' });
    const run = await runAction({
      workspace: repository.workspace,
      apiUrl,
      eventName: 'workflow_run',
      event: workflowRunEvent(repository.headSha, 'stranger', 'bump'),
    });
    expect(run.code).toBe(0);
    expect(github.commentsOn(PR)).toEqual([]);
    expect(
      run.commands.some((c) => c.command === 'warning' && c.message.includes('No open pull request')),
    ).toBe(true);
  });
});
