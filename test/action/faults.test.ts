// The action under GitHub API faults: requests that hang, 500 and 502, primary and secondary rate limits with
// their reset and Retry-After headers, and a comment longer than GitHub takes. Whatever the API does, the verdict
// (exit code and outputs) and the job summary stand, a failure to comment is a warning, and the run ends within
// its time budget. A proxy in front of the fake API (test/action/github-server.ts) injects the faults.
// `npm test` builds dist/ first; run `npm run build` before running this file alone.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github-server.js';
import {
  type ActionRun,
  fixture,
  type PullRequestRepository,
  pullRequestEvent,
  pullRequestRepository,
  runAction,
} from './harness.js';

const PR = 7;
const COMMENTS = /^\/repos\/octo\/fleet\/issues\/7\/comments$/;
const COMMENT = /^\/repos\/octo\/fleet\/issues\/comments\/\d+$/;
/** GitHub's limit on a comment body, in characters. */
const GITHUB_COMMENT_LIMIT = 65_536;

type Reply = 'hang' | { status: number; headers?: Record<string, string>; body?: unknown };

interface Rule {
  method: string;
  path: RegExp;
  times: number;
  reply: Reply;
}

/** Sits in front of the fake API: answers chosen requests with a fault, holds others forever, passes the rest on. */
class FaultyApi {
  readonly rules: Rule[] = [];
  readonly seen: Array<{ method: string; path: string; fault: boolean }> = [];
  private server?: Server;
  private readonly held: ServerResponse[] = [];

  constructor(private readonly upstream: string) {}

  /** Answers the next `times` requests that match with `reply`. */
  on(method: string, path: RegExp, times: number, reply: Reply): void {
    this.rules.push({ method, path, times, reply });
  }

  async start(): Promise<string> {
    this.server = createServer((incoming, response) => {
      this.handle(incoming, response).catch(() => response.destroy());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.held.splice(0)) response.destroy();
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  private async handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const method = incoming.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const rule = this.rules.find((r) => r.times > 0 && r.method === method && r.path.test(url.pathname));
    this.seen.push({ method, path: url.pathname, fault: rule !== undefined });
    if (rule) {
      rule.times--;
      if (rule.reply === 'hang') {
        this.held.push(response);
        return;
      }
      response.writeHead(rule.reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...rule.reply.headers,
      });
      response.end(JSON.stringify(rule.reply.body ?? { message: 'Server Error' }));
      return;
    }
    // GitHub refuses a comment body over its limit, as this does.
    if (
      (method === 'POST' || method === 'PATCH') &&
      (COMMENTS.test(url.pathname) || COMMENT.test(url.pathname))
    ) {
      const text = (JSON.parse(body.toString('utf8')) as { body?: string }).body ?? '';
      if ([...text].length > GITHUB_COMMENT_LIMIT) {
        response.writeHead(422, { 'content-type': 'application/json; charset=utf-8' });
        response.end(
          JSON.stringify({
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)',
              },
            ],
          }),
        );
        return;
      }
    }
    const forwarded = request(
      `${this.upstream}${incoming.url ?? '/'}`,
      { method, headers: incoming.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.destroy());
    forwarded.end(body);
  }

  /** How many requests with a method and path came in. */
  count(method: string, path: RegExp): number {
    return this.seen.filter((r) => r.method === method && path.test(r.path)).length;
  }
}

let base: string;
let headFail: string;

beforeAll(async () => {
  base = await fixture('examples/microcloud/base.yaml');
  headFail = await fixture('examples/microcloud/head-fail.yaml');
});

let github: FakeGitHub;
let api: FaultyApi;
let apiUrl: string;
const repositories: PullRequestRepository[] = [];

beforeEach(async () => {
  github = new FakeGitHub();
  api = new FaultyApi(await github.start());
  apiUrl = await api.start();
});

afterEach(async () => {
  await api.stop();
  await github.stop();
  for (const repository of repositories.splice(0)) await repository.cleanup();
});

/** Short API limits, so a fault that exhausts them does so in a moment. */
const LIMITS = {
  ROLLGATE_API_RETRY_DELAY_MS: '5',
  ROLLGATE_API_RETRIES: '3',
  ROLLGATE_API_TIMEOUT_MS: '400',
  ROLLGATE_API_BUDGET_MS: '4000',
};
/**
 * How long a run may take at most under LIMITS: the 4 s budget, plus the check and node's start-up, with room for a
 * loaded machine. A run that ignored its budget would wait out every retry (minutes); this bounds liveness, not speed.
 */
const BOUND_MS = 45_000;

/** Runs the action on a pull request whose head breaks four rules (examples/microcloud/head-fail.yaml). */
async function checkFailingChange(
  env: Record<string, string> = {},
  head = headFail,
): Promise<ActionRun & { ms: number }> {
  const repository = await pullRequestRepository({ 'fleet.yaml': base }, { 'fleet.yaml': head });
  repositories.push(repository);
  const started = Date.now();
  const run = await runAction({
    workspace: repository.workspace,
    apiUrl,
    eventName: 'pull_request',
    event: pullRequestEvent(PR, repository.baseSha, repository.headSha),
    env: { ...LIMITS, ...env },
  });
  return { ...run, ms: Date.now() - started };
}

/** The verdict and the summary are the same as with a healthy API, and no stack trace leaked. */
function expectVerdictKept(run: ActionRun & { ms: number }, errors = '4') {
  expect(run.code).toBe(1);
  expect(run.outputs.ok).toBe('false');
  expect(run.outputs.errors).toBe(errors);
  expect(run.summary).toContain('### rollgate policy check');
  expect(run.stdout).toMatch(new RegExp(`^rollgate failed: ${errors} errors`, 'm'));
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.ms).toBeLessThan(BOUND_MS);
}

function commentWarnings(run: ActionRun): string[] {
  return run.commands
    .filter((c) => c.command === 'warning' && /could not write its pull request comment/.test(c.message))
    .map((c) => c.message);
}

const rateLimited = (resetInSeconds: number) => ({
  status: 403,
  headers: {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': '5000',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    'x-ratelimit-resource': 'core',
  },
  body: {
    message: 'API rate limit exceeded for installation ID 1.',
    documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
  },
});

const secondaryLimited = (retryAfterSeconds: number) => ({
  status: 403,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url:
      'https://docs.github.com/rest/overview/resources-in-the-rest-api#secondary-rate-limits',
  },
});

describe('the action when the GitHub API fails once', { timeout: 90_000 }, () => {
  it.each([
    ['a request that hangs past its time limit', 'GET', COMMENTS, 'hang' as Reply],
    ['a 500 on listing the comments', 'GET', COMMENTS, { status: 500 } as Reply],
    [
      'a 502 on creating the comment',
      'POST',
      COMMENTS,
      { status: 502, body: { message: 'Bad Gateway' } } as Reply,
    ],
    ['a primary rate limit that resets in a second', 'GET', COMMENTS, rateLimited(1) as Reply],
    ['a secondary rate limit with Retry-After', 'POST', COMMENTS, secondaryLimited(2) as Reply],
  ])('retries %s, comments once, and keeps the verdict and the summary', async (_, method, path, reply) => {
    api.on(method, path, 1, reply);
    // The budget is not what these cases test (the ones below do): one a loaded machine cannot spend on one retry.
    const run = await checkFailingChange({ ROLLGATE_API_BUDGET_MS: '15000' });
    expectVerdictKept(run);
    expect(commentWarnings(run)).toEqual([]);
    expect(github.commentsOn(PR)).toHaveLength(1);
    // The fault was met and then retried.
    expect(api.seen.filter((r) => r.fault)).toHaveLength(1);
    expect(api.count(method, path)).toBeGreaterThanOrEqual(2);
  });
});

describe('the action when the GitHub API keeps failing', { timeout: 90_000 }, () => {
  it.each([
    ['requests that always hang', 'GET', COMMENTS, 'hang' as Reply],
    ['a 500 on every listing', 'GET', COMMENTS, { status: 500 } as Reply],
    ['a 502 on every create', 'POST', COMMENTS, { status: 502, body: { message: 'Bad Gateway' } } as Reply],
    ['a primary rate limit on every call', 'GET', COMMENTS, rateLimited(1) as Reply],
    ['a secondary rate limit on every create', 'POST', COMMENTS, secondaryLimited(1) as Reply],
  ])(
    'gives up on %s within its retries, warns, and keeps the verdict and the summary',
    async (_, method, path, reply) => {
      api.on(method, path, 1000, reply);
      // A budget no try comes near, so the retries are what ends the run, even on a loaded machine.
      const run = await checkFailingChange({ ROLLGATE_API_BUDGET_MS: '15000' });
      expectVerdictKept(run);
      expect(commentWarnings(run)).toHaveLength(1);
      expect(github.commentsOn(PR)).toHaveLength(0);
      // The first try and at most three retries: a rate limit is retried once, a server error three times.
      const tries = api.count(method, path);
      expect(tries).toBeGreaterThanOrEqual(2);
      expect(tries).toBeLessThanOrEqual(4);
    },
  );

  it('does not wait out a Retry-After longer than its budget', async () => {
    // An hour, scaled by a 20 ms base to 72 s: far past the 4 s budget, so the action must not wait for it.
    api.on('POST', COMMENTS, 1000, secondaryLimited(3600));
    const run = await checkFailingChange({ ROLLGATE_API_RETRY_DELAY_MS: '20' });
    expectVerdictKept(run);
    expect(commentWarnings(run)).toHaveLength(1);
    expect(run.ms).toBeLessThan(3600 * 20);
  });

  it('stops calling GitHub once its budget is spent, however many retries are left', async () => {
    api.on('GET', COMMENTS, 1000, 'hang');
    const run = await checkFailingChange({
      ROLLGATE_API_TIMEOUT_MS: '1000',
      ROLLGATE_API_BUDGET_MS: '1500',
      ROLLGATE_API_RETRIES: '10',
    });
    expectVerdictKept(run);
    expect(commentWarnings(run)).toHaveLength(1);
    // 1.5 s of budget holds two tries of at most 1 s, not eleven.
    expect(api.count('GET', COMMENTS)).toBeLessThanOrEqual(2);
  });
});

describe('a comment longer than GitHub takes', { timeout: 90_000 }, () => {
  /** A head with thousands of findings: every member of 400 clusters unheld, on edge, out of its cohort. */
  function noisyHead(): string {
    const lines = ['apiVersion: rollgate/v1', 'kind: Fleet', 'policy: microcloud', 'clusters:'];
    for (let i = 0; i < 400; i++) {
      lines.push(
        `  - name: site-${i}`,
        `    members: [site-${i}-1, site-${i}-2, site-${i}-3]`,
        '    components:',
        '      microceph:  { channel: squid/edge,   revision: 4067,  hold: false, cohort: false }',
        '      microovn:   { channel: 24.03/edge,   revision: 667,   hold: false, cohort: false }',
        '      lxd:        { channel: 5.21/edge,    revision: 33110, hold: false, cohort: false }',
        '      microcloud: { channel: 2/edge,       revision: 1144,  hold: false, cohort: false }',
      );
    }
    return `${lines.join('\n')}\n`;
  }

  it('is cut to fit, points to the job summary, and keeps the verdict', async () => {
    const run = await checkFailingChange({}, noisyHead());
    expect(run.code).toBe(1);
    expect(Number(run.outputs.errors)).toBeGreaterThan(1000);
    expect(commentWarnings(run)).toEqual([]);
    const [comment] = github.commentsOn(PR);
    expect([...(comment?.body ?? '')].length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment?.body).toMatch(/more finding/);
    expect(comment?.body).toMatch(/job summary/);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.ms).toBeLessThan(BOUND_MS);
  });

  it('refused by GitHub all the same, becomes a warning, and the verdict and summary stand', async () => {
    api.on('POST', COMMENTS, 1000, {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      },
    });
    const run = await checkFailingChange();
    expectVerdictKept(run);
    expect(commentWarnings(run)).toEqual([expect.stringMatching(/HTTP 422/)]);
    // A 422 is the request's fault, not the server's: sent once, not retried.
    expect(api.count('POST', COMMENTS)).toBe(1);
  });
});
