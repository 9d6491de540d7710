// Hostile YAML within the stated limits (32 MiB, 64 levels), made at test time since each is large: every one gets
// its finding from the built command within 20 s of CPU time (and is killed past 90 s of wall time) and a memory
// bound (a V8 heap of 512 MB; past it the process dies with no report). Before, these took from 51 s to over 600 s, or ran out
// of memory: quadratic regex matching, error picking, key lookups, duplicate-key checks and member comparisons, and
// a token tree built before the depth check. The inputs are shared with the benchmark (npm run bench:hostile).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../scripts/bench/hostile-inputs.mjs';
import { assertBuilt, git } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const run = promisify(execFile);
const BIN = path.join(REPO_ROOT, 'bin', 'rollgate.js');
/** Seconds: generous for a loaded machine; these take one to three seconds on a quiet one. */
const TIME_BOUND_MS = 90_000;
/**
 * CPU seconds, which a loaded machine inflates far less than wall time: the worst input takes about 7 s of CPU at a
 * load of 30 on two cores, and took minutes before the bounded-cost work.
 */
const CPU_BOUND_MS = 20_000;
/** Preloaded into the command, it writes the process's own CPU time and peak memory at exit (as the bench does). */
const USAGE = path.join(REPO_ROOT, 'scripts', 'bench', 'peak-memory.cjs');
const HEAP_BOUND_MB = 512;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'rollgate-hostile-size-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('hostile YAML within the stated limits', () => {
  it.each(HOSTILE_INPUTS)(
    '$name: its finding within the time and memory bounds',
    async (hostile) => {
      assertBuilt();
      const folder = mkdtempSync(path.join(scratch, 'case-'));
      writeFileSync(path.join(folder, 'fleet.yaml'), hostile.text());
      if (hostile.baseRef) {
        git(folder, 'init', '-q', '-b', 'main');
        git(folder, 'add', 'fleet.yaml');
        git(folder, 'commit', '-q', '-m', 'base');
      }
      let stdout = '';
      let code = 0;
      try {
        ({ stdout } = await run(
          process.execPath,
          [
            `--max-old-space-size=${HEAP_BOUND_MB}`,
            '--require',
            USAGE,
            BIN,
            'check',
            '--head',
            'fleet.yaml',
            ...(hostile.baseRef ? ['--base-ref', 'HEAD'] : []),
            '--format',
            'json',
            '--now',
            '2026-11-22',
          ],
          {
            cwd: folder,
            timeout: TIME_BOUND_MS,
            maxBuffer: 256 * 1024 * 1024,
            env: { PATH: process.env.PATH ?? '', ROLLGATE_BENCH_USAGE_FILE: path.join(folder, 'usage.json') },
          },
        ));
      } catch (error) {
        const failed = error as {
          code?: number;
          killed?: boolean;
          signal?: string;
          stdout?: string;
          stderr?: string;
        };
        // Killed past the time bound, or dead past the heap bound: neither has a report.
        expect(failed.killed, `killed after ${TIME_BOUND_MS} ms`).toBeFalsy();
        expect(failed.signal ?? null, failed.stderr).toBeNull();
        code = failed.code ?? -1;
        stdout = failed.stdout ?? '';
      }
      const usage = JSON.parse(readFileSync(path.join(folder, 'usage.json'), 'utf8')) as {
        cpuMicroseconds: number;
      };
      expect(usage.cpuMicroseconds / 1000, 'CPU ms').toBeLessThan(CPU_BOUND_MS);
      const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; code?: string }> }).findings;
      if (hostile.rule === undefined) {
        expect(code).toBe(0);
        return;
      }
      expect(code).toBe(1);
      expect(findings).toContainEqual(
        expect.objectContaining({
          rule: hostile.rule,
          ...(hostile.code ? { code: hostile.code } : {}),
          ...(hostile.message ? { message: expect.stringMatching(hostile.message) } : {}),
        }),
      );
      // vitest's own limit (30 s) would end the test before the time bound could: past the bound, with room to report.
    },
    TIME_BOUND_MS + 30_000,
  );
});
