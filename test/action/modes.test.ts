// The action's seams: the modes take the repository and the GitHub client as arguments, so these tests run a
// mode in process on a fake repository and a fake client, and read what it wrote (outputs, report, comment).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/action/check-mode.js';
import { runComment } from '../../src/action/comment-mode.js';
import type { ActionEvent, ActionSettings } from '../../src/action/input-helper.js';
import { RollgateError } from '../../src/findings.js';
import { fakeGitHub, fakeRepository } from '../helpers/fakes.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples/microcloud', name), 'utf8');
const MARKER = '<!-- rollgate:sticky manifest=fleet.yaml -->';

let workspace: string;
let outputs: string;
const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };

beforeEach(() => {
  // The modes log through @actions/core, which writes to stdout; the tests read the outputs file instead.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  workspace = mkdtempSync(path.join(tmpdir(), 'rollgate-modes-'));
  outputs = path.join(workspace, 'github-output');
  writeFileSync(outputs, '');
  process.env.GITHUB_OUTPUT = outputs;
  delete process.env.GITHUB_STEP_SUMMARY;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  for (const [key, value] of [
    ['GITHUB_OUTPUT', saved.output],
    ['GITHUB_STEP_SUMMARY', saved.summary],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(workspace, { recursive: true, force: true });
});

function settings(event: ActionEvent): ActionSettings {
  return {
    manifest: 'fleet.yaml',
    policies: 'policies',
    requestedMode: 'auto',
    mode: event.kind === 'workflow_run' ? 'comment' : 'check',
    token: 'fake-token',
    comment: true,
    failOn: 'error',
    allowNoBase: false,
    strict: false,
    rolledOutRef: 'refs/rollgate/rolled-out',
    unfinishedRefs: 'refs/rollgate/unfinished/',
    transport: '',
    workspace,
    reportDir: path.join(workspace, 'runner-temp', 'rollgate-report'),
    repository: { owner: 'octo', repo: 'fleet' },
    event,
    api: { retryDelayMs: 1, retries: 0, requestTimeoutMs: 1000, budgetMs: 5000 },
  };
}

/** The outputs @actions/core wrote to the GITHUB_OUTPUT file, by name. */
function readOutputs(): Record<string, string> {
  const text = readFileSync(outputs, 'utf8');
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    found[match[1] as string] = match[3] as string;
  return found;
}

const pullRequest: ActionEvent = {
  kind: 'pull_request',
  name: 'pull_request',
  number: 7,
  baseSha: 'ba5e',
  headSha: 'hea4',
  fork: false,
};

describe('check mode on a fake repository and a fake GitHub client', () => {
  it('judges the working tree against the base commit the repository holds, and comments through the client', async () => {
    writeFileSync(path.join(workspace, 'fleet.yaml'), example('head-fail.yaml'));
    const repository = fakeRepository({
      root: workspace,
      commits: { ba5e: { 'fleet.yaml': example('base.yaml') } },
    });
    const github = fakeGitHub();
    await runCheck(settings(pullRequest), { repository, github: github.client });

    expect(repository.calls).toEqual(expect.arrayContaining(['ensureCommit ba5e', 'show ba5e fleet.yaml']));
    const comment = github.comments.get(7)?.[0];
    expect(comment?.body.startsWith(MARKER)).toBe(true);
    expect(comment?.body).toContain(':x: **rollgate failed**');
    const written = readOutputs();
    expect(written.ok).toBe('false');
    expect(Number(written.errors)).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(written.report as string, 'utf8')) as {
      changes: Array<{ component: string; from: string }>;
    };
    expect(report.changes.find((c) => c.component === 'microcloud')?.from).toBe('1/stable@734');
    expect(process.exitCode).toBe(1);
  });

  it('updates the comment it wrote before rather than adding a second', async () => {
    writeFileSync(path.join(workspace, 'fleet.yaml'), example('head-pass.yaml'));
    const repository = fakeRepository({
      root: workspace,
      commits: { ba5e: { 'fleet.yaml': example('base.yaml') } },
    });
    const github = fakeGitHub();
    await runCheck(settings(pullRequest), { repository, github: github.client });
    await runCheck(settings(pullRequest), { repository, github: github.client });
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.calls.filter((call) => call.startsWith('issues.createComment'))).toHaveLength(1);
    expect(github.calls).toContain('issues.updateComment 100');
  });

  it('says how to fetch the base commit when the repository cannot get it', async () => {
    writeFileSync(path.join(workspace, 'fleet.yaml'), example('head-pass.yaml'));
    const repository = fakeRepository({ root: workspace, commits: {} });
    const run = runCheck(settings(pullRequest), { repository, github: undefined });
    await expect(run).rejects.toThrow(RollgateError);
    await expect(run).rejects.toThrow(/base commit ba5e .*is not in this checkout/);
  });
});

describe('comment mode with a fake GitHub client', () => {
  it("posts a fork's uploaded report on the open pull request whose head is the run's commit", async () => {
    const reportDir = path.join(workspace, 'runner-temp', 'rollgate-report');
    await mkdir(reportDir, { recursive: true });
    await writeFile(
      path.join(reportDir, 'report.json'),
      JSON.stringify({
        ok: false,
        summary: { errors: 1, warnings: 0 },
        changes: [],
        findings: [
          {
            rule: 'skew/jump',
            severity: 'error',
            message: 'too far',
            file: 'fleet.yaml',
            line: 3,
            column: 1,
          },
        ],
      }),
    );
    await writeFile(path.join(reportDir, 'pr-number'), '12\n');
    const github = fakeGitHub([
      { number: 12, state: 'open', head: { sha: 'f00d', ref: 'topic', label: 'fork:topic' } },
    ]);
    const event: ActionEvent = {
      kind: 'workflow_run',
      name: 'workflow_run',
      headSha: 'f00d',
      headOwner: 'fork',
      headBranch: 'topic',
      fork: true,
    };
    await runComment(settings(event), {
      repository: fakeRepository({ root: workspace, commits: {} }),
      github: github.client,
    });
    expect(github.calls).toContain('pulls.get 12');
    const body = github.comments.get(12)?.[0]?.body ?? '';
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('too far');
    expect(readOutputs()).toMatchObject({ ok: 'false', errors: '1', warnings: '0' });
  });

  it('needs a client (a token) to post', async () => {
    const reportDir = path.join(workspace, 'runner-temp', 'rollgate-report');
    await mkdir(reportDir, { recursive: true });
    await writeFile(path.join(reportDir, 'report.json'), JSON.stringify({ findings: [], changes: [] }));
    const event: ActionEvent = { kind: 'workflow_run', name: 'workflow_run', headSha: 'f00d', fork: true };
    await expect(
      runComment(settings(event), {
        repository: fakeRepository({ root: workspace, commits: {} }),
        github: undefined,
      }),
    ).rejects.toThrow('mode: comment needs a token that may write pull request comments.');
  });
});
