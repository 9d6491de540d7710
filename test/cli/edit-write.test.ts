// bump and promote never lose the manifest: a write that fails (a full disk, injected here) leaves the old text,
// an edit made meanwhile is never overwritten, and two edits at once never both claim to have written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceText } from '../../src/io/files.js';
import { assertBuilt, removeWorkspaces, rollgate, workspace } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const ORIGINAL = 'apiVersion: rollgate/v1\nkind: Fleet\n# the original\n';
const EDITED = 'apiVersion: rollgate/v1\nkind: Fleet\n# the edit\n';

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'rollgate-replace-'));
  file = path.join(folder, 'fleet.yaml');
  writeFileSync(file, ORIGINAL, { mode: 0o640 });
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** An error as the kernel gives it for a full disk. */
function noSpace(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
}

/** open as it is, except that writing the temporary file fails half-way, as on a full disk. */
const fullDisk: typeof open = async (target, flags, mode) => {
  const handle = await open(target, flags, mode);
  if (!String(target).endsWith('.tmp')) return handle;
  return Object.assign(Object.create(Object.getPrototypeOf(handle)), handle, {
    writeFile: async (text: string) => {
      await handle.write(text.slice(0, 10));
      throw noSpace();
    },
    sync: () => handle.sync(),
    chmod: (mode_: number) => handle.chmod(mode_),
    close: () => handle.close(),
  });
};

describe('replaceText', () => {
  it('writes the new text in place of the old, keeping the file mode, and leaves nothing beside it', async () => {
    await replaceText(file, 'fleet.yaml', ORIGINAL, EDITED);
    expect(readFileSync(file, 'utf8')).toBe(EDITED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['fleet.yaml']);
  });

  it('leaves the manifest whole when the disk is full, and says so', async () => {
    await expect(
      replaceText(file, 'fleet.yaml', ORIGINAL, EDITED, { open: fullDisk, rename }),
    ).rejects.toThrow(
      /^Cannot write fleet\.yaml: ENOSPC: no space left on device, write; fleet\.yaml is as it was\.$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(folder)).toEqual(['fleet.yaml']);
  });

  it('leaves the manifest whole when the rename fails', async () => {
    const failing: typeof rename = async () => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    await expect(
      replaceText(file, 'fleet.yaml', ORIGINAL, EDITED, { open, rename: failing }),
    ).rejects.toThrow(/fleet\.yaml is as it was/);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(folder)).toEqual(['fleet.yaml']);
  });

  it('refuses when the file changed after it was read, and keeps that change', async () => {
    writeFileSync(file, 'apiVersion: rollgate/v1\nkind: Fleet\n# someone else\n');
    await expect(replaceText(file, 'fleet.yaml', ORIGINAL, EDITED)).rejects.toThrow(
      /fleet\.yaml changed after rollgate read it/,
    );
    expect(readFileSync(file, 'utf8')).toContain('someone else');
    expect(readdirSync(folder)).toEqual(['fleet.yaml']);
  });

  it('refuses while another edit holds the lock, and leaves both files alone', async () => {
    writeFileSync(path.join(folder, '.fleet.yaml.rollgate-lock'), '');
    await expect(replaceText(file, 'fleet.yaml', ORIGINAL, EDITED)).rejects.toThrow(
      /Another rollgate edit is writing fleet\.yaml/,
    );
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
  });
});

describe('two bumps at once', () => {
  beforeAll(assertBuilt);
  afterAll(removeWorkspaces);

  it('never both say they wrote unless both edits are in the file', async () => {
    const base = readFileSync(path.join(REPO_ROOT, 'examples/microshift/base.yaml'), 'utf8');
    const now = ['--now', '2026-11-22', '--force'];
    for (let round = 0; round < 2; round++) {
      const cwd = workspace({ 'fleet.yaml': base });
      const runs = await Promise.all([
        rollgate(['bump', 'microshift', '--to', '4.16.9', '--cluster', 'lab', ...now], cwd),
        rollgate(['bump', 'microshift', '--to', '4.15.40', '--cluster', 'store-0042', ...now], cwd),
      ]);
      const final = readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8');
      const expected = ['4.16.9', '4.15.40'];
      for (const [index, run] of runs.entries()) {
        expect([0, 2], run.stderr).toContain(run.status);
        if (run.stdout.includes('Wrote fleet.yaml.')) expect(final).toContain(expected[index]);
        else expect(run.stderr).toMatch(/changed after rollgate read it|Another rollgate edit is writing/);
      }
      expect(runs.some((run) => run.status === 0)).toBe(true);
      expect(readdirSync(cwd)).toEqual(['fleet.yaml']);
    }
  });
});
