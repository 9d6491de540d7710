// `rollgate observe` against fake members behind the fake ssh: what it records is exactly what the fakes run, a
// member that hangs is unknown within its timeout, and the parsers read snapd's and LXD's output and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObserved } from '../../src/observe/file.js';
import { parseLxcClusterList, parseSnapList } from '../../src/observe/index.js';
import type { Observed } from '../../src/observe/types.js';
import { fakeMembers } from '../fakes/members.js';
import { runMain } from '../helpers/main.js';
import { ROOT, repoText, tempDir } from '../plan/helpers.js';

/** Runs the CLI's entry function in a directory with an environment; collects what it printed. */
const cli = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) => runMain(cwd, args, env);

const MICROCLOUD_1 = {
  microceph: { channel: 'quincy/stable', revision: 3758, held: true, cohort: true },
  microovn: { channel: '22.03/stable', revision: 463, held: true, cohort: true },
  lxd: { channel: '5.21/stable', revision: 33110, held: true, cohort: true },
  microcloud: { channel: '1/stable', revision: 734, held: true, cohort: true },
};

function workspace(): string {
  const dir = tempDir('observe');
  writeFileSync(path.join(dir, 'fleet.yaml'), repoText('examples/microcloud/base.yaml'));
  return dir;
}

const POLICIES = ['--policies', path.join(ROOT, 'policies')];

describe('rollgate observe', () => {
  it('records exactly what each fake member runs, and its LXD cluster status', async () => {
    const fleet = fakeMembers({
      clusters: [{ name: 'lab', members: ['lab-1', 'lab-2', 'lab-3'], snaps: MICROCLOUD_1 }],
    });
    // lab-2's lxd refreshed by hand and its hold released; lab-3 left evacuated.
    fleet.serve('lxd', '5.21/stable', 36020);
    expect(fleet.run(['snap', 'refresh', '--unhold', 'lxd'], { member: 'lab-2' }).status).toBe(0);
    expect(fleet.run(['snap', 'refresh', 'lxd'], { member: 'lab-2' }).status).toBe(0);
    expect(fleet.run(['lxc', 'cluster', 'evacuate', 'lab-3', '--force'], { member: 'lab-3' }).status).toBe(0);
    const before = fleet.calls().length;
    const dir = workspace();
    const run = await cli(
      dir,
      fleet.env,
      'observe',
      '--head',
      'fleet.yaml',
      '--transport',
      'ssh {member}',
      ...POLICIES,
    );
    expect(run.stderr).toContain('rollgate observe: 3/3 members asked, 0 unknown');
    expect(run.stdout).toContain('3 answered, 0 unknown; written to observed.json');
    expect(run.code).toBe(0);
    const observed = parseObserved(readFileSync(path.join(dir, 'observed.json'), 'utf8'), 'observed.json');
    expect(observed.members.map((m) => [m.name, m.status, m.service])).toEqual([
      ['lab-1', 'answered', 'Online'],
      // Its LXD ahead of the others': blocked until they catch up, as LXD does.
      ['lab-2', 'answered', 'Blocked'],
      ['lab-3', 'answered', 'Evacuated'],
    ]);
    for (const member of observed.members) {
      for (const name of Object.keys(MICROCLOUD_1)) {
        const fake = fleet.snap(member.name, name);
        expect(member.components[name], `${member.name} ${name}`).toEqual({
          status: 'found',
          channel: fake?.channel,
          revision: fake?.revision,
          version: fake?.version,
          held: fake?.held,
          cohort: fake?.cohort,
        });
      }
    }
    expect(observed.members[1]?.components.lxd).toMatchObject({ revision: 36020, held: false });
    // One snap list and one lxc cluster list per member, through ssh.
    const asked = fleet
      .calls()
      .slice(before)
      .filter((call) => call.member !== '-');
    expect(asked.map((call) => `${call.member} ${call.tool} ${call.args}`).sort()).toEqual(
      ['lab-1', 'lab-2', 'lab-3'].flatMap((m) => [
        `${m} lxc cluster list --format json`,
        `${m} snap list lxd microceph microcloud microovn`,
      ]),
    );
  });

  it('records a member that hangs as unknown within its timeout, and the others as they are', async () => {
    const fleet = fakeMembers({
      clusters: [{ name: 'lab', members: ['lab-1', 'lab-2', 'lab-3'], snaps: MICROCLOUD_1 }],
    });
    fleet.hang('lab-2');
    const dir = workspace();
    const started = Date.now();
    const run = await cli(
      dir,
      fleet.env,
      'observe',
      '--head',
      'fleet.yaml',
      '--transport',
      'ssh {member}',
      '--timeout',
      '1',
      '--out',
      'seen.json',
      ...POLICIES,
    );
    expect(run.code).toBe(0);
    // Bounded by the timeout, not by the hung member's sleep (600 s).
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.stdout).toContain('lab/lab-2: snap list did not answer within 1s');
    const observed: Observed = parseObserved(readFileSync(path.join(dir, 'seen.json'), 'utf8'), 'seen.json');
    const [one, two] = observed.members;
    expect(one?.status).toBe('answered');
    expect(two).toMatchObject({
      name: 'lab-2',
      status: 'unknown',
      service: 'unknown',
      components: { lxd: { status: 'unknown', reason: 'snap list did not answer within 1s' } },
    });
  });

  it('exits 2 with one sentence for a bad flag or a manifest it cannot read', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: rollgate/v1\nkind: [\n');
    const bad = await cli(dir, {}, 'observe', '--head', 'fleet.yaml', '--timeout', '0', ...POLICIES);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--timeout "0" is not a whole number'),
    });
    const broken = await cli(dir, {}, 'observe', '--head', 'broken.yaml', ...POLICIES);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.yaml cannot be read');
    expect((await cli(dir, {}, 'observe', ...POLICIES)).stderr).toContain('--head is required');
  });
});

describe('parseSnapList', () => {
  const table = [
    'Name        Version  Rev    Tracking         Publisher    Notes',
    'lxd         5.21.3   33110  5.21/stable      canonical**  held,in-cohort',
    'microceph   19.2.0   3758   squid/stable/…   canonical**  -',
    'hello       1.0      x1     -                me           disabled',
    '',
  ].join('\n');

  it('reads each column, notes, sideloaded revisions and branches', () => {
    expect(parseSnapList(table)).toEqual({
      ok: true,
      rows: [
        {
          name: 'lxd',
          version: '5.21.3',
          revision: 33110,
          tracking: '5.21/stable',
          notes: ['held', 'in-cohort'],
        },
        { name: 'microceph', version: '19.2.0', revision: 3758, tracking: 'squid/stable/…', notes: [] },
        { name: 'hello', version: '1.0', revision: undefined, tracking: undefined, notes: ['disabled'] },
      ],
    });
  });

  it.each([
    ['another header', 'NAME VERSION REV TRACKING PUBLISHER NOTES\n', 1],
    ['a row of five columns', 'Name Version Rev Tracking Publisher Notes\nlxd 5.21 1 5.21/stable -\n', 2],
    [
      'a revision that is no number',
      'Name Version Rev Tracking Publisher Notes\nlxd 5.21 abc 5.21/stable c -\n',
      2,
    ],
    [
      'a name with a shell character',
      'Name Version Rev Tracking Publisher Notes\nl$(x) 5.21 1 5.21/stable c -\n',
      2,
    ],
    [
      'notes that are no notes',
      'Name Version Rev Tracking Publisher Notes\nlxd 5.21 1 5.21/stable c held;rm\n',
      2,
    ],
  ])('refuses %s, naming the line', (_name, text, line) => {
    expect(parseSnapList(text)).toMatchObject({ ok: false, line });
  });
});

describe('parseLxcClusterList', () => {
  it('reads server_name and status, and an unknown status as unknown', () => {
    const text = JSON.stringify([
      { server_name: 'lab-1', status: 'Online', message: 'Fully operational' },
      { server_name: 'lab-2', status: 'Evacuated' },
      { server_name: 'lab-3', status: 'Exploded' },
    ]);
    expect(parseLxcClusterList(text)).toEqual([
      { name: 'lab-1', status: 'Online' },
      { name: 'lab-2', status: 'Evacuated' },
      { name: 'lab-3', status: 'unknown' },
    ]);
  });

  it.each([
    ['not JSON', 'Error: not a cluster'],
    ['an object', '{}'],
    ['a nameless entry', '[{"status":"Online"}]'],
  ])('reads %s as no answer', (_name, text) => {
    expect(parseLxcClusterList(text)).toBeUndefined();
  });
});

describe('parseObserved', () => {
  it('refuses a file in another shape with one sentence that names where', () => {
    expect(() => parseObserved('{"apiVersion":"rollgate/v1","kind":"Observed"}', 'o.json')).toThrow(
      /o\.json is not in the shape of observed\.json/,
    );
    expect(() => parseObserved('nope', 'o.json')).toThrow('o.json is not JSON');
  });
});
