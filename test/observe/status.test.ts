// `rollgate status`: the progress records the job scripts append (ROLLGATE_PROGRESS) tell where a rollout that
// failed at the second member of the microceph stage stands, in text, JSON and markdown.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ProgressRecord, parseProgress } from '../../src/observe/progress.js';
import { rolloutStatus } from '../../src/observe/status.js';
import { renderStatusText } from '../../src/observe/status-render.js';
import { fakeMembers } from '../fakes/members.js';
import { runMain } from '../helpers/main.js';
import { LXD_NEXT, microcloudUpgrade, planChange, tempDir, writeBundle } from '../plan/helpers.js';

const cli = (cwd: string, ...args: string[]) => runMain(cwd, args);

const held = (channel: string, revision: number) => ({ channel, revision, held: true, cohort: true });

describe('rollgate status of a rollout that failed at lab-2 in the microceph stage', () => {
  let dir: string;
  beforeAll(async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: 'ssh {member}' });
    dir = tempDir('status');
    writeBundle(bundle, dir);
    const fleet = fakeMembers({
      clusters: [
        {
          name: 'lab',
          members: ['lab-1', 'lab-2', 'lab-3'],
          snaps: {
            microceph: held('quincy/stable', 3758),
            microovn: held('22.03/stable', 463),
            lxd: held('5.21/stable', 33110),
            microcloud: held('1/stable', 734),
          },
        },
      ],
      store: { lxd: { '5.21/stable': LXD_NEXT } },
    });
    fleet.fail('lab-2|microceph status');
    const run = spawnSync('bash', [path.join(dir, 'jobs', '01-lab-microceph.sh'), '1'], {
      env: { ...fleet.env, ROLLGATE_PROGRESS: path.join(dir, 'progress-01.jsonl') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
  });

  it('has the job script append one record per member and step, the failed one last', () => {
    const { records, unreadable } = parseProgress(readFileSync(path.join(dir, 'progress-01.jsonl'), 'utf8'));
    expect(unreadable).toBe(0);
    expect(records.map((r) => `${r.stage} ${r.part} ${r.member} ${r.step} ${r.result}`)).toEqual([
      ...['evacuate', 'refresh', 'hold', 'health', 'read-back', 'restore'].map(
        (step) => `01-lab-microceph 1 lab-1 ${step} ok`,
      ),
      ...['evacuate', 'refresh', 'hold'].map((step) => `01-lab-microceph 1 lab-2 ${step} ok`),
      '01-lab-microceph 1 lab-2 health failed',
    ]);
    for (const record of records) expect(record.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('says in text where it failed and what remains', async () => {
    const run = await cli(
      dir,
      'status',
      '--plan',
      '.',
      '--progress',
      'progress-01.jsonl',
      '--progress',
      'missing.jsonl',
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Rollout failed at stage 01-lab-microceph, member lab-2, step health \(.+\); 0 of 4 stages done\.$/,
    );
    expect(lines[1]).toMatch(
      /^ {2}01-lab-microceph +failed +lab-1 done, lab-2 failed at health, lab-3 pending$/,
    );
    expect(lines[2]).toMatch(/^ {2}02-lab-microovn +pending +lab-1 pending, lab-2 pending, lab-3 pending$/);
    expect(lines.at(-1)).toBe('Remaining: 01-lab-microceph, 02-lab-microovn, 03-lab-lxd, 04-lab-microcloud.');
  });

  it('gives the same in JSON', async () => {
    const run = await cli(
      dir,
      'status',
      '--plan',
      '.',
      '--progress',
      'progress-01.jsonl',
      '--format',
      'json',
    );
    const status = JSON.parse(run.stdout);
    expect(status).toMatchObject({ state: 'failed', done: 0, ignored: 0 });
    expect(status.stages[0]).toMatchObject({
      id: '01-lab-microceph',
      state: 'failed',
      failed: { member: 'lab-2', step: 'health' },
      members: [
        { name: 'lab-1', state: 'done' },
        { name: 'lab-2', state: 'failed', step: 'health' },
        { name: 'lab-3', state: 'pending' },
      ],
    });
    expect(status.stages.slice(1).map((s: { state: string }) => s.state)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    expect(status.remaining).toHaveLength(4);
  });

  it('gives a table for the job summary in markdown', async () => {
    const run = await cli(
      dir,
      'status',
      '--plan',
      '.',
      '--progress',
      'progress-01.jsonl',
      '--format',
      'markdown',
    );
    expect(run.stdout).toContain(
      ':x: **Rollout failed** at stage `01-lab-microceph`, member `lab-2`, step `health`',
    );
    expect(run.stdout).toContain(
      '| `01-lab-microceph` | :x: failed | `lab-1` done, `lab-2` failed (`health`), `lab-3` pending | – |',
    );
    expect(run.stdout).toContain('| `04-lab-microcloud` | pending |');
  });

  it('counts a done stage, leaves out lines that are no record, and refuses a folder with no plan', async () => {
    const file = path.join(dir, 'progress-mixed.jsonl');
    writeFileSync(
      file,
      [
        '{"stage":"01-lab-microceph","part":"all","member":"","step":"stage","result":"done","time":"2030-01-01T00:00:00Z"}',
        '{"stage":"01-lab-microceph","part":"all","member":"","step":"stage","result":"done","time":"2030-01-01T00:00:00Z","extra":1}',
        'not json',
        '{"stage":"99-other","part":"1","member":"x","step":"y","result":"ok","time":"2030-01-01T00:00:00Z"}',
      ].join('\n'),
    );
    const run = await cli(
      dir,
      'status',
      '--plan',
      '.',
      '--progress',
      'progress-01.jsonl',
      '--progress',
      file,
      '--format',
      'json',
    );
    const status = JSON.parse(run.stdout);
    expect(status).toMatchObject({ state: 'running', done: 1, ignored: 3 });
    const none = await cli(tempDir('status-none'), 'status', '--plan', '.');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('plan.json does not exist');
  });
});

describe('rolloutStatus', () => {
  const plan = {
    id: 'sha256:abc',
    stages: [
      {
        id: '01-prod-lxd',
        cluster: 'prod',
        component: 'lxd',
        members: [
          { name: 'p-1', steps: [{ name: 'refresh' }] },
          { name: 'p-2', steps: [{ name: 'refresh' }] },
        ],
        parts: [
          { part: 1, members: ['p-1'], approval: false, reason: null },
          {
            part: 2,
            members: ['p-2'],
            approval: true,
            reason: 'production: a reviewer approves each member after the first',
          },
        ],
      },
    ],
  } as unknown as Parameters<typeof rolloutStatus>[0];
  const record = (
    part: string,
    member: string,
    step: string,
    result: ProgressRecord['result'],
  ): ProgressRecord => ({
    stage: '01-prod-lxd',
    part,
    member,
    step,
    result,
    time: '2026-11-27T10:00:00Z',
  });

  it('waits for the approval of the next part once the part before it is done', () => {
    const status = rolloutStatus(plan, [
      record('1', 'p-1', 'refresh', 'ok'),
      record('1', '', 'stage', 'done'),
    ]);
    expect(status.state).toBe('waiting');
    expect(status.stages[0]?.waiting).toEqual({
      part: 2,
      reason: 'production: a reviewer approves each member after the first',
    });
    expect(status.stages[0]?.members.map((m) => m.state)).toEqual(['done', 'pending']);
    expect(renderStatusText(status).split('\n')[0]).toBe(
      'Rollout waits for approval of stage 01-prod-lxd part 2 (production: a reviewer approves each member after the first); 0 of 1 stage done.',
    );
  });

  it('is done when every part is, and not started without records', () => {
    const done = rolloutStatus(plan, [record('1', '', 'stage', 'done'), record('2', '', 'stage', 'done')]);
    expect(done).toMatchObject({ state: 'done', done: 1, remaining: [] });
    expect(rolloutStatus(plan, []).state).toBe('not-started');
  });
});
