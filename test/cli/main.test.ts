// The CLI's seam for git: main builds the repository once and hands it to the commands; a test hands a fake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { removeWorkspaces, workspace } from '../helpers/cli.js';
import { fakeRepository } from '../helpers/fakes.js';
import { REPO_ROOT } from '../helpers/fleet.js';

afterAll(removeWorkspaces);

const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples/microcloud', name), 'utf8');

function captured(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd,
    isTTY: false,
    env: {},
  };
}

describe('CLI commands take the repository from main', () => {
  it('check --base-ref reads the base manifest from the repository it is given (no git clone here)', async () => {
    const cwd = workspace({ 'fleet.yaml': example('head-pass.yaml') });
    const repository = fakeRepository({
      root: cwd,
      commits: { c0ffee: { 'fleet.yaml': example('base.yaml') } },
      refs: { main: 'c0ffee' },
    });
    const io = captured(cwd);
    const code = await main(
      ['check', '--head', 'fleet.yaml', '--base-ref', 'main', '--format', 'json', '--now', '2026-11-22'],
      io,
      { repository },
    );
    expect(io.err.join('')).toBe('');
    const report = JSON.parse(io.out.join('')) as { changes: Array<{ component: string; from: string }> };
    expect(report.changes.find((c) => c.component === 'microcloud')?.from).toBe('1/stable@734');
    expect(code).toBe(0);
    expect(repository.calls).toEqual(expect.arrayContaining(['resolve main', 'show c0ffee fleet.yaml']));
  });

  it('check --base-ref names a ref the repository does not have in one sentence, exit 2', async () => {
    const cwd = workspace({ 'fleet.yaml': example('head-pass.yaml') });
    const io = captured(cwd);
    const code = await main(['check', '--head', 'fleet.yaml', '--base-ref', 'gone'], io, {
      repository: fakeRepository({ root: cwd, commits: {} }),
    });
    expect(code).toBe(2);
    expect(io.err.join('')).toBe(
      'rollgate check: The base ref gone names no commit in this repository; fetch it first (git fetch origin gone).\n',
    );
  });

  it('plan --unfinished-ref reads the unfinished fleet at the ref, and plans its members again', async () => {
    const base = example('base.yaml');
    const cwd = workspace({ 'fleet.yaml': base });
    const repository = fakeRepository({
      root: cwd,
      commits: { b45e: { 'fleet.yaml': base }, ha1f: { 'fleet.yaml': example('head-pass.yaml') } },
      refs: { main: 'b45e', 'refs/rollgate/unfinished/1': 'ha1f' },
    });
    const io = captured(cwd);
    const code = await main(
      [
        'plan',
        '--head',
        'fleet.yaml',
        '--base-ref',
        'main',
        '--unfinished-ref',
        'refs/rollgate/unfinished/1',
        '--out',
        'out',
        '--now',
        '2026-11-22',
        '--transport',
        'ssh {member}',
      ],
      io,
      { repository },
    );
    expect(io.err.join('')).not.toContain('rollgate plan:');
    expect(code).toBe(0);
    expect(repository.calls).toContain('show ha1f fleet.yaml');
    // Nothing changes between base and head, so only the unfinished rollout gives the plan its stages.
    const stages = (out: string) =>
      (JSON.parse(readFileSync(path.join(cwd, out, 'plan.json'), 'utf8')) as { stages: unknown[] }).stages;
    expect(stages('out').length).toBeGreaterThan(0);
    const without = [
      'plan',
      '--head',
      'fleet.yaml',
      '--base-ref',
      'main',
      '--out',
      'plain',
      '--now',
      '2026-11-22',
      '--transport',
      'ssh {member}',
    ];
    expect(await main(without, captured(cwd), { repository })).toBe(0);
    expect(stages('plain')).toEqual([]);
  });
});
