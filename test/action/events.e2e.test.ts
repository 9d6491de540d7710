// A base on every event: the action as the runner starts it, on merge_group, pull_request_target, a push in check
// mode, and an event with none. Without a base a change that loosens a pack judges itself, so that fails the step.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github-server.js';
import {
  ACTION,
  type CommitChain,
  commitChain,
  fixture,
  gitIn,
  hasCommit,
  pullRequestEvent,
  REPOSITORY,
  runAction,
} from './harness.js';

const PR = 7;

let base: string;
let headPass: string;
let headFail: string;
let pack: string;

beforeAll(async () => {
  if (!existsSync(ACTION) || (await readFile(ACTION, 'utf8')).includes('the GitHub Action is not built yet'))
    throw new Error('dist/index.js is missing or the placeholder: run npm run build first (npm test does).');
  base = await fixture('examples/microcloud/base.yaml');
  headPass = await fixture('examples/microcloud/head-pass.yaml');
  headFail = await fixture('examples/microcloud/head-fail.yaml');
  pack = await fixture('policies/microcloud.yaml');
});

let github: FakeGitHub;
let apiUrl: string;
const chains: CommitChain[] = [];

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
});

afterEach(async () => {
  await github.stop();
  for (const chain of chains.splice(0)) await chain.cleanup();
});

async function chain(trees: Array<Record<string, string>>, options: { shallow?: boolean } = {}) {
  const made = await commitChain(trees, options);
  chains.push(made);
  return made;
}

/** The pack, loosened the way a change would to let itself pass: every rule a warning. */
function loosened(text: string): string {
  return text.replace('  policy/changed: warning', '  policy/changed: warning\n  skew/jump: warning');
}

const repositoryPayload = { full_name: REPOSITORY, name: 'fleet', owner: { login: 'octo' } };

describe('merge_group', () => {
  it("judges the queued change against the group's base commit, by the base's packs", async () => {
    const made = await chain(
      [
        { 'fleet.yaml': base, 'policies/microcloud.yaml': pack },
        { 'fleet.yaml': headFail, 'policies/microcloud.yaml': loosened(pack) },
      ],
      { shallow: true },
    );
    const [baseSha, headSha] = made.shas as [string, string];
    const run = await runAction({
      workspace: made.workspace,
      apiUrl,
      eventName: 'merge_group',
      event: {
        action: 'checks_requested',
        merge_group: {
          base_sha: baseSha,
          head_sha: headSha,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-7',
        },
        repository: repositoryPayload,
      },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(await hasCommit(made.workspace, baseSha)).toBe(true);
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.summary).toContain('| `lab` | `microcloud` | `1/stable@734` |');
    expect(run.summary).toContain('policy/changed');
    expect(run.summary).not.toContain('no base');
    // A merge group has no single pull request to comment on.
    expect(github.commentsOn(PR)).toEqual([]);
  });
});

describe('pull_request_target', () => {
  /** The checkout is the base branch, as actions/checkout makes it on pull_request_target; the head is only on origin. */
  async function baseCheckout(headTree: Record<string, string>) {
    const made = await chain([{ 'fleet.yaml': base, 'policies/microcloud.yaml': pack }, headTree]);
    const [baseSha, headSha] = made.shas as [string, string];
    const origin = path.join(made.scratch, 'origin.git');
    await gitIn(made.scratch, 'clone', '-q', '--bare', made.workspace, origin);
    await gitIn(origin, 'branch', 'base', baseSha);
    const workspace = path.join(made.scratch, 'base-checkout');
    await gitIn(
      made.scratch,
      'clone',
      '-q',
      '--depth',
      '1',
      '--branch',
      'base',
      `file://${origin}`,
      workspace,
    );
    return { workspace, baseSha, headSha };
  }

  it("judges the pull request's head commit, fetched and never checked out, against the base", async () => {
    const { workspace, baseSha, headSha } = await baseCheckout({ 'fleet.yaml': headFail });
    expect(await hasCommit(workspace, headSha)).toBe(false);
    const run = await runAction({
      workspace,
      apiUrl,
      eventName: 'pull_request_target',
      event: pullRequestEvent(PR, baseSha, headSha, { fork: true }),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(Number(run.outputs.errors)).toBe(4);
    const comment = github.commentsOn(PR)[0]?.body ?? '';
    expect(comment).toContain('rollgate failed');
    expect(comment).toContain('4 errors');
    // Read through git, never checked out: the working tree still holds the base.
    expect(await readFile(path.join(workspace, 'fleet.yaml'), 'utf8')).toBe(base);
    expect((await gitIn(workspace, 'rev-parse', 'HEAD')).trim()).toBe(baseSha);
  });

  it('passes a clean head the same way', async () => {
    const { workspace, baseSha, headSha } = await baseCheckout({ 'fleet.yaml': headPass });
    const run = await runAction({
      workspace,
      apiUrl,
      eventName: 'pull_request_target',
      event: pullRequestEvent(PR, baseSha, headSha, { fork: true }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(github.commentsOn(PR)[0]?.body).toContain('rollgate passed');
  });
});

describe('an event with no base', () => {
  async function dispatch(head: string, inputs: Record<string, string> = {}) {
    const made = await chain([{ 'fleet.yaml': head }]);
    return runAction({
      workspace: made.workspace,
      apiUrl,
      eventName: 'workflow_dispatch',
      event: { inputs: {}, ref: 'refs/heads/main', repository: repositoryPayload },
      inputs,
    });
  }

  it('is a warning in the report and a failing step, though the findings pass', async () => {
    const run = await dispatch(headPass);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(run.commands).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        message: expect.stringMatching(
          /^rollgate has no base commit to judge this workflow_dispatch against/,
        ),
      }),
    );
    expect(run.summary).toContain('rollgate has no base commit');
  });

  it('passes on its findings alone when allow-no-base is true, still warning', async () => {
    const run = await dispatch(headPass, { 'allow-no-base': 'true' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(run.summary).toContain('allow-no-base is true');
  });
});

describe('a push checked in check mode', () => {
  it('judges the push against its before commit', async () => {
    const made = await chain([{ 'fleet.yaml': base }, { 'fleet.yaml': headFail }], { shallow: true });
    const [before, after] = made.shas as [string, string];
    const run = await runAction({
      workspace: made.workspace,
      apiUrl,
      eventName: 'push',
      event: { before, after, ref: 'refs/heads/main', repository: repositoryPayload },
      inputs: { mode: 'check' },
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('| `lab` | `microcloud` | `1/stable@734` |');
    expect(run.summary).not.toContain('no base');
  });
});
