// A job script run by hand stops before each approval gate: at a terminal until the cluster's name is typed, without
// one with exit status 3 unless ROLLGATE_APPROVED names the part, the stage or all (what rollout.yml sets).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeMembers } from '../fakes/members.js';
import { microcloudUpgrade, planChange, tempDir, writeBundle } from './helpers.js';

const STAGE = '01-lab-microceph';

let planned: Promise<string> | undefined;

/** The plan of the upgrade with a pause after the first member, written once: part 2 (lab-2, lab-3) waits. */
function plannedScript(): Promise<string> {
  planned ??= (async () => {
    const { base, head } = microcloudUpgrade();
    const paused = (text: string) =>
      text.replace('  - name: lab\n', '  - name: lab\n    pauseAfterMember: first\n');
    const bundle = await planChange(paused(base), paused(head), { transport: 'ssh {member}' });
    expect(bundle.plan.stages[0]?.parts.map((part) => [part.members, part.approval])).toEqual([
      [['lab-1'], false],
      [['lab-2', 'lab-3'], true],
    ]);
    const dir = tempDir('gates');
    writeBundle(bundle, dir);
    return path.join(dir, 'jobs', `${STAGE}.sh`);
  })();
  return planned;
}

/** The microceph stage's script, and fresh members on quincy for it to move. */
async function gatedStage(): Promise<{ script: string; env: NodeJS.ProcessEnv; revisions: () => number[] }> {
  const snaps = { microceph: { channel: 'quincy/stable', revision: 3758, held: true, cohort: true } };
  const fleet = fakeMembers({ clusters: [{ name: 'lab', members: ['lab-1', 'lab-2', 'lab-3'], snaps }] });
  return {
    script: await plannedScript(),
    env: fleet.env,
    revisions: () => ['lab-1', 'lab-2', 'lab-3'].map((m) => fleet.snap(m, 'microceph')?.revision ?? 0),
  };
}

describe('a gate in a job script run by hand', () => {
  it('stops without a terminal with exit 3, saying which approval is missing, after the part before it', async () => {
    const { script, env, revisions } = await gatedStage();
    const run = spawnSync('bash', [script], { env, encoding: 'utf8', input: '' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(
      `rollgate: stage ${STAGE} part 2 waits for approval (lab-1 is done (pauseAfterMember first): check it, then approve.) and there is no terminal to ask; the stage stops here. Approved, run it with ROLLGATE_APPROVED=${STAGE}/2.\n`,
    );
    expect(revisions()).toEqual([4067, 3758, 3758]);
    // The part on its own, as the workflow runs it, stops the same way without the approval.
    expect(spawnSync('bash', [script, '2'], { env, input: '' }).status).toBe(3);
    expect(revisions()).toEqual([4067, 3758, 3758]);
  });

  it.each([
    ['the part', `${STAGE}/2`],
    ['the stage', STAGE],
    ['all', 'all'],
    ['a list naming it', `02-lab-microovn/1, ${STAGE}/2`],
  ])('goes on when ROLLGATE_APPROVED names %s', async (_what, approved) => {
    const { script, env, revisions } = await gatedStage();
    const run = spawnSync('bash', [script], {
      env: { ...env, ROLLGATE_APPROVED: approved },
      encoding: 'utf8',
      input: '',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(revisions()).toEqual([4067, 4067, 4067]);
  });

  it('does not go on for an approval of another part or stage', async () => {
    const { script, env, revisions } = await gatedStage();
    const other = { ...env, ROLLGATE_APPROVED: `${STAGE}/3 02-lab-microovn` };
    expect(spawnSync('bash', [script, '2'], { env: other, input: '' }).status).toBe(3);
    expect(revisions()).toEqual([3758, 3758, 3758]);
  });

  it.each([
    ['goes on once the cluster name is typed', 'lab\n', 0, [3758, 4067, 4067]],
    ['stops when anything else is typed', 'yes\n', 3, [3758, 3758, 3758]],
  ])('at a terminal, waits for the operator and %s', async (_what, typed, status, after) => {
    // `script` gives the job a terminal, as an operator's shell has; where util-linux lacks it, nothing is claimed.
    if (spawnSync('script', ['--version']).status !== 0) return;
    const { script, env, revisions } = await gatedStage();
    const run = spawnSync('script', ['-qec', `bash '${script}' 2`, '/dev/null'], {
      env,
      encoding: 'utf8',
      input: typed,
    });
    expect(run.status).toBe(status);
    expect(run.stdout).toContain(
      `rollgate: type the name of the cluster (lab) to approve it, anything else to stop: `,
    );
    expect(revisions()).toEqual(after);
  });
});
