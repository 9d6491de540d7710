// In-memory stand-ins for the git repository and the GitHub client, for tests that pass them to a CLI command or
// an action mode instead of a real clone and a real API.
import path from 'node:path';
import type { GitHubClient } from '../../src/action/github-client.js';
import type { ChangedFile, Repository } from '../../src/git/repository.js';

/** A repository whose commits are maps of paths (relative to the top) to text, and whose refs name those commits. */
export interface FakeRepositoryOptions {
  /** The top directory; files given to show are read relative to it. */
  root: string;
  commits: Record<string, Record<string, string>>;
  /** Ref names to commits; a commit's own id resolves too. */
  refs?: Record<string, string>;
  /** What `changed` reports, whatever it is asked. */
  changed?: ChangedFile[];
  /** Commits `ensureCommit` cannot get. */
  missing?: string[];
}

/** A fake Repository, with the calls it got, in order, for assertions. */
export function fakeRepository(options: FakeRepositoryOptions): Repository & { calls: string[] } {
  const calls: string[] = [];
  const refs = options.refs ?? {};
  const shaOf = (ref: string) =>
    Object.hasOwn(refs, ref) ? refs[ref] : Object.hasOwn(options.commits, ref) ? ref : undefined;
  return {
    calls,
    async root() {
      calls.push('root');
      return options.root;
    },
    async show(ref, file) {
      const relative = path
        .relative(options.root, path.resolve(options.root, file))
        .split(path.sep)
        .join('/');
      calls.push(`show ${ref} ${relative}`);
      const sha = shaOf(ref);
      return sha === undefined ? undefined : options.commits[sha]?.[relative];
    },
    async ensureCommit(sha) {
      calls.push(`ensureCommit ${sha}`);
      return Object.hasOwn(options.commits, sha) && !(options.missing ?? []).includes(sha);
    },
    async changed(ref) {
      calls.push(`changed ${ref}`);
      return options.changed ?? [];
    },
    async resolve(ref) {
      calls.push(`resolve ${ref}`);
      return shaOf(ref);
    },
    async refs(prefix) {
      calls.push(`refs ${prefix}`);
      return Object.entries(refs)
        .filter(([ref]) => ref.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([ref, sha]) => ({ ref, sha }));
    },
  };
}

/** A comment as the fake GitHub keeps it. */
export interface FakeComment {
  id: number;
  body: string;
  user: { type: string };
}

/** A pull request as the fake GitHub keeps it. */
export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; label: string };
}

/**
 * A GitHub client holding one repository's pull requests and comments in memory: the REST calls rollgate makes
 * (pulls.get and list; issues.listComments, createComment, updateComment, deleteComment) and paginate.
 */
export function fakeGitHub(pulls: FakePull[] = []): {
  client: GitHubClient;
  comments: Map<number, FakeComment[]>;
  calls: string[];
} {
  const comments = new Map<number, FakeComment[]>();
  const calls: string[] = [];
  let nextId = 100;
  const on = (issue: number) => {
    if (!comments.has(issue)) comments.set(issue, []);
    return comments.get(issue) as FakeComment[];
  };
  const notFound = () => Object.assign(new Error('Not Found'), { status: 404 });
  const rest = {
    pulls: {
      async get({ pull_number }: { pull_number: number }) {
        calls.push(`pulls.get ${pull_number}`);
        const pull = pulls.find((p) => p.number === pull_number);
        if (!pull) throw notFound();
        return { data: pull };
      },
      async list({ head }: { head: string }) {
        calls.push(`pulls.list ${head}`);
        return { data: pulls.filter((p) => p.state === 'open' && p.head.label === head) };
      },
    },
    issues: {
      async listComments({ issue_number }: { issue_number: number }) {
        calls.push(`issues.listComments ${issue_number}`);
        return { data: [...on(issue_number)] };
      },
      async createComment({ issue_number, body }: { issue_number: number; body: string }) {
        calls.push(`issues.createComment ${issue_number}`);
        const comment = { id: nextId++, body, user: { type: 'Bot' } };
        on(issue_number).push(comment);
        return { data: comment };
      },
      async updateComment({ comment_id, body }: { comment_id: number; body: string }) {
        calls.push(`issues.updateComment ${comment_id}`);
        for (const list of comments.values()) {
          const comment = list.find((c) => c.id === comment_id);
          if (comment) {
            comment.body = body;
            return { data: comment };
          }
        }
        throw notFound();
      },
      async deleteComment({ comment_id }: { comment_id: number }) {
        calls.push(`issues.deleteComment ${comment_id}`);
        for (const list of comments.values()) {
          const at = list.findIndex((c) => c.id === comment_id);
          if (at >= 0) {
            list.splice(at, 1);
            return { data: undefined };
          }
        }
        throw notFound();
      },
    },
  };
  const paginate = async <T>(method: (params: never) => Promise<{ data: T[] }>, params: unknown) =>
    (await method(params as never)).data;
  return { client: { rest, paginate } as unknown as GitHubClient, comments, calls };
}
