import { RollgateError } from '../findings.js';

/**
 * One sentence for why rollgate could not run, for the CLI's stderr and the action's failed step alike: the
 * message of a RollgateError, a flag mistake with the way to the flags, or a bug with how to report it.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof RollgateError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return `${(error as Error).message.replace(/\.?$/, '.')} Run with --help for the flags.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0]}. This is a bug in rollgate; please report it with the input that caused it.`;
}
