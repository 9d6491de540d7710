// Packs by name, for the commands that take one: the policies folder first, then the packs that ship with rollgate.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinPacks, loadNamedPack, workingTreePacks } from '../../src/io/packs.js';
import { TOY_PACK } from '../helpers/fleet.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'rollgate-io-packs-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
mkdirSync(path.join(cwd, 'policies'));
writeFileSync(path.join(cwd, 'policies', 'toy.yaml'), TOY_PACK);
writeFileSync(path.join(cwd, 'policies', 'broken.yaml'), 'apiVersion: rollgate/v1\nkind: [\n');

describe('loadNamedPack', () => {
  it('loads a pack from the policies folder, and a built-in one by name', async () => {
    expect((await loadNamedPack(cwd, 'toy', 'policies')).pack.name).toBe('toy');
    expect((await loadNamedPack(cwd, 'microshift', 'policies')).pack.name).toBe('microshift');
  });

  it('names the folder and the built-in packs when there is no such pack', async () => {
    const known = [...builtinPacks().keys()].sort().join(', ');
    await expect(loadNamedPack(cwd, 'nope', 'policies')).rejects.toThrow(
      `There is no pack named "nope" in policies/ or among rollgate's packs (${known}).`,
    );
  });

  it('says where a broken pack breaks', async () => {
    await expect(loadNamedPack(cwd, 'broken', 'policies')).rejects.toThrow(
      /^The policy pack policies\/broken\.yaml is broken at line \d+, column \d+: /,
    );
  });
});

describe('workingTreePacks', () => {
  it('shows the policies folder relative to where rollgate runs', () => {
    expect(workingTreePacks(cwd, path.join(cwd, 'policies')).policiesDir).toBe('policies');
    expect(workingTreePacks(path.join(cwd, 'policies'), '.').policiesDir).toBe('.');
  });
});
