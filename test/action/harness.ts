// Runs dist/index.js the way the GitHub runner does, against a real git repository and the fake API.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built action. */
export const ACTION = path.join(root, 'dist/index.js');

/** Reads a file of the repository (examples, policies) for use as a fixture. */
export function fixture(file: string): Promise<string> {
  return readFile(path.join(root, file), 'utf8');
}

/** Files of one commit: path to text. */
export type Tree = Record<string, string>;

/** A git repository with a base commit and a head commit, checked out at the head. */
export interface PullRequestRepository {
  /** The checkout the action runs in. */
  workspace: string;
  baseSha: string;
  headSha: string;
  /** A temporary folder that holds everything; removed by cleanup. */
  scratch: string;
  cleanup(): Promise<void>;
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(
    'git',
    [
      '-c',
      'user.name=rollgate test',
      '-c',
      'user.email=test@rollgate.invalid',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
    },
  );
  return stdout.trim();
}

async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [file, text] of Object.entries(tree)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

/** A git repository with a chain of commits, checked out at the last. */
export interface CommitChain {
  workspace: string;
  /** The commits, first to last. */
  shas: string[];
  scratch: string;
  cleanup(): Promise<void>;
}

/**
 * Makes a repository with one commit per tree, each adding its files on top of the one before.
 * With `shallow`, the workspace is a depth-1 clone of the last commit from a bare origin, as actions/checkout
 * makes by default, so the earlier commits are not there until fetched.
 */
export async function commitChain(trees: Tree[], options: { shallow?: boolean } = {}): Promise<CommitChain> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'rollgate-action-'));
  const author = path.join(scratch, 'author');
  await mkdir(author);
  await git(author, 'init', '-q');
  const shas: string[] = [];
  for (const [index, tree] of trees.entries()) {
    await writeTree(author, tree);
    await git(author, 'add', '-A');
    await git(author, 'commit', '-q', '--allow-empty', '-m', `commit ${index}`);
    shas.push(await git(author, 'rev-parse', 'HEAD'));
  }
  let workspace = author;
  if (options.shallow) {
    const origin = path.join(scratch, 'origin.git');
    await git(scratch, 'clone', '-q', '--bare', author, origin);
    workspace = path.join(scratch, 'checkout');
    await git(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, workspace);
  }
  return { workspace, shas, scratch, cleanup: () => rm(scratch, { recursive: true, force: true }) };
}

/** A repository whose base commit holds `base` and whose head commit adds `head` on top (see commitChain). */
export async function pullRequestRepository(
  base: Tree,
  head: Tree,
  options: { shallow?: boolean } = {},
): Promise<PullRequestRepository> {
  const chain = await commitChain([base, head], options);
  return { ...chain, baseSha: chain.shas[0] as string, headSha: chain.shas[1] as string };
}

/** Runs git in a repository, as the test's own user. */
export function gitIn(cwd: string, ...args: string[]): Promise<string> {
  return git(cwd, ...args);
}

/** Whether a repository has a commit. */
export async function hasCommit(workspace: string, sha: string): Promise<boolean> {
  try {
    await git(workspace, 'cat-file', '-e', `${sha}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

/** The repository the fake API serves. */
export const REPOSITORY = 'octo/fleet';

/** A pull_request event payload; `fork` puts the head in another repository. */
export function pullRequestEvent(
  number: number,
  baseSha: string,
  headSha: string,
  options: { fork?: boolean } = {},
) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: baseSha, ref: 'main', repo: { full_name: REPOSITORY } },
      head: { sha: headSha, ref: 'bump', repo: { full_name: options.fork ? 'stranger/fleet' : REPOSITORY } },
    },
    repository: { full_name: REPOSITORY, name: 'fleet', owner: { login: 'octo' } },
  };
}

/** A workflow_run event payload for the comment half of the fork pattern. */
export function workflowRunEvent(headSha: string, headOwner: string, headBranch: string) {
  return {
    action: 'completed',
    workflow_run: {
      id: 99,
      event: 'pull_request',
      head_sha: headSha,
      head_branch: headBranch,
      head_repository: { full_name: `${headOwner}/fleet`, owner: { login: headOwner } },
      pull_requests: [],
    },
    repository: { full_name: REPOSITORY, name: 'fleet', owner: { login: 'octo' } },
  };
}

/** One workflow command the action printed (`::error file=…,line=…::message`). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** What a run of the action left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
}

/**
 * The runner's temp folder for a workspace (RUNNER_TEMP), beside it in the test's scratch folder so it lives as long
 * as the repository: the fork pattern's tests read there what the check wrote, as the artifact would carry it.
 */
export function runnerTemp(workspace: string): string {
  return path.join(path.dirname(workspace), 'runner-temp');
}

/** Runs `node dist/index.js` with the runner's environment: INPUT_*, GITHUB_* and the command files. */
export async function runAction(options: {
  workspace: string;
  apiUrl: string;
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  token?: string;
  /** Runner variables to add or override, such as the API time limits. */
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const files = await mkdtemp(path.join(tmpdir(), 'rollgate-runner-'));
  try {
    const eventPath = path.join(files, 'event.json');
    const outputPath = path.join(files, 'output');
    const summaryPath = path.join(files, 'summary');
    await writeFile(eventPath, JSON.stringify(options.event));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    await mkdir(runnerTemp(options.workspace), { recursive: true });
    const inputs = {
      manifest: 'fleet.yaml',
      policies: 'policies',
      mode: 'auto',
      token: options.token ?? 'test-token',
      comment: 'true',
      'fail-on': 'error',
      ...options.inputs,
    };
    const env: NodeJS.ProcessEnv = {
      // Only what a runner gives: none of this process's GITHUB_*, INPUT_* or proxies leak in.
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: runnerTemp(options.workspace),
      ROLLGATE_API_RETRY_DELAY_MS: '5',
      ROLLGATE_API_TIMEOUT_MS: '5000',
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
      ),
      ...options.env,
    };
    let code = 0;
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await run(process.execPath, [ACTION], {
        cwd: options.workspace,
        env,
        maxBuffer: 64 * 1024 * 1024,
      }));
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      code = typeof failed.code === 'number' ? failed.code : -1;
      stdout = failed.stdout ?? '';
      stderr = failed.stderr ?? '';
    }
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(await readFile(outputPath, 'utf8')),
      summary: await readFile(summaryPath, 'utf8'),
      commands: parseCommands(stdout),
    };
  } finally {
    await rm(files, { recursive: true, force: true });
  }
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!start) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== start[2]; i++) value.push(lines[i] as string);
    outputs[start[1] as string] = value.join('\n');
  }
  return outputs;
}

const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) => unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const at = pair.indexOf('=');
      if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1] as string, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}
