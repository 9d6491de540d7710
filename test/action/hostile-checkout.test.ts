// A checkout that attacks the action: links committed where the report goes, a report folder the pull request
// brings, a runner without its summary file. The action runs in process on a fake repository and a fake client.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/action/check-mode.js';
import type { ActionEvent, ActionSettings } from '../../src/action/input-helper.js';
import { writeReportFiles } from '../../src/action/report-files.js';
import type { CheckResult } from '../../src/check/index.js';
import { fakeGitHub, fakeRepository } from '../helpers/fakes.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples/microcloud', name), 'utf8');

let scratch: string;
let workspace: string;
let runnerTemp: string;
/** A file outside the workspace that a link points at: it must stay as it is. */
let victim: string;
let printed: string[];
const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };

beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
    printed.push(String(text));
    return true;
  });
  scratch = mkdtempSync(path.join(tmpdir(), 'rollgate-hostile-'));
  workspace = path.join(scratch, 'workspace');
  runnerTemp = path.join(scratch, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  victim = path.join(scratch, 'credentials');
  writeFileSync(victim, 'https://user:ghp_secretsecretsecret@github.com\n');
  process.env.GITHUB_OUTPUT = path.join(scratch, 'output');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
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
  rmSync(scratch, { recursive: true, force: true });
});

const pullRequest: ActionEvent = {
  kind: 'pull_request',
  name: 'pull_request',
  number: 7,
  baseSha: 'ba5e',
  headSha: 'hea4',
  fork: false,
};

function settings(event: ActionEvent = pullRequest): ActionSettings {
  return {
    manifest: 'fleet.yaml',
    policies: 'policies',
    requestedMode: 'auto',
    mode: 'check',
    token: 'fake-token',
    comment: true,
    failOn: 'error',
    allowNoBase: false,
    strict: false,
    rolledOutRef: 'refs/rollgate/rolled-out',
    unfinishedRefs: 'refs/rollgate/unfinished/',
    transport: '',
    workspace,
    reportDir: path.join(runnerTemp, 'rollgate-report'),
    repository: { owner: 'octo', repo: 'fleet' },
    event,
    api: { retryDelayMs: 1, retries: 0, requestTimeoutMs: 1000, budgetMs: 5000 },
  };
}

function services() {
  return {
    repository: fakeRepository({
      root: workspace,
      commits: { ba5e: { 'fleet.yaml': example('base.yaml') } },
    }),
    github: fakeGitHub().client,
  };
}

const victimText = () => readFileSync(victim, 'utf8');
const untouched = 'https://user:ghp_secretsecretsecret@github.com\n';

describe('the report folder', () => {
  it('is written in the runner temp folder, not the checkout', async () => {
    writeFileSync(path.join(workspace, 'fleet.yaml'), example('head-pass.yaml'));
    await runCheck(settings(), services());
    expect(JSON.parse(readFileSync(path.join(runnerTemp, 'rollgate-report/report.json'), 'utf8')).ok).toBe(
      true,
    );
    expect(readFileSync(path.join(runnerTemp, 'rollgate-report/pr-number'), 'utf8')).toBe('7\n');
    expect(existsSync(path.join(workspace, 'rollgate-report'))).toBe(false);
  });

  it('refuses a checkout that holds rollgate-report (a committed link to a file outside), writing nothing', async () => {
    writeFileSync(path.join(workspace, 'fleet.yaml'), example('head-pass.yaml'));
    mkdirSync(path.join(workspace, 'rollgate-report'));
    symlinkSync(victim, path.join(workspace, 'rollgate-report/report.json'));
    await expect(runCheck(settings(), services())).rejects.toThrow(
      /^The checkout holds rollgate-report, the name of rollgate's report folder\. .* remove it from the repository/,
    );
    expect(victimText()).toBe(untouched);
    expect(existsSync(path.join(runnerTemp, 'rollgate-report'))).toBe(false);
  });

  it('refuses a report folder that is a link, and writes nothing through it', async () => {
    const elsewhere = path.join(scratch, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(runnerTemp, 'rollgate-report'));
    await expect(writeReportFiles(path.join(runnerTemp, 'rollgate-report'), passed(), 7)).rejects.toThrow(
      /is not a folder this runner's user made/,
    );
    expect(existsSync(path.join(elsewhere, 'report.json'))).toBe(false);
  });

  it('replaces links an earlier step left in its folder, never writing through them', async () => {
    const dir = path.join(runnerTemp, 'rollgate-report');
    mkdirSync(dir);
    symlinkSync(victim, path.join(dir, 'report.json'));
    symlinkSync(victim, path.join(dir, 'pr-number'));
    await writeReportFiles(dir, passed(), 7);
    expect(victimText()).toBe(untouched);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).ok).toBe(true);
    expect(readFileSync(path.join(dir, 'pr-number'), 'utf8')).toBe('7\n');
  });
});

describe('links in the checkout', () => {
  it('refuses a manifest that is a link with one sentence, and prints nothing of the file it points at', async () => {
    symlinkSync(victim, path.join(workspace, 'fleet.yaml'));
    await expect(runCheck(settings(), services())).rejects.toThrow(
      /fleet\.yaml is a symbolic link; rollgate reads only regular files/,
    );
    expect(printed.join('')).not.toContain('ghp_');
    expect(existsSync(path.join(runnerTemp, 'rollgate-report'))).toBe(false);
  });
});

describe('the job summary', () => {
  it('missing on the runner is a warning, and the verdict and the other reports stand', async () => {
    writeFileSync(path.join(workspace, 'fleet.yaml'), example('head-fail.yaml'));
    process.env.GITHUB_STEP_SUMMARY = path.join(scratch, 'no-such-folder', 'summary');
    await runCheck(settings(), services());
    const log = printed.join('');
    expect(log).toMatch(/::warning::rollgate could not write the job summary/);
    expect(log).not.toContain('internal error');
    expect(process.exitCode).toBe(1);
    expect(existsSync(path.join(runnerTemp, 'rollgate-report/report.json'))).toBe(true);
  });
});

function passed(): CheckResult {
  return {
    ok: true,
    summary: { errors: 0, warnings: 0 },
    changes: [],
    findings: [],
    head: { file: 'fleet.yaml', findings: [] },
  };
}
