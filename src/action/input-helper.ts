import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { type DatasourceSettings, datasourceSettings } from '../datasource/index.js';
import { RollgateError } from '../findings.js';
import { checkPoliciesFolder } from '../io/packs.js';

/** The modes a user may ask for; `auto` picks one from the event. */
export const MODES = ['auto', 'check', 'plan', 'comment', 'update'] as const;

/** A mode as the user wrote it. */
export type RequestedMode = (typeof MODES)[number];

/** What the action does on this run. */
export type Mode = Exclude<RequestedMode, 'auto'>;

/** The finding levels that fail the step. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;

/** Which findings fail the step. */
export type FailOn = (typeof FAIL_ON)[number];

/** The event that started the run, reduced to what the action reads. */
export type ActionEvent =
  | { kind: 'pull_request'; name: string; number: number; baseSha: string; headSha: string; fork: boolean }
  | { kind: 'merge_group'; name: string; baseSha: string; headSha: string }
  | { kind: 'push'; name: string; before?: string; after?: string }
  | {
      kind: 'workflow_run';
      name: string;
      headSha: string;
      headOwner?: string;
      headBranch?: string;
      fork: boolean;
    }
  | { kind: 'other'; name: string };

/** How long GitHub API calls may take, and how they are retried. */
export interface ApiLimits {
  /** The base of the retry back-off (the nth retry waits n² times this). */
  retryDelayMs: number;
  retries: number;
  /** One request's time limit. */
  requestTimeoutMs: number;
  /** All requests of the run together; past it, the action stops calling GitHub and warns. */
  budgetMs: number;
}

/** Everything the action reads from its inputs and the runner's environment, typed and checked. */
export interface ActionSettings {
  manifest: string;
  policies: string;
  requestedMode: RequestedMode;
  mode: Mode;
  token: string;
  comment: boolean;
  failOn: FailOn;
  /** Check mode: an event with no base (workflow_dispatch, schedule) passes on its findings alone instead of failing. */
  allowNoBase: boolean;
  /** Keep findings the change did not bring (the base has them too) at their severity, instead of warnings. */
  strict: boolean;
  /** Plan mode: the ref the rollout workflow moves once a rollout finished; the plan's base. */
  rolledOutRef: string;
  /** Plan mode: the prefix of the refs the rollout workflow sets when a rollout starts and deletes when it finishes. */
  unfinishedRefs: string;
  /** Plan mode: how job scripts reach a member (`ssh {member}`); empty runs them on the runner. */
  transport: string;
  /** observed.json (rollgate observe) to judge drift and plan from, relative to the workspace; absent for none. */
  observed?: string;
  /** The checkout the manifest lives in (GITHUB_WORKSPACE). */
  workspace: string;
  /** Where the JSON report and the PR number are written for upload, and read back by comment mode: in RUNNER_TEMP. */
  reportDir: string;
  repository: { owner: string; repo: string };
  /** The run's page, where the job summary is shown. */
  runUrl?: string;
  event: ActionEvent;
  api: ApiLimits;
  /** Update mode: the branch the update pull requests go to (the branch the workflow runs on). */
  baseBranch?: string;
  /** Update mode: where the stores are (ROLLGATE_STORE_URL, ROLLGATE_CHARMHUB_URL) and how long a lookup may take. */
  datasources?: DatasourceSettings;
}

/**
 * The report folder's name, in the runner's temp folder (`${{ runner.temp }}/rollgate-report`): the fork pattern's
 * workflows upload and download it there. Outside the checkout, so nothing a pull request commits is in it.
 */
export const REPORT_DIR = 'rollgate-report';

/** Reads the inputs and the environment into settings; the only place that calls core.getInput. */
export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const manifest = core.getInput('manifest') || 'fleet.yaml';
  const policies = core.getInput('policies') || 'policies';
  const requestedMode = oneOf('mode', core.getInput('mode') || 'auto', MODES);
  const failOn = oneOf('fail-on', core.getInput('fail-on') || 'error', FAIL_ON);
  const comment = booleanInput('comment', true);
  const allowNoBase = booleanInput('allow-no-base', false);
  const strict = booleanInput('strict', false);
  const token = core.getInput('token');
  const rolledOutRef = refInput('rolled-out-ref', 'refs/rollgate/rolled-out');
  const unfinishedRefs = refInput('unfinished-refs', 'refs/rollgate/unfinished/');
  const transport = core.getInput('transport');
  const observed = core.getInput('observed').trim();
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  checkPoliciesFolder(
    workspace,
    policies,
    `The policies input ${JSON.stringify(policies)}`,
    policies === 'policies',
  );
  const event = readEvent(env);
  const repository = readRepository(env);
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)
      ? `${env.GITHUB_SERVER_URL}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const mode = requestedMode === 'auto' ? modeFor(event) : requestedMode;
  return {
    manifest,
    policies,
    requestedMode,
    mode,
    token,
    comment,
    failOn,
    allowNoBase,
    strict,
    rolledOutRef,
    unfinishedRefs,
    transport,
    ...(observed ? { observed } : {}),
    workspace,
    reportDir: path.join(path.resolve(env.RUNNER_TEMP || tmpdir()), REPORT_DIR),
    repository,
    ...(runUrl ? { runUrl } : {}),
    event,
    api: {
      retryDelayMs: milliseconds(env, 'ROLLGATE_API_RETRY_DELAY_MS', 1000),
      retries: milliseconds(env, 'ROLLGATE_API_RETRIES', 3),
      requestTimeoutMs: milliseconds(env, 'ROLLGATE_API_TIMEOUT_MS', 20_000),
      budgetMs: milliseconds(env, 'ROLLGATE_API_BUDGET_MS', 120_000),
    },
    ...(mode === 'update'
      ? {
          baseBranch: branchOf(env),
          datasources: datasourceSettings({}, env, (url, init) => fetch(url, init)),
        }
      : {}),
  };
}

// The branch the workflow runs on: a schedule or a manual run on the default branch gives refs/heads/<name>.
function branchOf(env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_REF ?? '';
  const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) || name.includes('..') || name.endsWith('.lock')) {
    throw new RollgateError(
      `Update mode opens pull requests against the branch the workflow runs on, and GITHUB_REF is ${JSON.stringify(ref)}; run it on a branch (on: schedule, or workflow_dispatch).`,
    );
  }
  return name;
}

/** The mode `auto` takes: check a pull request, plan a push, comment after a fork's run. */
export function modeFor(event: ActionEvent): Mode {
  if (event.kind === 'push') return 'plan';
  if (event.kind === 'workflow_run') return 'comment';
  return 'check';
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const normalised = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  throw new RollgateError(
    `Input ${name} is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}.`,
  );
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new RollgateError(`Input ${name} is ${JSON.stringify(value)}; expected true or false.`);
}

// A ref name goes to git as one argument; refusing a leading dash keeps it from being read as an option.
function refInput(name: string, fallback: string): string {
  const value = core.getInput(name) || fallback;
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(value) || value.includes('..')) {
    throw new RollgateError(
      `Input ${name} is ${JSON.stringify(value)}; expected a git ref name such as ${fallback}.`,
    );
  }
  return value;
}

// Tuning knobs for tests and slow networks; not inputs, so a workflow's `with:` stays small.
function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw))
    throw new RollgateError(`${name} is ${JSON.stringify(raw)}; expected a whole number.`);
  return Number(raw);
}

function readRepository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const full = env.GITHUB_REPOSITORY ?? '';
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
  if (!match)
    throw new RollgateError(
      `GITHUB_REPOSITORY is ${JSON.stringify(full)}; expected owner/repo (is this running on GitHub Actions?).`,
    );
  return { owner: match[1] as string, repo: match[2] as string };
}

/** Reads the event payload the runner wrote; only the fields the action uses, each checked. */
export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new RollgateError(
        `Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}.`,
      );
    }
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = record(payload.pull_request);
    const number = payload.number ?? pr.number;
    const baseSha = record(pr.base).sha;
    const headSha = record(pr.head).sha;
    if (typeof number !== 'number' || !isSha(baseSha) || !isSha(headSha)) {
      throw new RollgateError(
        `The ${name} event payload has no pull request number or base and head commits.`,
      );
    }
    const headRepo = record(record(pr.head).repo).full_name;
    const baseRepo = record(record(pr.base).repo).full_name;
    return {
      kind: 'pull_request',
      name,
      number,
      baseSha,
      headSha,
      fork: typeof headRepo === 'string' && headRepo !== baseRepo,
    };
  }
  if (name === 'merge_group') {
    const group = record(payload.merge_group);
    if (!isSha(group.base_sha) || !isSha(group.head_sha))
      throw new RollgateError('The merge_group event payload has no base and head commits.');
    return { kind: 'merge_group', name, baseSha: group.base_sha, headSha: group.head_sha };
  }
  if (name === 'push') {
    return {
      kind: 'push',
      name,
      ...(isSha(payload.before) && !/^0+$/.test(payload.before) ? { before: payload.before } : {}),
      ...(isSha(payload.after) ? { after: payload.after } : {}),
    };
  }
  if (name === 'workflow_run') {
    const run = record(payload.workflow_run);
    if (!isSha(run.head_sha)) throw new RollgateError('The workflow_run event payload has no head commit.');
    const headRepository = record(run.head_repository);
    const owner = record(headRepository.owner).login;
    const repositoryName = record(payload.repository).full_name;
    return {
      kind: 'workflow_run',
      name,
      headSha: run.head_sha,
      ...(typeof owner === 'string' ? { headOwner: owner } : {}),
      ...(typeof run.head_branch === 'string' ? { headBranch: run.head_branch } : {}),
      fork: typeof headRepository.full_name === 'string' && headRepository.full_name !== repositoryName,
    };
  }
  return { kind: 'other', name };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}
