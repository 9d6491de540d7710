import { closeSync, mkdirSync, open as openCallback, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { RollgateError } from '../findings.js';
import type { PlanChunk } from '../plan/index.js';

/**
 * Writes a plan's chunks under a directory as they come: a file made of several chunks is opened at its first and
 * closed at its last, so only the chunk in hand is in memory. A whole small file (a stage's script) is created on
 * libuv's threads, since creating a file costs more than writing it, while this thread goes on making the next.
 */
export async function writePlanChunks<T>(dir: string, chunks: Iterator<PlanChunk, T>): Promise<T> {
  const open = new Map<string, number>();
  const made = new Set<string>();
  const target = (file: string) => {
    const parts = file.split('/');
    // The paths come from the planner, from names the schema allows; a path that could leave the directory is a bug.
    if (parts.some((part) => part === '' || part === '.' || part === '..'))
      throw new Error(`plan file path ${JSON.stringify(file)} is not a plain relative path`);
    const where = path.join(dir, ...parts);
    const parent = path.dirname(where);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    return where;
  };
  let pending = 0;
  let failure: unknown;
  let settled: (() => void) | undefined;
  const created = (where: string, text: string, mode: number) => {
    pending++;
    openCallback(where, 'w', mode, (error, descriptor) => {
      try {
        if (error) throw error;
        try {
          writeSync(descriptor, text);
        } finally {
          closeSync(descriptor);
        }
      } catch (problem) {
        failure ??= problem;
      }
      pending--;
      if (pending <= PENDING_LOW) settled?.();
    });
  };
  const drained = (level: number) =>
    pending <= level
      ? undefined
      : new Promise<void>((resolve) => {
          settled = () => {
            if (pending > level) return;
            settled = undefined;
            resolve();
          };
        });
  let done: T | undefined;
  try {
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (next.done) {
        done = next.value;
        break;
      }
      const chunk = next.value;
      if (failure) break;
      let descriptor = open.get(chunk.path);
      const mode = chunk.executable ? 0o755 : 0o644;
      if (descriptor === undefined) {
        if (chunk.end) {
          created(target(chunk.path), chunk.text, mode);
          // Bounded, so a fleet's thousands of scripts are never all in memory waiting for their files.
          if (pending >= PENDING_HIGH) await drained(PENDING_LOW);
          continue;
        }
        descriptor = openSync(target(chunk.path), 'w', mode);
        open.set(chunk.path, descriptor);
      }
      if (chunk.text !== '') writeSync(descriptor, chunk.text);
      if (chunk.end) {
        open.delete(chunk.path);
        closeSync(descriptor);
      }
    }
  } catch (error) {
    failure ??= error;
  } finally {
    for (const descriptor of open.values()) closeSync(descriptor);
    await drained(0);
  }
  if (failure === undefined) return done as T;
  // A full disk or a directory without write permission is the machine's problem, not a bug: say so in one sentence.
  const code = (failure as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && code.startsWith('E'))
    throw new RollgateError(`Cannot write the plan under ${dir}: ${(failure as Error).message}.`);
  throw failure;
}

// How many files may wait for creation before the planner pauses for them, and how few before it goes on.
const PENDING_HIGH = 64;
const PENDING_LOW = 16;
