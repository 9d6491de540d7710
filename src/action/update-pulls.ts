import { type GitHubClient, statusOf } from './github-client.js';
import { parseUpdateBranch, UPDATE_BRANCH_PREFIX } from './update-body.js';

/** The repository the pull requests are in. */
export interface RepositoryName {
  owner: string;
  repo: string;
}

/** An open update pull request, as listed. */
export interface UpdatePull {
  number: number;
  branch: string;
  title: string;
  body: string;
  wave?: string;
  component: string;
}

interface ListedPull {
  number: number;
  title?: string | null;
  body?: string | null;
  user?: { type?: string } | null;
  head: { ref: string; repo?: { full_name?: string } | null };
}

/**
 * The open pull requests of rollgate's update branches in this repository, opened by a bot (the workflow token)
 * and marked for the manifest: a person's pull request from a branch of that name is never touched.
 */
export async function openUpdatePulls(
  client: GitHubClient,
  repository: RepositoryName,
  markerPrefix: string,
): Promise<UpdatePull[]> {
  const pulls: ListedPull[] = await client.paginate(client.rest.pulls.list, {
    ...repository,
    state: 'open',
    per_page: 100,
  });
  const own = `${repository.owner}/${repository.repo}`;
  return pulls.flatMap((pull) => {
    const parsed = parseUpdateBranch(pull.head.ref);
    if (!parsed || !pull.head.ref.startsWith(UPDATE_BRANCH_PREFIX)) return [];
    if (pull.head.repo?.full_name !== own || pull.user?.type !== 'Bot') return [];
    if (!(pull.body ?? '').startsWith(markerPrefix)) return [];
    return [
      {
        number: pull.number,
        branch: pull.head.ref,
        title: pull.title ?? '',
        body: pull.body ?? '',
        ...parsed,
      },
    ];
  });
}

/**
 * Opens a pull request from a branch and labels it. When GitHub says one is open for the branch already (a run
 * racing this one opened it), that one is updated instead, so no run makes a duplicate.
 */
export async function openPull(
  client: GitHubClient,
  repository: RepositoryName,
  pull: { branch: string; base: string; title: string; body: string; label: string; markerPrefix: string },
): Promise<{ number: number; action: 'created' | 'updated' }> {
  let number: number;
  let action: 'created' | 'updated' = 'created';
  try {
    const created = await client.rest.pulls.create({
      ...repository,
      head: pull.branch,
      base: pull.base,
      title: pull.title,
      body: pull.body,
      maintainer_can_modify: true,
    });
    number = created.data.number;
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    const existing = (await openUpdatePulls(client, repository, pull.markerPrefix)).find(
      (candidate) => candidate.branch === pull.branch,
    );
    if (!existing) throw error;
    number = existing.number;
    action = 'updated';
    await editPull(client, repository, number, { title: pull.title, body: pull.body });
  }
  await client.rest.issues.addLabels({ ...repository, issue_number: number, labels: [pull.label] });
  return { number, action };
}

/** Sets a pull request's title and body. */
export async function editPull(
  client: GitHubClient,
  repository: RepositoryName,
  number: number,
  fields: { title: string; body: string },
): Promise<void> {
  await client.rest.pulls.update({ ...repository, pull_number: number, ...fields });
}

/** Says why in a comment, then closes the pull request. */
export async function closePull(
  client: GitHubClient,
  repository: RepositoryName,
  number: number,
  comment: string,
): Promise<void> {
  await client.rest.issues.createComment({ ...repository, issue_number: number, body: comment });
  await client.rest.pulls.update({ ...repository, pull_number: number, state: 'closed' });
}
