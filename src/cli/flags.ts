import { RollgateError } from '../findings.js';

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
