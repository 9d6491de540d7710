// The plan writer: chunks of several files interleaved, whole files created off the main thread, and failures in words.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RollgateError } from '../../src/findings.js';
import { writePlanChunks } from '../../src/io/plan-files.js';
import type { PlanChunk } from '../../src/plan/index.js';
import { tempDir } from '../plan/helpers.js';

const chunk = (file: string, text: string, end: boolean, executable = false): PlanChunk => ({
  path: file,
  text,
  executable,
  end,
});

describe('writePlanChunks', () => {
  it('writes interleaved files whole, in their folders, scripts executable', async () => {
    const dir = tempDir('writer');
    const scripts = Array.from({ length: 700 }, (_, i) =>
      chunk(`jobs/${String(i).padStart(3, '0')}.sh`, `echo ${i}\n`, true, true),
    );
    await writePlanChunks(
      dir,
      [
        chunk('plan.json', '{\n', false),
        ...scripts.slice(0, 350),
        chunk('overrides/direct/all.txt', '# a\n', false),
        chunk('plan.json', '"x": 1', false),
        ...scripts.slice(350),
        chunk('overrides/direct/all.txt', '# b\n', true),
        chunk('plan.json', '\n}\n', true),
      ].values(),
    );
    expect(readFileSync(path.join(dir, 'plan.json'), 'utf8')).toBe('{\n"x": 1\n}\n');
    expect(readFileSync(path.join(dir, 'overrides/direct/all.txt'), 'utf8')).toBe('# a\n# b\n');
    for (const [index, script] of scripts.entries()) {
      const file = path.join(dir, script.path);
      expect(readFileSync(file, 'utf8')).toBe(`echo ${index}\n`);
      expect(statSync(file).mode & 0o111).not.toBe(0);
    }
    expect(statSync(path.join(dir, 'plan.json')).mode & 0o111).toBe(0);
  });

  it('ends with one sentence when a file cannot be created, after the files in flight are done', async () => {
    const dir = tempDir('writer');
    // A file where the jobs folder should be: no script can be created under it.
    writeFileSync(path.join(dir, 'jobs'), 'in the way\n');
    mkdirSync(path.join(dir, 'ok'));
    const written = writePlanChunks(
      dir,
      [chunk('ok/first.txt', 'first\n', true), chunk('jobs/01.sh', 'echo\n', true, true)].values(),
    );
    await expect(written).rejects.toBeInstanceOf(RollgateError);
    await expect(written).rejects.toThrow(/^Cannot write the plan under .*: E/);
    expect(readFileSync(path.join(dir, 'ok/first.txt'), 'utf8')).toBe('first\n');
  });

  it('refuses a path that could leave the plan directory', async () => {
    const dir = tempDir('writer');
    await expect(writePlanChunks(dir, [chunk('jobs/../../x.sh', 'echo\n', true)].values())).rejects.toThrow(
      'is not a plain relative path',
    );
  });

  it('returns what the chunks return: the plan, once every file is written', async () => {
    const dir = tempDir('writer');
    function* planned(): Generator<PlanChunk, string> {
      yield chunk('jobs/01.sh', 'echo\n', true, true);
      return 'the plan';
    }
    expect(await writePlanChunks(dir, planned())).toBe('the plan');
    expect(readFileSync(path.join(dir, 'jobs/01.sh'), 'utf8')).toBe('echo\n');
  });

  it('passes on what the planner throws part-way, once the files in flight are done', async () => {
    const dir = tempDir('writer');
    function* failing(): Generator<PlanChunk> {
      yield chunk('jobs/01.sh', 'echo\n', true, true);
      yield chunk('plan.json', '{', false);
      throw new RollgateError('the planner stopped');
    }
    await expect(writePlanChunks(dir, failing())).rejects.toThrow('the planner stopped');
    expect(readFileSync(path.join(dir, 'jobs/01.sh'), 'utf8')).toBe('echo\n');
  });
});
