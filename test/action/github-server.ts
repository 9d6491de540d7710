// A GitHub REST API on 127.0.0.1 that speaks the part the action uses: issue comments and pull requests.
// It keeps state in memory, records every request, and can fail chosen requests (403, 502) or hold
// listings until several runs are waiting, to make two runs race.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A comment as the server stores it. */
export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

/** A pull request the server knows. */
export interface StoredPull {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  /** owner:branch, as the `head` filter of the pulls listing takes it. */
  headLabel: string;
  /** The rest, for pull requests the action opens (update mode). */
  headRef?: string;
  baseRef?: string;
  title?: string;
  body?: string;
  user?: StoredComment['user'];
  labels?: string[];
}

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization?: string;
}

/** A scripted failure: the next `times` requests that match get this status instead. */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  message?: string;
}

/** The bot login the workflow token comments as. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

/** A fake GitHub API server for the action's end-to-end tests. */
export class FakeGitHub {
  readonly comments: StoredComment[] = [];
  readonly pulls: StoredPull[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  /** The token the action must send. */
  token = 'test-token';
  /** Comments per page of a listing (GitHub's maximum is 100; smaller here to exercise pagination). */
  pageSize = 100;
  private nextId = 1000;
  private server?: Server;
  private listBarrier?: { count: number; waiting: Array<() => void> };

  /** Starts listening on a free port of 127.0.0.1 and returns the API's base URL. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        send(response, 500, { message: String(error) });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.releaseListings();
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /** Makes the next `times` requests that match fail with a status. */
  fail(method: string, path: RegExp, status: number, times = 1, message?: string): void {
    this.faults.push({ method, path, status, times, ...(message ? { message } : {}) });
  }

  /** Holds comment listings until `count` of them are waiting, so that many runs all see the same state. */
  holdListingsUntil(count: number): void {
    this.listBarrier = { count, waiting: [] };
  }

  /** Adds a comment as if someone had written it. */
  seedComment(issue: number, body: string, user: StoredComment['user'] = BOT): StoredComment {
    const comment = { id: this.nextId++, issue, body, user };
    this.comments.push(comment);
    return comment;
  }

  /** The comments on one issue, oldest first. */
  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
  }

  /** The recorded requests with a method whose path matches. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private releaseListings(): void {
    const barrier = this.listBarrier;
    this.listBarrier = undefined;
    for (const release of barrier?.waiting ?? []) release();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    };
    this.requests.push(recorded);
    if (request.headers.authorization !== `token ${this.token}`)
      return send(response, 401, { message: 'Bad credentials' });
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      const message =
        fault.message ?? (fault.status === 403 ? 'Resource not accessible by integration' : 'Bad Gateway');
      return send(response, fault.status, { message });
    }

    let match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match && method === 'GET') {
      if (this.listBarrier) {
        const barrier = this.listBarrier;
        await new Promise<void>((resolve) => {
          barrier.waiting.push(resolve);
          if (barrier.waiting.length >= barrier.count) this.releaseListings();
        });
      }
      return this.listComments(Number(match[1]), url, response);
    }
    if (match && method === 'POST') {
      const body = (recorded.body as { body?: unknown })?.body;
      if (typeof body !== 'string') return send(response, 422, { message: 'body is required' });
      const comment = this.seedComment(Number(match[1]), body);
      return send(response, 201, toApi(comment));
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match) {
      const index = this.comments.findIndex((c) => c.id === Number(match?.[1]));
      const comment = this.comments[index];
      if (!comment) return send(response, 404, { message: 'Not Found' });
      if (method === 'PATCH') {
        const body = (recorded.body as { body?: unknown })?.body;
        if (typeof body !== 'string') return send(response, 422, { message: 'body is required' });
        comment.body = body;
        return send(response, 200, toApi(comment));
      }
      if (method === 'DELETE') {
        this.comments.splice(index, 1);
        response.writeHead(204).end();
        return;
      }
    }
    match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const pull = this.pulls.find((p) => p.number === Number(match?.[1]));
      return pull ? send(response, 200, pullToApi(pull)) : send(response, 404, { message: 'Not Found' });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname) && method === 'POST') {
      const fields = recorded.body as { head?: string; base?: string; title?: string; body?: string };
      if (this.pulls.some((p) => p.state === 'open' && p.headRef === fields.head))
        return send(response, 422, { message: `A pull request already exists for octo:${fields.head}.` });
      const pull: StoredPull = {
        number: this.pulls.reduce((n, p) => Math.max(n, p.number), 0) + 1,
        state: 'open',
        headSha: '0'.repeat(40),
        headLabel: `octo:${fields.head}`,
        headRef: fields.head ?? '',
        baseRef: fields.base ?? '',
        title: fields.title ?? '',
        body: fields.body ?? '',
        user: BOT,
        labels: [],
      };
      this.pulls.push(pull);
      return send(response, 201, pullToApi(pull));
    }
    match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      const pull = this.pulls.find((p) => p.number === Number(match?.[1]));
      if (!pull) return send(response, 404, { message: 'Not Found' });
      const fields = recorded.body as { title?: string; body?: string; state?: 'open' | 'closed' };
      Object.assign(pull, {
        ...(fields.title !== undefined ? { title: fields.title } : {}),
        ...(fields.body !== undefined ? { body: fields.body } : {}),
        ...(fields.state !== undefined ? { state: fields.state } : {}),
      });
      return send(response, 200, pullToApi(pull));
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(url.pathname);
    if (match && method === 'POST') {
      const pull = this.pulls.find((p) => p.number === Number(match?.[1]));
      const labels = (recorded.body as { labels?: string[] })?.labels ?? [];
      if (pull) pull.labels = [...new Set([...(pull.labels ?? []), ...labels])];
      return send(
        response,
        200,
        labels.map((name) => ({ name })),
      );
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname) && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const head = url.searchParams.get('head');
      const pulls = this.pulls.filter(
        (p) => (state === 'all' || p.state === state) && (!head || p.headLabel === head),
      );
      return send(response, 200, pulls.map(pullToApi));
    }
    send(response, 404, { message: 'Not Found' });
  }

  private listComments(issue: number, url: URL, response: ServerResponse): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSize);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = this.commentsOn(issue);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString().replace('http://127.0.0.1', `http://${response.req.headers.host}`)}>; rel="next"`;
    }
    send(response, 200, slice.map(toApi), headers);
  }
}

function toApi(comment: StoredComment) {
  return {
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: `https://github.test/comment/${comment.id}`,
  };
}

function pullToApi(pull: StoredPull) {
  return {
    number: pull.number,
    state: pull.state,
    title: pull.title ?? '',
    body: pull.body ?? '',
    user: pull.user ?? { login: 'someone', type: 'User' },
    labels: (pull.labels ?? []).map((name) => ({ name })),
    head: {
      sha: pull.headSha,
      label: pull.headLabel,
      ref: pull.headRef ?? pull.headLabel.split(':')[1] ?? '',
      repo: { full_name: 'octo/fleet' },
    },
    base: { ref: pull.baseRef ?? 'main' },
  };
}

function send(
  response: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-remaining': '4999',
    ...headers,
  });
  response.end(JSON.stringify(data));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
