import { RollgateError } from '../findings.js';
import { FORMATS, type Format, RENDERERS } from '../report/index.js';
import type { CliIo } from './io.js';
import { checkSources, gatherSources } from './sources.js';

/** The flags of `rollgate check`: a public contract. */
export const CHECK_OPTIONS = {
  head: { type: 'string' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  format: { type: 'string', default: 'text' },
  now: { type: 'string' },
} as const;

/** Reads `--now`, or the clock. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new RollgateError(
      `--now ${JSON.stringify(value)} is not an ISO 8601 date or time (for example 2026-12-24 or 2026-12-24T10:00:00Z).`,
    );
  }
  return date;
}

/** Checks that exactly one base source is given at most, and the head is named. */
export function baseOptions(values: { head?: string; base?: string; 'base-ref'?: string }): {
  head: string;
  base?: string;
  baseRef?: string;
} {
  if (!values.head)
    throw new RollgateError('--head is required: the manifest to judge, for example --head fleet.yaml.');
  if (values.base !== undefined && values['base-ref'] !== undefined) {
    throw new RollgateError('Give --base or --base-ref, not both.');
  }
  return {
    head: values.head,
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(values['base-ref'] !== undefined ? { baseRef: values['base-ref'] } : {}),
  };
}

/** `rollgate check`: judges a change and prints the report; exit 0 pass, 1 errors found. */
export async function checkCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
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
    ...where,
  });
  const result = await checkSources(sources, now);
  io.stdout(
    RENDERERS[format as Format](result, { color: io.isTTY && format === 'text' && !io.env.NO_COLOR }),
  );
  return result.ok ? 0 : 1;
}
