// The adapter that runs observe's questions on members: a process per command, through the transport the job
// scripts use, with a timeout and a bound on what is read of its output.
import { spawn } from 'node:child_process';
import type { AskMember, CommandOutcome } from '../observe/index.js';
import { type Transport, transportArgv } from '../plan/shell.js';

/** How commands on members are run. */
export interface MemberCommandOptions {
  transport: Transport;
  /** A command that has not ended after this many seconds is killed, with whatever it started, and reads as no answer. */
  timeoutSeconds: number;
  /** At most this many bytes of stdout and of stderr are read; a command that prints more is killed. */
  maxBytes: number;
  env: NodeJS.ProcessEnv;
}

/** Asks members through processes: the transport's argv with the member filled in, the command last. */
export function processAsk(options: MemberCommandOptions): AskMember {
  return (member, run) =>
    runBounded(
      transportArgv({ name: 'observe', on: 'member', host: member, run }, options.transport),
      options,
    );
}

function runBounded(argv: string[], options: MemberCommandOptions): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const [program, ...args] = argv as [string, ...string[]];
    // Its own process group, so a timeout ends ssh and everything it started, not ssh alone.
    const child = spawn(program, args, {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let settled = false;
    const finish = (outcome: CommandOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Ended already.
      }
    };
    const timer = setTimeout(() => {
      kill();
      finish({ kind: 'timeout', seconds: options.timeoutSeconds });
    }, options.timeoutSeconds * 1000);
    const collect = (chunks: Buffer[], chunk: Buffer, bytes: number): number => {
      if (bytes + chunk.length > options.maxBytes) {
        truncated = true;
        kill();
        return bytes;
      }
      chunks.push(chunk);
      return bytes + chunk.length;
    };
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes = collect(out, chunk, outBytes);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errBytes = collect(err, chunk, errBytes);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        kind: 'unreachable',
        reason:
          error.code === 'ENOENT'
            ? `${program} was not found`
            : `${program} could not start (${error.code ?? 'error'})`,
      });
    });
    child.on('close', (code) => {
      finish({
        kind: 'exited',
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        truncated,
      });
    });
  });
}
