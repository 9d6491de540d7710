// Reading the files a user names: absent is undefined, anything else that is not a readable file is one sentence.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RollgateError } from '../../src/findings.js';
import { ReadBuffer, readText, requireText } from '../../src/io/files.js';
import { YAML_LIMITS } from '../../src/manifest/yaml.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rollgate-io-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readText', () => {
  it('reads a file, and gives undefined for one that is not there (also below a file)', async () => {
    writeFileSync(path.join(dir, 'fleet.yaml'), 'clusters: []\n');
    expect(await readText(path.join(dir, 'fleet.yaml'))).toBe('clusters: []\n');
    expect(await readText(path.join(dir, 'missing.yaml'))).toBeUndefined();
    expect(await readText(path.join(dir, 'fleet.yaml', 'below.yaml'))).toBeUndefined();
  });

  it('reads all of a file that holds more than its size said when opened, as /proc files do', async () => {
    // /proc/self/status is a regular file of size 0 with a few hundred bytes: read past the size, to the end.
    const status = await readText('/proc/self/status');
    expect(status).toMatch(/^Name:\t/);
    expect(status).toMatch(/\nPid:\t\d+\n/);
  });

  it('reads a large file whole, byte for byte', async () => {
    const text = `${'x'.repeat(3 * 1024 * 1024 + 7)}\n`;
    writeFileSync(path.join(dir, 'large.yaml'), text);
    expect(await readText(path.join(dir, 'large.yaml'))).toBe(text);
  });

  it('reads files in turn into one ReadBuffer, each whole and only itself, larger and smaller, and /proc too', async () => {
    const texts = [`${'a'.repeat(4000)}\n`, 'b: é\n', `${'c\u{1F600}'.repeat(3000)}\n`, 'd\n'];
    const into = new ReadBuffer();
    for (const [index, text] of texts.entries()) {
      writeFileSync(path.join(dir, `turn-${index}.yaml`), text);
      expect(await readText(path.join(dir, `turn-${index}.yaml`), undefined, into)).toBe(text);
    }
    expect(await readText('/proc/self/status', undefined, into)).toMatch(/\nPid:\t\d+\n/);
  });

  it('a ReadBuffer gives the same memory again for a size that fits, and more only for a larger one', () => {
    const into = new ReadBuffer();
    const first = into.take(1000);
    expect(into.take(1200).buffer).toBe(first.buffer);
    expect(into.take(10).buffer).toBe(first.buffer);
    const larger = into.take(100_000);
    expect(larger.buffer).not.toBe(first.buffer);
    expect(larger.length).toBe(100_000);
  });

  it('refuses a directory and a pipe in one sentence each, without blocking on the pipe', async () => {
    mkdirSync(path.join(dir, 'folder'));
    await expect(readText(path.join(dir, 'folder'))).rejects.toThrow(
      /is a directory, not a manifest file\.$/,
    );
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await expect(readText(path.join(dir, 'pipe'))).rejects.toThrow(/is not a regular file/);
  });

  it('refuses a file far over the manifest limit before reading it', async () => {
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, '');
    // Sparse: twice the manifest limit and one byte more, which takes no room on disk.
    truncateSync(big, 2 * YAML_LIMITS.maxBytes + 1);
    const mib = ((2 * YAML_LIMITS.maxBytes + 1) / 2 ** 20).toFixed(1);
    await expect(readText(big)).rejects.toThrow(
      `is ${mib} MiB; rollgate reads files of at most ${YAML_LIMITS.maxBytes / 2 ** 20} MiB.`,
    );
  });
});

describe('requireText', () => {
  it('names what is missing', async () => {
    const error = await requireText(path.join(dir, 'nope.yaml'), 'head manifest').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RollgateError);
    expect((error as Error).message).toBe(`The head manifest ${path.join(dir, 'nope.yaml')} does not exist.`);
  });
});
