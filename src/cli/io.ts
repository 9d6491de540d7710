/** The streams and surroundings a CLI run gets, so tests can pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}
