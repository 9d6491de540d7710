import type { Repository } from '../git/repository.js';
import type { GitHubClient } from './github-client.js';

/** What the modes reach beyond files: built once by `run` from the settings, so a test can pass fakes. */
export interface ActionServices {
  /** The git repository of the workspace. */
  repository: Repository;
  /** The GitHub API with the run's token; undefined when no token was given. */
  github: GitHubClient | undefined;
}
