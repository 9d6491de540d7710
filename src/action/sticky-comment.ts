import { type GitHubClient, statusOf } from './github-client.js';

/** The pull request a comment goes on. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** What upserting the sticky comment did. */
export interface StickyOutcome {
  id: number;
  action: 'created' | 'updated';
  /** Duplicates left by racing runs that this run deleted. */
  deleted: number;
}

interface ListedComment {
  id: number;
  body?: string | null;
  user?: { type?: string } | null;
}

/**
 * The hidden first line that marks rollgate's comment for one manifest, so two manifests in one
 * repository keep two comments. The path is percent-encoded, so it cannot close the HTML comment.
 */
export function stickyMarker(manifest: string): string {
  return `<!-- rollgate:sticky manifest=${encodeURIComponent(manifest)} -->`;
}

/** Whether a listed comment is rollgate's: it starts with the marker and a bot (the workflow's token) wrote it. */
export function isSticky(comment: ListedComment, marker: string): boolean {
  return (comment.body ?? '').startsWith(marker) && comment.user?.type === 'Bot';
}

/**
 * Writes the body into the one comment that carries the marker, creating it when there is none.
 *
 * Two runs racing (a re-run and a new push) may both find no comment and both create one. Every run
 * settles the same way after it writes: list again, keep the oldest marked comment (ids only grow, so all
 * runs agree which), write its body there, and delete the others. Whichever run lists last finds one comment.
 * The same settling removes a duplicate that a retried create left (a 502 after GitHub had stored the first).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<StickyOutcome> {
  const existing = await listSticky(client, target, marker);
  if (existing.length > 0) {
    const [keeper, ...duplicates] = existing as [ListedComment, ...ListedComment[]];
    await update(client, target, keeper.id, body);
    return { id: keeper.id, action: 'updated', deleted: await remove(client, target, duplicates) };
  }
  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  const after = await listSticky(client, target, marker);
  const keeper = after[0];
  if (!keeper || keeper.id === created.data.id) {
    return { id: created.data.id, action: 'created', deleted: await remove(client, target, after.slice(1)) };
  }
  // Another run created the oldest one first: ours and any others go, and the oldest carries this run's body.
  await update(client, target, keeper.id, body);
  const others = after.slice(1);
  if (!others.some((c) => c.id === created.data.id)) others.push({ id: created.data.id });
  return { id: keeper.id, action: 'updated', deleted: await remove(client, target, others) };
}

async function listSticky(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<ListedComment[]> {
  const comments: ListedComment[] = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.filter((c) => isSticky(c, marker)).sort((a, b) => a.id - b.id);
}

async function update(client: GitHubClient, target: CommentTarget, id: number, body: string): Promise<void> {
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: id, body });
}

async function remove(
  client: GitHubClient,
  target: CommentTarget,
  comments: ListedComment[],
): Promise<number> {
  let deleted = 0;
  for (const comment of comments) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id,
      });
      deleted++;
    } catch (error) {
      // The racing run may have deleted it first.
      if (statusOf(error) !== 404) throw error;
    }
  }
  return deleted;
}
