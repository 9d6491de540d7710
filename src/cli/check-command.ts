import { RollgateError } from '../findings.js';
import { placeIn } from '../git/place.js';
import { checkSources, gatherSources } from '../io/sources.js';
import { FORMATS, type Format, RENDERERS } from '../report/index.js';
import { defineCommand } from './command.js';
import { baseOptions, parseNow } from './flags.js';
import type { CliIo, CliServices } from './io.js';

/** The flags of `rollgate check`: a public contract. */
export const CHECK_OPTIONS = {
  head: { type: 'string' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  format: { type: 'string', default: 'text' },
  now: { type: 'string' },
} as const;

/** `rollgate check`: its flags, help and run. */
export const CHECK = defineCommand({
  summary: 'Judge a manifest change by its policy pack.',
  usage:
    'rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF] [--policies DIR] [--format text|json|markdown|sarif] [--now ISO-8601]',
  options: CHECK_OPTIONS,
  flags: {
    head: { value: 'FILE', about: 'The manifest to judge; required.' },
    base: {
      value: 'FILE',
      about: 'The manifest as it was before the change, read from a file, to judge the change against.',
    },
    'base-ref': {
      value: 'REF',
      about:
        "A git ref (your pull request's base) to read the manifest as it was and the packs that judge from, so a pack the change edits does not judge it.",
    },
    policies: {
      value: 'DIR',
      about: 'The folder of your own packs, found by name before the packs that ship with rollgate.',
    },
    format: {
      value: 'FORMAT',
      about:
        'The report: text for a terminal, json, markdown as the pull request comment has it, or sarif for code scanning.',
    },
    now: {
      value: 'ISO-8601',
      about:
        'The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock).',
    },
  },
  examples: [
    'rollgate check --head fleet.yaml --base-ref origin/main',
    'rollgate check --head fleet.yaml --base old.yaml --format sarif > rollgate.sarif',
  ],
  exitCodes: '0 no error-level finding; 1 at least one; 2 could not run (one sentence on stderr).',
  run: (values, io, _positionals, services) => checkCommand(values, io, services),
});

/** `rollgate check`: judges a change and prints the report; exit 0 pass, 1 errors found. */
export async function checkCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  services: CliServices,
): Promise<number> {
  const format = String(values.format ?? 'text');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${FORMATS.join(', ')}.`);
  }
  const now = parseNow(values.now as string | undefined);
  const where = baseOptions(values as { head?: string; base?: string; 'base-ref'?: string });
  const sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? 'policies'),
    repository: services.repository,
    ...where,
  });
  const result = await checkSources(sources, now);
  // SARIF names files from the repository's top, where code scanning looks for them; only SARIF asks git where that is.
  const repository = format === 'sarif' ? await placeIn(services.repository, io.cwd) : undefined;
  io.stdout(
    RENDERERS[format as Format](result, {
      color: io.isTTY && format === 'text' && !io.env.NO_COLOR,
      ...(repository ? { repository } : {}),
    }),
  );
  return result.ok ? 0 : 1;
}
