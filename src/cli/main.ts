import { parseArgs } from 'node:util';
import { gitRepository } from '../git/repository.js';
import { describeFailure } from '../io/failure.js';
import { VERSION } from '../version.js';
import { BUMP_OPTIONS, BUMP_USAGE, bumpCommand } from './bump-command.js';
import { CHECK_OPTIONS, checkCommand } from './check-command.js';
import { INIT_OPTIONS, INIT_USAGE, initCommand } from './init-command.js';
import type { CliIo, CliServices } from './io.js';
import { PATH_OPTIONS, PATH_USAGE, pathCommand } from './path-command.js';
import { PLAN_OPTIONS, PLAN_USAGE, planCommand } from './plan-command.js';
import { PROMOTE_OPTIONS, PROMOTE_USAGE, promoteCommand } from './promote-command.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** A subcommand: its flags and what it does with them. */
export interface Command {
  summary: string;
  usage: string;
  options: Options;
  /** Whether positional arguments are taken. */
  positionals?: boolean;
  run: (
    values: Record<string, string | boolean | undefined>,
    io: CliIo,
    positionals: string[],
    services: CliServices,
  ) => Promise<number>;
}

/** The subcommands, by name. Other modules add theirs here. */
export const COMMANDS: Record<string, Command> = {
  check: {
    summary: 'Judge a manifest change by its policy pack.',
    usage:
      'rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF] [--policies DIR] [--format text|json|markdown|sarif] [--now ISO-8601]',
    options: CHECK_OPTIONS,
    run: (values, io, _positionals, services) => checkCommand(values, io, services),
  },
  plan: {
    summary: 'Turn a merged manifest into pins, proxy overrides and staged rollout jobs.',
    usage: PLAN_USAGE,
    options: PLAN_OPTIONS,
    run: (values, io, _positionals, services) => planCommand(values, io, services),
  },
  path: {
    summary: "Print the upgrade path a pack's rules allow between two versions.",
    usage: PATH_USAGE,
    options: PATH_OPTIONS,
    positionals: true,
    run: (values, io, positionals) => pathCommand(values, io, positionals),
  },
  bump: {
    summary: 'Move a component to a version in fleet.yaml, keeping its comments, if check allows it.',
    usage: BUMP_USAGE,
    options: BUMP_OPTIONS,
    positionals: true,
    run: (values, io, positionals, services) => bumpCommand(values, io, positionals, services),
  },
  promote: {
    summary: 'Set the clusters of a later wave to what an earlier wave runs, if check allows it.',
    usage: PROMOTE_USAGE,
    options: PROMOTE_OPTIONS,
    positionals: true,
    run: (values, io, positionals, services) => promoteCommand(values, io, positionals, services),
  },
  init: {
    summary: 'Write a starter fleet.yaml for a pack, with the schema line editors read.',
    usage: INIT_USAGE,
    options: INIT_OPTIONS,
    run: (values, io) => initCommand(values, io),
  },
};

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
 * the one the working directory is in, unless a test passes its own.
 */
export async function main(
  argv: string[],
  io: CliIo,
  services: CliServices = { repository: gitRepository(io.cwd) },
): Promise<number> {
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
    io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
    return await command.run(
      values as Record<string, string | boolean | undefined>,
      io,
      positionals,
      services,
    );
  } catch (error) {
    io.stderr(`rollgate ${name}: ${describeFailure(error)}\n`);
    return 2;
  }
}
