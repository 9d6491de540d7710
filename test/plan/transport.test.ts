// What `rollgate plan` refuses about where commands run: several members' steps on one host, a template that does
// not put {member} where the host goes, a reboot on the machine that waits for it; and `--transport local`, said
// knowingly, which plans and runs.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeMembers } from '../fakes/members.js';
import { fleetYaml, microcloudUpgrade, ROOT, repoText, snap, tempDir } from './helpers.js';

/** Runs `rollgate plan` in a directory holding base.yaml and head.yaml, with the repository's packs. */
async function plan(
  dir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['plan', '--base', 'base.yaml', '--head', 'head.yaml', '--out', 'out', '--now', '2025-01-01', ...args],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, isTTY: false, env: {} },
  );
  return { code, stdout, stderr };
}

function workspace(base: string, head: string): string {
  const dir = tempDir('transport');
  writeFileSync(path.join(dir, 'base.yaml'), base);
  writeFileSync(path.join(dir, 'head.yaml'), head);
  return dir;
}

/** The MicroCloud 1 to 2 upgrade on three members. */
const lab = () => {
  const { base, head } = microcloudUpgrade();
  return workspace(base, head);
};

/** One sentence on stderr, on one line. */
const ONE_SENTENCE = /^rollgate plan: [^\n]+\.\n$/;

describe('rollgate plan refuses to run several members on one host', () => {
  it.each([
    [
      'no transport',
      [],
      "rollgate plan: Cluster lab has 3 members, and without --transport the steps of every one of them would run on this runner; give --transport 'ssh {member}' (the action's transport input), or --transport local to run them on this runner knowingly.\n",
    ],
    [
      'a template without {member}',
      ['--transport', 'sudo -n'],
      'rollgate plan: The transport "sudo -n" names no {member}, so the steps of the 3 members of cluster lab would all run on one host; put {member} where the host goes, for example \'ssh {member}\', or give --transport local to run them on this runner knowingly.\n',
    ],
  ])('with %s: exit 2 and one sentence, nothing written', async (_case, args, sentence) => {
    const dir = lab();
    const run = await plan(dir, ...args);
    expect([run.code, run.stderr]).toEqual([2, sentence]);
    expect(run.stderr).toMatch(ONE_SENTENCE);
    expect(() => readFileSync(path.join(dir, 'out/plan.json'))).toThrow();
  });

  it.each([
    ['{member} twice', 'ssh {member} {member}', /names \{member\} more than once/],
    [
      '{member} after the host, where the command goes',
      'ssh host {member}',
      /names \{member\} where ssh does not take its host/,
    ],
    [
      '{member} in an option',
      'ssh -o ProxyJump={member} bastion',
      /names \{member\} where ssh does not take its host/,
    ],
    ['a command after the host', 'ssh {member} sudo', /has words after ssh's host "\{member\}"/],
    ['{command} before the host', 'ssh {command} {member}', /puts \{command\} before other words/],
  ])('refuses a template with %s', async (_case, template, message) => {
    const run = await plan(lab(), '--transport', template);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(ONE_SENTENCE);
  });

  it('takes {member} as the host behind any ssh options, and other prefixes as they are', async () => {
    for (const template of [
      'ssh -p 2222 -o BatchMode=yes root@{member}',
      'ssh -oBatchMode=yes -- {member}',
      'env HOST={member}',
    ])
      expect((await plan(lab(), '--transport', template)).code, template).toBe(0);
  });
});

describe('a step that reboots a member', () => {
  const microshift = () =>
    workspace(repoText('examples/microshift/base.yaml'), repoText('examples/microshift/head-pass.yaml'));

  it.each([
    ['no transport', []],
    ['--transport local', ['--transport', 'local']],
  ])(
    'is refused with %s, since the runner that waits would be the member it reboots',
    async (_case, args) => {
      const run = await plan(microshift(), ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        "rollgate plan: Step reboot of microshift on lab/lab-edge-1 reboots the member, so it cannot run on the runner that then waits for it; plan with a transport that reaches the member, such as --transport 'ssh {member}', so the waiting happens on another machine.\n",
      );
    },
  );

  it('plans with a transport: the reboot on the host, the wait on the runner', async () => {
    const dir = microshift();
    expect((await plan(dir, '--transport', 'ssh {member}')).code).toBe(0);
    const script = readFileSync(path.join(dir, 'out/jobs/01-lab-microshift.sh'), 'utf8');
    expect(script).toContain(
      "rollgate_run 'lab-edge-1' 'reboot' 'ssh' 'lab-edge-1' 'systemd-run --on-active=10 systemctl reboot'",
    );
    expect(script).toContain("rollgate_run 'runner' 'wait-for-reboot' 'sleep' '120'");
  });
});

describe('--transport local', () => {
  it('plans a cluster of several members when said, every command on the runner', async () => {
    const dir = lab();
    const run = await plan(dir, '--transport', 'local');
    expect(run.code).toBe(0);
    const script = readFileSync(path.join(dir, 'out/jobs/01-lab-microceph.sh'), 'utf8');
    expect(script).toContain(
      "rollgate_run 'lab-1' 'refresh' 'snap' 'refresh' 'microceph' '--channel=squid/stable' '--revision=4067'",
    );
    expect(script).not.toContain("'ssh'");
  });

  it('runs the upgrade of a cluster of one member on the runner that lives on it, to its pins', async () => {
    const cluster = (
      microcloud: [string, number],
      microceph: [string, number],
      microovn: [string, number],
    ) => ({
      name: 'solo',
      members: ['solo-1'],
      components: {
        microceph: snap(...microceph),
        microovn: snap(...microovn),
        lxd: snap('5.21/stable', 33110),
        microcloud: snap(...microcloud),
      },
    });
    const base = fleetYaml({
      clusters: [cluster(['1/stable', 734], ['quincy/stable', 3758], ['22.03/stable', 463])],
    });
    const head = fleetYaml({
      clusters: [cluster(['2/stable', 1144], ['squid/stable', 4067], ['24.03/stable', 667])],
    });
    const dir = workspace(base, head);
    // One member: the default (no transport) plans too, as --transport local does.
    expect((await plan(dir)).code).toBe(0);
    expect((await plan(dir, '--transport', 'local')).code).toBe(0);
    const fleet = fakeMembers({
      clusters: [
        {
          name: 'solo',
          members: ['solo-1'],
          snaps: {
            microceph: { channel: 'quincy/stable', revision: 3758, held: true, cohort: true },
            microovn: { channel: '22.03/stable', revision: 463, held: true, cohort: true },
            lxd: { channel: '5.21/stable', revision: 33110, held: true, cohort: true },
            microcloud: { channel: '1/stable', revision: 734, held: true, cohort: true },
          },
        },
      ],
      store: { microcloud: { '2/stable': 1200 } },
    });
    const planned = JSON.parse(readFileSync(path.join(dir, 'out/plan.json'), 'utf8')) as {
      stages: Array<{ id: string }>;
    };
    for (const stage of planned.stages) {
      const run = spawnSync('bash', [path.join(dir, 'out/jobs', `${stage.id}.sh`)], {
        env: { ...fleet.env, FAKE_MEMBER: 'solo-1' },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
    }
    expect(fleet.snap('solo-1', 'microcloud')).toMatchObject({
      channel: '2/stable',
      revision: 1144,
      held: true,
      cohort: true,
    });
    expect(fleet.snap('solo-1', 'microceph')).toMatchObject({
      channel: 'squid/stable',
      revision: 4067,
      held: true,
    });
    expect(fleet.calls().map((call) => call.tool)).not.toContain('ssh');
  });
});

it('documents --transport local in the rollout docs and the plan usage', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/rollout.md'), 'utf8');
  expect(docs).toContain('--transport local');
});
