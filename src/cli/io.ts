import type { Repository } from '../git/repository.js';

/** The streams and surroundings a CLI run gets, so tests can pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** What commands reach beyond files: built once by `main` for the run, so a test can pass fakes. */
export interface CliServices {
  /** The git repository the working directory is in (read only by flags that name a ref). */
  repository: Repository;
}
