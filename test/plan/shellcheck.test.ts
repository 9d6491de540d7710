// The generated job scripts of every pack's example pass shellcheck: the stages, their read-backs and gates, the
// rollback scripts and the refusals where there is no way back.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { example, NOW, resolveShipped } from '../packs/pack-helpers.js';
import { ROOT, tempDir, writeBundle } from './helpers.js';

const PACKS = readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => readdirSync(path.join(ROOT, 'policies')).includes(`${name}.yaml`));

const SHELLCHECK = spawnSync('shellcheck', ['--version']).status === 0;

describe('the job scripts of every pack', () => {
  it('cover every pack that has examples', () => {
    expect(PACKS.sort()).toEqual([
      'charmed-etcd',
      'kubernetes',
      'microcloud',
      'microshift',
      'mosk',
      'openstack',
    ]);
  });

  it.skipIf(!SHELLCHECK)(
    SHELLCHECK
      ? 'pass shellcheck'
      : 'pass shellcheck (skipped: no shellcheck binary on PATH here; CI installs it)',
    async () => {
      const scripts: string[] = [];
      for (const pack of PACKS) {
        const result = await check({
          base: example(pack, 'base'),
          head: example(pack, 'head-pass'),
          resolvePack: resolveShipped,
          now: NOW,
        });
        const dir = tempDir(`shellcheck-${pack}`);
        writeBundle(buildPlan({ result, transport: 'ssh -o BatchMode=yes root@{member}' }), dir);
        for (const name of readdirSync(path.join(dir, 'jobs'))) scripts.push(path.join(dir, 'jobs', name));
      }
      // Stages with read-backs, gates, parallel parts; supported rollbacks and refusals.
      const names = scripts.map((file) => path.basename(file));
      expect(names).toEqual(expect.arrayContaining(['03-lab-lxd.sh', 'rollback-01-lab-microcloud.sh']));
      expect(names).toContain('rollback-01-etcd-staging-charmed-etcd.sh');
      const run = spawnSync('shellcheck', ['--shell=bash', '--severity=style', ...scripts], {
        encoding: 'utf8',
      });
      expect(run.stdout, run.stdout).toBe('');
      expect(run.status).toBe(0);
    },
    // shellcheck takes a couple of seconds of CPU for these scripts; more on a loaded machine.
    120_000,
  );
});
