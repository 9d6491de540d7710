import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from '../check.js';
import { type Finding, isRuleId, RollgateError } from '../findings.js';
import { toJsonReport } from '../report/json.js';
import type { Change } from '../rules/types.js';

/** The JSON report's file name inside the report folder. */
export const REPORT_FILE = 'report.json';

/** The pull request number's file name inside the report folder. */
export const PR_NUMBER_FILE = 'pr-number';

/** Limits on a report read back from an artifact a fork's run uploaded. */
export const UNTRUSTED_LIMITS = {
  reportBytes: 4 * 1024 * 1024,
  items: 5000,
  text: 2000,
  numberBytes: 32,
} as const;

/** Writes the JSON report, and the PR number when there is one, for upload; returns the report's path. */
export async function writeReportFiles(dir: string, result: CheckResult, prNumber?: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, REPORT_FILE);
  await writeFile(file, `${JSON.stringify(toJsonReport(result), null, 2)}\n`);
  if (prNumber !== undefined) await writeFile(path.join(dir, PR_NUMBER_FILE), `${prNumber}\n`);
  return file;
}

/** A report read back from an artifact: only what passed the checks, with the counts recomputed. */
export interface UntrustedReport {
  result: CheckResult;
  /** The PR number the artifact claims; a hint to verify, never trusted alone. */
  claimedPrNumber?: number;
}

/**
 * Reads the report folder of another run as untrusted data: sizes capped, every field type-checked,
 * strings cut to length, unknown rule ids dropped, and the verdict recomputed from the findings.
 * Returns undefined when there is no report; throws a sentence when it is unusable.
 */
export async function readUntrustedReport(
  dir: string,
  manifest: string,
): Promise<UntrustedReport | undefined> {
  const reportText = await readCapped(path.join(dir, REPORT_FILE), UNTRUSTED_LIMITS.reportBytes);
  if (reportText === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(reportText);
  } catch {
    throw new RollgateError(`The uploaded ${REPORT_FILE} is not JSON.`);
  }
  const report = object(data);
  if (!Array.isArray(report.findings) || !Array.isArray(report.changes)) {
    throw new RollgateError(
      `The uploaded ${REPORT_FILE} is not a rollgate report (it has no findings and changes lists).`,
    );
  }
  const findings = report.findings.slice(0, UNTRUSTED_LIMITS.items).flatMap((item) => {
    const finding = toFinding(object(item));
    return finding ? [finding] : [];
  });
  const changes = report.changes.slice(0, UNTRUSTED_LIMITS.items).flatMap((item) => {
    const change = toChange(object(item));
    return change ? [change] : [];
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const numberText = await readCapped(path.join(dir, PR_NUMBER_FILE), UNTRUSTED_LIMITS.numberBytes);
  const trimmed = numberText?.trim();
  const claimedPrNumber = trimmed && /^[1-9]\d{0,9}$/.test(trimmed) ? Number(trimmed) : undefined;
  return {
    result: {
      ok: errors === 0,
      summary: { errors, warnings: findings.length - errors },
      changes,
      findings,
      head: { file: manifest, findings: [] },
    },
    ...(claimedPrNumber !== undefined ? { claimedPrNumber } : {}),
  };
}

async function readCapped(file: string, maxBytes: number): Promise<string | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RollgateError(`Cannot read the uploaded ${path.basename(file)}: ${(error as Error).message}.`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new RollgateError(`The uploaded ${path.basename(file)} is not a file.`);
    if (stat.size > maxBytes)
      throw new RollgateError(
        `The uploaded ${path.basename(file)} is ${stat.size} bytes, over the ${maxBytes} allowed.`,
      );
    const buffer = Buffer.alloc(stat.size);
    await handle.read(buffer, 0, stat.size, 0);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

function object(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, UNTRUSTED_LIMITS.text) : undefined;
}

function position(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10_000_000
    ? value
    : 1;
}

function toFinding(item: Record<string, unknown>): Finding | undefined {
  const rule = item.rule;
  const message = text(item.message);
  const file = text(item.file);
  if (typeof rule !== 'string' || !isRuleId(rule) || message === undefined || file === undefined)
    return undefined;
  if (item.severity !== 'error' && item.severity !== 'warning') return undefined;
  const subject: Pick<Finding, 'cluster' | 'component' | 'member'> = {};
  for (const key of ['cluster', 'component', 'member'] as const) {
    const value = text(item[key]);
    if (value !== undefined) subject[key] = value;
  }
  return {
    rule,
    severity: item.severity,
    message,
    file,
    line: position(item.line),
    column: position(item.column),
    ...subject,
  };
}

function toChange(item: Record<string, unknown>): Change | undefined {
  const cluster = text(item.cluster);
  const component = text(item.component);
  const member = text(item.member);
  const from = item.from === null ? null : text(item.from);
  const to = item.to === null ? null : text(item.to);
  if (cluster === undefined || component === undefined || from === undefined || to === undefined)
    return undefined;
  return { cluster, component, ...(member !== undefined ? { member } : {}), from, to };
}
