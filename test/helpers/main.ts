// Runs the CLI's entry point in the test's own process, for tests that need no separate `rollgate` process.
import { main } from '../../src/cli/main.js';

/** Runs the CLI's `main` in this process, in a folder, with no terminal: its exit code and what it printed. */
export async function runMain(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    isTTY: false,
    env,
  });
  return { code, stdout, stderr };
}
