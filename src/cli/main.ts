import { parseArgs } from 'node:util';
import { gitRepository } from '../git/repository.js';
import { describeFailure } from '../io/failure.js';
import { builtinPacks, checkPoliciesFolder } from '../io/packs.js';
import { inertText } from '../report/escape.js';
import { VERSION } from '../version.js';
import type { Command } from './command.js';
import { BUMP, CHECK, INIT, PATH, PLAN, PROMOTE, UPDATE } from './commands.js';
import { commandHelp } from './help.js';
import type { CliIo, CliServices } from './io.js';
import { OBSERVE, STATUS } from './observe-commands.js';

/** The subcommands, by name, in the order the help lists them. */
export const COMMANDS: Record<string, Command> = {
  check: CHECK,
  plan: PLAN,
  observe: OBSERVE,
  status: STATUS,
  path: PATH,
  bump: BUMP,
  promote: PROMOTE,
  update: UPDATE,
  init: INIT,
};

/** `rollgate <command> --help`, with the packs that ship with rollgate. */
export function helpOf(command: Command): string {
  return commandHelp(command, [...builtinPacks().keys()].sort());
}

function usage(): string {
  const lines = ['Usage: rollgate <command> [flags]', '', 'Commands:'];
  for (const [name, command] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(9)} ${command.summary}`);
  lines.push('', 'Exit codes: 0 pass, 1 findings at error level, 2 could not run.');
  lines.push('Run rollgate <command> --help for its flags.');
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the CLI on argv (without node and the script) and returns the exit code. Never throws. The repository is
 * the one the working directory is in, unless a test passes its own. On GitHub Actions (GITHUB_ACTIONS=true) the
 * output is wrapped in stop-commands, so nothing it prints is taken as a workflow command.
 */
export async function main(
  argv: string[],
  io: CliIo,
  services: CliServices = { repository: gitRepository(io.cwd) },
): Promise<number> {
  if (io.env.GITHUB_ACTIONS !== 'true') return runCli(argv, io, services);
  // In a workflow step (`run: npx rollgate check`), a line of a manifest, a file name or a finding that reads as a
  // workflow command (::error::, ::add-mask::) must be shown, not obeyed: commands stay off until the run ends,
  // as the action's own log does. Only this run knows the token that turns them back on.
  // node:crypto loaded only here: outside a workflow no run needs it, and loading it is a large share of a start.
  const { randomUUID } = await import('node:crypto');
  const resume = randomUUID();
  io.stdout(`::stop-commands::${resume}\n`);
  try {
    return await runCli(argv, io, services);
  } finally {
    io.stdout(`::${resume}::\n`);
  }
}

async function runCli(argv: string[], io: CliIo, services: CliServices): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`rollgate ${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(
      `rollgate: unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(', ')}.\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(helpOf(command));
    return 0;
  }
  try {
    const { values, positionals, tokens } = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: command.positionals ?? false,
      tokens: true,
    });
    if (typeof values.policies === 'string') {
      const named = tokens.some((token) => token.kind === 'option' && token.name === 'policies');
      checkPoliciesFolder(io.cwd, values.policies, `--policies ${JSON.stringify(values.policies)}`, !named);
    }
    return await command.run(
      values as Record<string, string | boolean | undefined>,
      io,
      positionals,
      services,
    );
  } catch (error) {
    io.stderr(`rollgate ${name}: ${inertText(describeFailure(error))}\n`);
    return 2;
  }
}
