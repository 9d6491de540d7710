import { writeSync } from '../io/node-fs.js';
import { main } from './main.js';

/** Runs the CLI on this process's argv and streams, and sets its exit code. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: writeStdout,
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    // Asked only when a command needs it: process.stdout loads node's streams.
    get isTTY() {
      return Boolean(process.stdout.isTTY);
    },
    env: process.env,
  });
}

let throughStream = false;

/**
 * Writes to stdout with fs.writeSync, without process.stdout: making it loads node's streams, a tenth of the CPU a
 * one-cluster check costs. A pipe that would block (EAGAIN) or any other failure (EPIPE) hands the rest, and every
 * later write, to process.stdout, which handles them as it always has.
 */
function writeStdout(text: string): void {
  if (!throughStream) {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return;
    } catch {
      throughStream = true;
      process.stdout.write(bytes.subarray(written));
      return;
    }
  }
  process.stdout.write(text);
}
