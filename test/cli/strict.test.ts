// Findings the change did not bring, through the commands: warnings by default, errors with --strict (issue 13).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { removeWorkspaces, workspace } from '../helpers/cli.js';
import { fakeRepository } from '../helpers/fakes.js';
import { cluster, fleetYaml, MICROCLOUD_2, patch } from '../helpers/fleet.js';

afterAll(removeWorkspaces);

/** lab and prod-b; prod-b's lxd tracks 5.21/edge, which channel/risk refuses: an error already in the base. */
const fleet = (labLxd: number) =>
  fleetYaml({
    clusters: [
      cluster('lab', patch(MICROCLOUD_2, { lxd: { revision: labLxd } })),
      cluster('prod-b', patch(MICROCLOUD_2, { lxd: { channel: '5.21/edge' } })),
    ],
  });

function captured(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, isTTY: false, env: {} };
}

async function run(args: string[], files: Record<string, string>) {
  const cwd = workspace(files);
  const io = captured(cwd);
  const code = await main([...args, '--now', '2026-11-22'], io, {
    repository: fakeRepository({ root: cwd, commits: {} }),
  });
  return { code, out: io.out.join(''), err: io.err.join(''), cwd };
}

describe('an error already in the base, and a change to another cluster', () => {
  const files = { 'base.yaml': fleet(33110), 'fleet.yaml': fleet(36020) };

  it('check passes with a warning marked not introduced; --strict fails', async () => {
    const passed = await run(
      ['check', '--head', 'fleet.yaml', '--base', 'base.yaml', '--format', 'json'],
      files,
    );
    expect(passed.code).toBe(0);
    const report = JSON.parse(passed.out) as {
      findings: Array<{ rule: string; severity: string; cluster: string; introduced: boolean }>;
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'channel/risk',
        severity: 'warning',
        cluster: 'prod-b',
        introduced: false,
      }),
    );
    const strict = await run(['check', '--head', 'fleet.yaml', '--base', 'base.yaml', '--strict'], files);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/error .*risk edge;.*\(already in the base\)/);
  });

  it('bump of lab writes with the old finding as a warning; --strict refuses it', async () => {
    const start = { 'fleet.yaml': fleet(33110) };
    const bumped = await run(['bump', 'lxd', '--to', '5.21/stable@36020', '--cluster', 'lab'], start);
    expect(bumped.code).toBe(0);
    expect(bumped.err).toMatch(/warnings:\n {2}channel\/risk/);
    expect(readFileSync(path.join(bumped.cwd, 'fleet.yaml'), 'utf8')).toContain('36020');
    const strict = await run(
      ['bump', 'lxd', '--to', '5.21/stable@36020', '--cluster', 'lab', '--strict'],
      start,
    );
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/fails rollgate check \(channel\/risk\)/);
    expect(readFileSync(path.join(strict.cwd, 'fleet.yaml'), 'utf8')).not.toContain('36020');
  });

  it('plan plans the lab move and names prod-b, untouched with an old finding; --strict plans nothing', async () => {
    const args = ['plan', '--head', 'fleet.yaml', '--base', 'base.yaml', '--transport', 'ssh {member}'];
    const planned = await run(args, files);
    expect(planned.code).toBe(0);
    expect(planned.out).toMatch(/lab/);
    expect(planned.out).toContain(
      'note: not planned, as this change does not move them, and carrying findings already in the base: prod-b.',
    );
    const plan = JSON.parse(readFileSync(path.join(planned.cwd, 'rollgate-plan/plan.json'), 'utf8')) as {
      stages: Array<{ cluster: string }>;
    };
    expect(new Set(plan.stages.map((stage) => stage.cluster))).toEqual(new Set(['lab']));
    const strict = await run([...args, '--strict'], files);
    expect(strict.code).toBe(1);
  });
});
