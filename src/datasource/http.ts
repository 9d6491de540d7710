import { RollgateError } from '../findings.js';
import type { FetchFunction, HttpLimits } from './types.js';

/** A lookup's answer: the parsed JSON of a 200, or that the store knows no such package (404). */
export type JsonAnswer = { status: 200; body: unknown } | { status: 404 };

/** What one lookup asks, and how its failure is named. */
export interface JsonRequest {
  url: string;
  headers: Record<string, string>;
  /** The start of the failure sentence: `Cannot look up lxd in the Snap Store at https://api.snapcraft.io`. */
  what: string;
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

/** Waits; tests of the retry loop pass a clock of their own. */
export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs a JSON document from a store, retrying a network failure, a timeout, a 429 and a 5xx with a growing
 * back-off, all within the time budget. Any other failure, and the last retryable one, end the run with one
 * sentence; nothing of the answer but its status and size reaches the sentence, since the store is not trusted.
 */
export async function getJson(
  fetchFunction: FetchFunction,
  request: JsonRequest,
  limits: HttpLimits,
  sleep: Sleep = realSleep,
  now: () => number = Date.now,
): Promise<JsonAnswer> {
  const started = now();
  const deadline = started + limits.budgetMs;
  let attempt = 0;
  for (;;) {
    attempt++;
    const remaining = deadline - now();
    let failure: Retryable;
    try {
      const timeout = Math.max(1, Math.min(limits.timeoutMs, remaining));
      return await attemptOnce(fetchFunction, request, limits, timeout);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      failure = error;
    }
    const wait = Math.max(limits.retryDelayMs * attempt * attempt, failure.waitMs ?? 0);
    const left = deadline - now();
    if (attempt > limits.retries || wait >= left) {
      const tries = attempt > 1 ? ` (${attempt} attempts in ${((now() - started) / 1000).toFixed(1)} s)` : '';
      throw new RollgateError(`${request.what}: ${failure.message}${tries}.`);
    }
    await sleep(wait);
  }
}

async function attemptOnce(
  fetchFunction: FetchFunction,
  request: JsonRequest,
  limits: HttpLimits,
  timeoutMs: number,
): Promise<JsonAnswer> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetchFunction(request.url, { headers: request.headers, signal });
  } catch (error) {
    throw new Retryable(networkReason(error, timeoutMs));
  }
  if (response.status === 404) {
    await discard(response);
    return { status: 404 };
  }
  if (response.status === 429 || response.status >= 500) {
    await discard(response);
    throw new Retryable(`it answered HTTP ${response.status}`, retryAfterMs(response));
  }
  if (response.status !== 200) {
    await discard(response);
    throw new RollgateError(`${request.what}: it answered HTTP ${response.status}, not 200.`);
  }
  let text: string;
  try {
    text = await readCapped(response, limits.maxBytes);
  } catch (error) {
    if (error instanceof RollgateError) throw new RollgateError(`${request.what}: ${error.message}.`);
    // The body stopped coming: the time limit, or a dropped connection; both may pass.
    throw new Retryable(networkReason(error, timeoutMs));
  }
  try {
    return { status: 200, body: JSON.parse(text) as unknown };
  } catch {
    throw new RollgateError(`${request.what}: its answer is not JSON.`);
  }
}

/** Reads a body as UTF-8 up to a size, refusing more and refusing bytes that are not UTF-8. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await discard(response);
    throw new RollgateError(`its answer is over ${formatBytes(maxBytes)}`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new RollgateError(`its answer is over ${formatBytes(maxBytes)}`);
      }
      chunks.push(value);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new RollgateError('its answer is not UTF-8 text');
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  return value && /^\d{1,6}$/.test(value) ? Number(value) * 1000 : undefined;
}

function networkReason(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `it did not answer within ${formatSeconds(timeoutMs)}`;
  // undici puts the system error (ECONNREFUSED, ENOTFOUND) in `cause`; only a code of capitals is shown.
  const code = (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === 'string' && /^[A-Z_]{2,32}$/.test(code)
    ? `the connection failed (${code})`
    : 'the connection failed';
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function formatBytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Number((bytes / 2 ** 20).toFixed(1))} MiB` : `${bytes} bytes`;
}
