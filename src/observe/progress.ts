// Progress records: the JSON lines the job scripts append (ROLLGATE_PROGRESS), read back for `rollgate status`.

/** What a step came to; `approval` records say `approved`, `waiting` or `refused`; the stage's end says `done`. */
export const PROGRESS_RESULTS = [
  'ok',
  'failed',
  'passed-over',
  'approved',
  'waiting',
  'refused',
  'done',
] as const;
export type ProgressResult = (typeof PROGRESS_RESULTS)[number];

/** One progress record, as a job script writes it. */
export interface ProgressRecord {
  stage: string;
  /** The part (`1`, `2`, …), or `all` when the script ran every part. */
  part: string;
  /** The member or proxy the step ran on, `runner`, or empty for the stage's own records (approval, done). */
  member: string;
  step: string;
  result: ProgressResult;
  /** ISO 8601, seconds, UTC. */
  time: string;
}

/** Records in the file beyond this many are not read: a rollout of 10,000 members writes about 100,000. */
export const MAX_PROGRESS_RECORDS = 1_000_000;

// Names with no control character: what status prints, it prints through inertText anyway.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a name may not hold.
const NAME = /^[^\u0000-\u001f\u007f]{0,256}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const PART = /^(all|[1-9]\d{0,5})$/;
const KEYS = ['stage', 'part', 'member', 'step', 'result', 'time'];

/**
 * Reads progress records from the text of one file: a line that is not a record in exactly the shape the scripts
 * write (a job killed mid-line, anything else) is counted and left out, never trusted.
 */
export function parseProgress(text: string): { records: ProgressRecord[]; unreadable: number } {
  const records: ProgressRecord[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const record = readRecord(line);
    if (record && records.length < MAX_PROGRESS_RECORDS) records.push(record);
    else unreadable++;
  }
  return { records, unreadable };
}

function readRecord(line: string): ProgressRecord | undefined {
  if (line.length > 2048) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== KEYS.length || !KEYS.every((key) => typeof record[key] === 'string')) return undefined;
  const { stage, part, member, step, result, time } = record as Record<string, string>;
  if (![stage, member, step].every((name) => NAME.test(name as string))) return undefined;
  if (!PART.test(part as string) || !TIME.test(time as string)) return undefined;
  if (!(PROGRESS_RESULTS as readonly string[]).includes(result as string)) return undefined;
  return record as unknown as ProgressRecord;
}
