import { constants } from 'node:fs';
import { lstat, mkdir, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from '../check/index.js';
import { type Finding, isRuleId, RollgateError } from '../findings.js';
import { printable } from '../report/escape.js';
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

/**
 * Writes the JSON report, and the PR number when there is one, for upload; returns the report's path. `dir` sits in
 * the runner's temp folder, outside the checkout: it is created here, never followed as a link, and each file is
 * created anew (O_EXCL, which also refuses a link), so nothing a pull request committed or an earlier step left
 * there can turn the write into one elsewhere.
 */
export async function writeReportFiles(dir: string, result: CheckResult, prNumber?: number): Promise<string> {
  await ownFolder(dir);
  const file = path.join(dir, REPORT_FILE);
  await createFile(file, `${JSON.stringify(toJsonReport(result), null, 2)}\n`);
  if (prNumber !== undefined) await createFile(path.join(dir, PR_NUMBER_FILE), `${prNumber}\n`);
  return file;
}

/** The report folder, created by this run; one an earlier rollgate step of the job made is reused, cleared of our files. */
async function ownFolder(dir: string): Promise<void> {
  await mkdir(path.dirname(dir), { recursive: true });
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await lstat(dir);
  if (!stat.isDirectory() || (typeof process.getuid === 'function' && stat.uid !== process.getuid()))
    throw new RollgateError(
      `${dir} exists and is not a folder this runner's user made (a link, or a file); rollgate writes its report only into its own folder.`,
    );
  // unlink removes a link itself, never what it points at.
  for (const name of [REPORT_FILE, PR_NUMBER_FILE]) await unlink(path.join(dir, name)).catch(() => undefined);
}

async function createFile(file: string, text: string): Promise<void> {
  const handle = await open(
    file,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o644,
  );
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
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
    // No link is followed: a downloaded file is read as itself or not at all.
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP')
      throw new RollgateError(`The uploaded ${path.basename(file)} is a symbolic link; a report is a file.`);
    throw new RollgateError(`Cannot read the uploaded ${path.basename(file)}: ${code ?? 'an error'}.`);
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

// The same printable filter check puts on its own findings: the fork's run may have skipped it.
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? printable(value.slice(0, UNTRUSTED_LIMITS.text)) : undefined;
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
    // A report written before findings had codes has none.
    code: text(item.code) ?? '',
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
