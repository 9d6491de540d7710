import type { parseArgs } from 'node:util';
import type { CliIo, CliServices } from './io.js';

/** The flag definitions `parseArgs` takes. */
export type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/** What `--help` says about one flag. */
export interface FlagHelp {
  /** The flag's value as the help shows it (`FILE`, `REF`); none for a switch. */
  value?: string;
  /** One sentence: what the flag does. The default, when there is one, is added from the flag's definition. */
  about: string;
}

/**
 * A subcommand: its flags, its help, and what it does with them. The help (`rollgate <command> --help` and the
 * reference in docs/cli.md) is made from this alone, so it cannot leave a flag out.
 */
export interface Command<O extends Options = Options> {
  /** One line: what the command does. */
  summary: string;
  /** The synopsis: every flag, the optional ones in brackets. */
  usage: string;
  /** The flags: a public contract. */
  options: O;
  /** One sentence per flag, by its name. */
  flags: { [K in keyof O & string]: FlagHelp };
  /** At least two command lines that show it in use. */
  examples: string[];
  /** What each exit code means for this command. */
  exitCodes: string;
  /** Whether positional arguments are taken. */
  positionals?: boolean;
  /** Whether the command takes a pack by name (`--pack`), so its help lists the packs there are. */
  takesPack?: boolean;
  run: (
    values: Record<string, string | boolean | undefined>,
    io: CliIo,
    positionals: string[],
    services: CliServices,
  ) => Promise<number>;
}

/** Declares a command, checking that every one of its flags has its help. */
export function defineCommand<O extends Options>(command: Command<O>): Command {
  return command as unknown as Command;
}
