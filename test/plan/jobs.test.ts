// Runs the generated stage scripts of the seed's MicroCloud 1 to 2 upgrade through ssh against fake members that
// keep state (test/fakes), and checks what every member runs at the end, not only which commands were called.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../src/plan/types.js';
import { type FakeMembers, fakeMembers } from '../fakes/members.js';
import { LXD_NEXT, microcloudUpgrade, planChange, tempDir, writeBundle } from './helpers.js';

const MEMBERS = ['lab-1', 'lab-2', 'lab-3'];
const SSH = 'ssh -o BatchMode=yes root@{member}';

/** The head's pins: what every member must run at the end. */
const PINS = {
  microceph: { channel: 'squid/stable', revision: 4067 },
  microovn: { channel: '24.03/stable', revision: 667 },
  lxd: { channel: '5.21/stable', revision: LXD_NEXT },
  microcloud: { channel: '2/stable', revision: 1144 },
};

/** Three members as the base leaves them (MicroCloud 1, held, in the cohort); a store that serves newer revisions. */
function lab(proxy: string | undefined): FakeMembers {
  const held = (channel: string, revision: number) => ({ channel, revision, held: true, cohort: true });
  return fakeMembers({
    clusters: [
      {
        name: 'lab',
        members: MEMBERS,
        ...(proxy ? { proxy } : {}),
        snaps: {
          microceph: held('quincy/stable', 3758),
          microovn: held('22.03/stable', 463),
          lxd: held('5.21/stable', 33110),
          microcloud: held('1/stable', 734),
        },
      },
    ],
    // What the Snap Store serves today: newer than the pins, so only a proxy override or --revision lands a pin.
    store: {
      microceph: { 'quincy/stable': 3800, 'squid/stable': 4100 },
      microovn: { '22.03/stable': 470, '24.03/stable': 689 },
      lxd: { '5.21/stable': LXD_NEXT + 80 },
      microcloud: { '1/stable': 740, '2/stable': 1180 },
    },
  });
}

/** Runs every forward stage in plan order, as the workflow does, stopping at the first that fails. */
function runStages(
  bundle: PlanBundle,
  fleet: FakeMembers,
): { failedStage?: string; status: number; stderr: string } {
  const dir = tempDir('plan');
  writeBundle(bundle, dir);
  let stderr = '';
  for (const stage of bundle.plan.stages) {
    const run = spawnSync('bash', [path.join(dir, 'jobs', `${stage.id}.sh`)], {
      env: fleet.env,
      encoding: 'utf8',
    });
    stderr += run.stderr;
    if (run.status !== 0) return { failedStage: stage.id, status: run.status ?? -1, stderr };
  }
  return { status: 0, stderr };
}

/** The calls made on members (not the ssh calls that carried them), as `member|tool args`. */
const onMembers = (fleet: FakeMembers) =>
  fleet
    .calls()
    .filter((call) => call.tool !== 'ssh')
    .map((call) => `${call.member}|${call.tool} ${call.args}`);

describe.each([
  { setting: 'without a store proxy', proxy: undefined },
  { setting: 'behind an Enterprise Store Proxy', proxy: 'store1' },
])('the MicroCloud 1 to 2 upgrade on three members $setting, through ssh', ({ proxy }) => {
  it('leaves every member at its pinned revision, held and in the cohort, moved in the vendor order', async () => {
    const { base, head } = microcloudUpgrade(proxy ? { proxy } : {});
    const bundle = await planChange(base, head, { transport: SSH });
    const fleet = lab(proxy);
    // LXD on all members at once: run one after another, the first refresh would wait here alone and fail.
    fleet.barrier('snap refresh lxd --channel', 3);
    const outcome = runStages(bundle, fleet);
    expect(outcome.failedStage, outcome.stderr).toBeUndefined();

    for (const member of MEMBERS)
      for (const [snap, pin] of Object.entries(PINS))
        expect(fleet.snap(member, snap), `${snap} on ${member}`).toMatchObject({
          ...pin,
          held: true,
          cohort: true,
        });
    const calls = onMembers(fleet);
    expect(MEMBERS.map((member) => fleet.lxcStatus(member))).toEqual(['Online', 'Online', 'Online']);

    // "Update the same component's snap on all cluster members before moving to the next component."
    const refreshed = calls
      .filter((call) => /\|snap refresh (microceph|microovn|lxd|microcloud) /.test(call))
      .map((call) => call.split(' ')[2]);
    expect(refreshed).toEqual([
      ...Array(3).fill('microceph'),
      ...Array(3).fill('microovn'),
      ...Array(3).fill('lxd'),
      ...Array(3).fill('microcloud'),
    ]);
    // Member by member with a health check and a read-back before the next member, evacuated around the refresh.
    const microceph = calls
      .filter((call) => call.startsWith('lab-1|') || call.startsWith('lab-2|'))
      .slice(0, 12);
    expect(microceph.slice(0, 6)).toEqual([
      'lab-1|lxc cluster evacuate lab-1 --force',
      `lab-1|snap refresh microceph --channel=squid/stable ${proxy ? '--cohort=+' : '--revision=4067'}`,
      'lab-1|snap refresh --hold microceph',
      'lab-1|microceph status',
      'lab-1|snap list microceph',
      'lab-1|lxc cluster restore lab-1 --force',
    ]);
    // snap refuses --cohort with --revision: no call asks for both.
    expect(calls.filter((call) => call.includes('--cohort') && call.includes('--revision'))).toEqual([]);
    if (proxy) {
      expect(calls.filter((call) => call.startsWith(`${proxy}|`))).toEqual(
        Object.entries(PINS).map(
          ([snap, pin]) => `${proxy}|snap-proxy override ${snap} ${pin.channel}=${pin.revision}`,
        ),
      );
    }
    expect(calls.at(-1)).toBe('lab-1|microcloud status');
  });

  it('fails the stage at a member whose store serves another revision, naming member, expected and found', async () => {
    const { base, head } = microcloudUpgrade(proxy ? { proxy } : {});
    const bundle = await planChange(base, head, { transport: SSH });
    const fleet = lab(proxy);
    // Behind a proxy: lab-2's snap client talks to a store of its own. Without one: the store answers the
    // request for 4067 with 4070.
    if (proxy) fleet.serve('microceph', 'squid/stable', 4070, { member: 'lab-2' });
    else fleet.swapRevision('microceph', 4067, 4070, { member: 'lab-2' });
    const outcome = runStages(bundle, fleet);
    expect(outcome.failedStage).toBe('01-lab-microceph');
    expect(outcome.stderr).toContain('rollgate: lab-2: microceph revision: expected 4067, found 4070.\n');
    expect(outcome.stderr).toContain('rollgate: lab-2: step read-back failed; the stage stops here.');
    // The stage stopped there: lab-2 stays evacuated for the operator, lab-3 was never touched.
    expect(fleet.lxcStatus('lab-2')).toBe('Evacuated');
    expect(fleet.snap('lab-3', 'microceph')?.revision).toBe(3758);
  });
});

describe('the way back from MicroCloud 1 to 2', () => {
  it('marks every stage unsupported with its reason, and holds no downgrade command', async () => {
    const { base, head } = microcloudUpgrade();
    const { rollback, jobs } = await planChange(base, head, { transport: SSH });
    if ('statement' in rollback) throw new Error('the microcloud pack plans its rollback per stage');
    expect(rollback.supported).toBe(false);
    expect(rollback.stages.map((stage) => [stage.component, stage.from, stage.to, stage.supported])).toEqual([
      ['microcloud', '2/stable@1144', '1/stable@734', false],
      ['lxd', `5.21/stable@${LXD_NEXT}`, '5.21/stable@33110', false],
      ['microovn', '24.03/stable@667', '22.03/stable@463', false],
      ['microceph', 'squid/stable@4067', 'quincy/stable@3758', false],
    ]);
    for (const stage of rollback.stages) {
      expect(stage.reason).toMatch(/is a downgrade \(skew\/downgrade\), which the vendor does not support: /);
      expect(stage.reason).toContain('How to recover a MicroCloud cluster');
      expect([...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after]).toEqual([]);
    }
    expect(rollback.overrides).toEqual({});
    const scripts = Object.entries(jobs).filter(([id]) => id.startsWith('rollback-'));
    expect(scripts).toHaveLength(4);
    for (const [, script] of scripts) {
      expect(script).not.toContain('rollgate_run');
      expect(script).not.toMatch(/'(snap|lxc|snap-proxy)'/);
      expect(script).toContain('exit 1');
    }
    // Run, a refusal script changes nothing and says why.
    const dir = tempDir('rollback');
    writeBundle(await planChange(base, head, { transport: SSH }), dir);
    const run = spawnSync('bash', [path.join(dir, 'jobs', 'rollback-04-lab-microceph.sh')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^rollgate: rollback-04-lab-microceph cannot be rolled back automatically: microceph /,
    );
  });
});

describe('a failing step', () => {
  it('stops the stage at the member whose health check fails, before its read-back, its restore and the next member', async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: SSH });
    const fleet = lab(undefined);
    fleet.fail('lab-2|microceph status');
    const outcome = runStages(bundle, fleet);
    expect(outcome.failedStage).toBe('01-lab-microceph');
    expect(outcome.stderr).toContain('rollgate: lab-2: step health failed; the stage stops here.');
    expect(onMembers(fleet).slice(6)).toEqual([
      'lab-2|lxc cluster evacuate lab-2 --force',
      'lab-2|snap refresh microceph --channel=squid/stable --revision=4067',
      'lab-2|snap refresh --hold microceph',
      'lab-2|microceph status',
    ]);
  });

  it('fails a parallel stage when one member fails, after the others have finished', async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: SSH });
    const fleet = lab(undefined);
    fleet.fail('lab-3|lxc cluster list');
    const dir = tempDir('plan');
    writeBundle(bundle, dir);
    const run = spawnSync('bash', [path.join(dir, 'jobs', '03-lab-lxd.sh')], {
      env: fleet.env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a member failed; the stage stops here');
    // lab-1 and lab-2 went on to their read-back; lab-3 stopped at its health check.
    expect(
      onMembers(fleet)
        .filter((call) => call.endsWith('|snap list lxd'))
        .sort(),
    ).toEqual(['lab-1|snap list lxd', 'lab-2|snap list lxd']);
  });

  it('runs a part on its own when given its number, and refuses a part the stage does not have', async () => {
    const { base, head } = microcloudUpgrade();
    const bundle = await planChange(base, head, { transport: SSH });
    const dir = tempDir('plan');
    writeBundle(bundle, dir);
    const script = path.join(dir, 'jobs', '04-lab-microcloud.sh');
    const wrong = spawnSync('bash', [script, '7'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('has parts 1 to 1, not 7');
  });
});
