// A manifest may name its pack by a path; the manifest is untrusted, so the path may not leave the tree.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, rollgate } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const fleet = (policy: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/microcloud/head-pass.yaml'), 'utf8').replace(
    'policy: microcloud',
    `policy: ${policy}`,
  );

describe('a pack named by a path in the manifest', () => {
  let outer: string;
  let cwd: string;
  beforeAll(() => {
    assertBuilt();
    outer = mkdtempSync(path.join(tmpdir(), 'rollgate-pack-path-'));
    cwd = path.join(outer, 'repo');
    mkdirSync(path.join(cwd, 'fleets', 'packs'), { recursive: true });
    // A copy of the pack under another name, inside the tree and outside it.
    const pack = readFileSync(path.join(REPO_ROOT, 'policies/microcloud.yaml'), 'utf8');
    writeFileSync(path.join(cwd, 'fleets', 'packs', 'custom.yaml'), pack);
    writeFileSync(path.join(outer, 'outside.yaml'), pack);
    cpSync(path.join(cwd, 'fleets', 'packs', 'custom.yaml'), path.join(cwd, 'custom.yaml'));
  });
  afterAll(() => rmSync(outer, { recursive: true, force: true }));

  it('resolves relative to the manifest, inside the tree', async () => {
    writeFileSync(path.join(cwd, 'fleets', 'fleet.yaml'), fleet('./packs/custom.yaml'));
    const run = await rollgate(['check', '--head', 'fleets/fleet.yaml', '--format', 'json'], cwd);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('may climb to a folder above the manifest that is still inside the tree', async () => {
    writeFileSync(path.join(cwd, 'fleets', 'fleet.yaml'), fleet('../custom.yaml'));
    const run = await rollgate(['check', '--head', 'fleets/fleet.yaml', '--format', 'json'], cwd);
    expect(run.status).toBe(0);
  });

  it('is not read when it climbs out of the tree rollgate runs in, and says so on the policy line', async () => {
    writeFileSync(path.join(cwd, 'fleets', 'fleet.yaml'), fleet('../../outside.yaml'));
    const run = await rollgate(['check', '--head', 'fleets/fleet.yaml', '--format', 'json'], cwd);
    expect(run.status).toBe(1);
    const [finding, ...rest] = JSON.parse(run.stdout).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'schema',
      code: 'PACK_PATH_NOT_FOUND',
      file: 'fleets/fleet.yaml',
      line: 6,
    });
  });
});
