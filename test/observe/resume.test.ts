// `rollgate plan --observed`: a MicroCloud rollout that failed at the second member of the microceph stage is
// replanned from what the members run, and continues from that member, restoring it first; members already done
// are not evacuated or refreshed again. Without --observed the plan is as before.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseObserved } from '../../src/observe/file.js';
import type { Observed } from '../../src/observe/types.js';
import { renderPlanPreview } from '../../src/plan/index.js';
import type { PlanBundle } from '../../src/plan/types.js';
import { type FakeMembers, fakeMembers } from '../fakes/members.js';
import { LXD_NEXT, microcloudUpgrade, planChange, ROOT, tempDir, writeBundle } from '../plan/helpers.js';

const MEMBERS = ['lab-1', 'lab-2', 'lab-3'];
const SSH = 'ssh {member}';

function lab(): FakeMembers {
  const held = (channel: string, revision: number) => ({ channel, revision, held: true, cohort: true });
  return fakeMembers({
    clusters: [
      {
        name: 'lab',
        members: MEMBERS,
        snaps: {
          microceph: held('quincy/stable', 3758),
          microovn: held('22.03/stable', 463),
          lxd: held('5.21/stable', 33110),
          microcloud: held('1/stable', 734),
        },
      },
    ],
    store: {
      microceph: { 'squid/stable': 4100 },
      microovn: { '24.03/stable': 689 },
      lxd: { '5.21/stable': LXD_NEXT + 80 },
      microcloud: { '2/stable': 1180 },
    },
  });
}

/** Runs one stage's script; returns its exit status and the calls it made on members, as `member|tool args`. */
function runStage(
  dir: string,
  id: string,
  fleet: FakeMembers,
): { status: number | null; calls: string[]; stderr: string } {
  const before = fleet.calls().length;
  const run = spawnSync('bash', [path.join(dir, 'jobs', `${id}.sh`)], { env: fleet.env, encoding: 'utf8' });
  const calls = fleet
    .calls()
    .slice(before)
    .filter((call) => call.tool !== 'ssh')
    .map((call) => `${call.member}|${call.tool} ${call.args}`);
  return { status: run.status, calls, stderr: run.stderr };
}

/** What the fake members run, as `rollgate observe` writes it. */
async function observe(fleet: FakeMembers, head: string): Promise<Observed> {
  const dir = tempDir('resume-observe');
  writeFileSync(path.join(dir, 'fleet.yaml'), head);
  const io = { stdout: () => {}, stderr: () => {}, cwd: dir, isTTY: false, env: fleet.env };
  const args = [
    'observe',
    '--head',
    'fleet.yaml',
    '--transport',
    SSH,
    '--policies',
    path.join(ROOT, 'policies'),
  ];
  expect(await main(args, io)).toBe(0);
  return parseObserved(readFileSync(path.join(dir, 'observed.json'), 'utf8'), 'observed.json');
}

function written(bundle: PlanBundle): string {
  const dir = tempDir('resume-plan');
  writeBundle(bundle, dir);
  return dir;
}

describe('resuming a failed rollout with plan --observed', () => {
  it('continues the microceph stage from the member it failed at, restoring it first, and leaves done members alone', async () => {
    const { base, head } = microcloudUpgrade();
    const fleet = lab();
    const first = await planChange(base, head, { transport: SSH });
    const firstDir = written(first);
    // The rollout fails at lab-2's health check: refreshed and held, but left evacuated; lab-3 untouched.
    fleet.fail('lab-2|microceph status');
    const failed = runStage(firstDir, '01-lab-microceph', fleet);
    expect(failed.status).toBe(1);
    expect(fleet.lxcStatus('lab-2')).toBe('Evacuated');
    writeFileSync(path.join(fleet.env.FAKE_ROOT as string, 'fail'), '');

    const observed = await observe(fleet, head);
    const replan = await planChange(base, head, { transport: SSH, observed });
    expect(replan.plan.skipped).toEqual([
      {
        cluster: 'lab',
        member: 'lab-1',
        component: 'microceph',
        runs: 'squid/stable@4067',
        observed: observed.members[0]?.at,
        reason: 'runs its target squid/stable@4067 and is in service',
      },
    ]);
    const microceph = replan.plan.stages[0];
    expect(microceph?.id).toBe('01-lab-microceph');
    expect(microceph?.members.map((m) => m.name)).toEqual(['lab-2', 'lab-3']);
    expect(microceph?.members[0]?.steps.map((s) => s.name)[0]).toBe('restore-first');
    expect(replan.plan.notes.join('\n')).toContain('lab/lab-2 was left evacuated');

    const dir = written(replan);
    const stage = runStage(dir, '01-lab-microceph', fleet);
    expect(stage.status, stage.stderr).toBe(0);
    // lab-2 restored before anything else; nothing on lab-1, which was done.
    expect(stage.calls[0]).toBe('lab-2|lxc cluster restore lab-2 --force');
    expect(stage.calls.filter((call) => call.startsWith('lab-1|'))).toEqual([]);
    expect(stage.calls).toContain('lab-3|snap refresh microceph --channel=squid/stable --revision=4067');
    // Both left the stage at the target, in service (the rest of the rollout runs as planned: test/plan/jobs.test.ts).
    for (const member of MEMBERS) {
      expect(fleet.snap(member, 'microceph')).toMatchObject({ revision: 4067, held: true, cohort: true });
      expect(fleet.lxcStatus(member)).toBe('Online');
    }
    // lab-2's later stages start as any member's: restored once, in its first stage only.
    for (const next of replan.plan.stages.slice(1))
      for (const member of next.members) expect(member.steps[0]?.name).not.toBe('restore-first');
  });

  it('plans as without --observed when no member is observed, and says nothing of skipping', async () => {
    const { base, head } = microcloudUpgrade();
    const plain = await planChange(base, head, { transport: SSH });
    expect('skipped' in plain.plan).toBe(false);
    const empty: Observed = {
      apiVersion: 'rollgate/v1',
      kind: 'Observed',
      manifest: 'x',
      at: '2026-11-27T00:00:00.000Z',
      members: [],
    };
    const withEmpty = await planChange(base, head, { transport: SSH, observed: empty });
    expect(withEmpty.plan.skipped).toEqual([]);
    expect(withEmpty.plan.stages).toEqual(plain.plan.stages);
  });

  it('skips a whole stage whose members all run its target, and lists them in the preview', async () => {
    const { base, head } = microcloudUpgrade();
    const at = '2026-11-27T10:00:00.000Z';
    const found = (channel: string, revision: number) => ({
      status: 'found' as const,
      channel,
      revision,
      held: true,
      cohort: true,
    });
    const observed: Observed = {
      apiVersion: 'rollgate/v1',
      kind: 'Observed',
      manifest: 'fleet.yaml',
      at,
      members: MEMBERS.map((name) => ({
        cluster: 'lab',
        name,
        at,
        status: 'answered' as const,
        service: 'Online' as const,
        components: {
          microceph: found('squid/stable', 4067),
          microovn: found('22.03/stable', 463),
          // A released hold: not at its target, so planned.
          lxd: { ...found('5.21/stable', 33110), held: false },
          microcloud: { status: 'unknown' as const, reason: 'did not answer' },
        },
      })),
    };
    const bundle = await planChange(base, head, { transport: SSH, observed });
    expect(bundle.plan.stages.map((s) => s.component)).toEqual(['microovn', 'lxd', 'microcloud']);
    expect(bundle.plan.skipped?.map((s) => `${s.member} ${s.component}`)).toEqual([
      'lab-1 microceph',
      'lab-2 microceph',
      'lab-3 microceph',
    ]);
    const preview = renderPlanPreview(bundle.plan);
    expect(preview).toContain('**Skipped** (observed): 3 members already run the target.');
    expect(preview).toMatch(
      /- `lab\/lab-2` `microceph`: runs its target `squid\/stable@4067` and is in service \(observed `2026-11-27T10:00:00\.000Z`\)/,
    );
  });
});
