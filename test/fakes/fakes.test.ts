// The fakes behave as the real tools do where a rollout depends on it: snapd's refusals and its list and info
// output, the proxy's overrides, LXD's member states, ssh reaching a member and no other host.
import { describe, expect, it } from 'vitest';
import { type FakeMembers, fakeMembers } from './members.js';

const LXD = { channel: '5.21/stable', revision: 33110, held: false, cohort: false };

function lab(options: { proxy?: string } = {}): FakeMembers {
  return fakeMembers({
    clusters: [
      {
        name: 'lab',
        members: ['lab-1', 'lab-2'],
        ...options,
        snaps: { lxd: LXD, microcloud: { channel: '1/stable', revision: 734 } },
      },
    ],
    store: {
      lxd: { '5.21/stable': { revision: 36020, version: '5.21.3-c5ae129' } },
      microcloud: { '2/stable': 1144 },
    },
  });
}

/** Runs a command on a member through the fake ssh, as a job script with `ssh {member}` does. */
function on(fleet: FakeMembers, member: string, line: string) {
  return fleet.run(['ssh', '-o', 'BatchMode=yes', `root@${member}`, line]);
}

describe('the fake snap', () => {
  it('holds a snap only with --hold alone, and refuses --hold with any other flag as snapd does', () => {
    const fleet = lab();
    const refused = on(fleet, 'lab-1', 'snap refresh --hold --revision=36020 lxd');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('error: cannot use --hold with other flags\n');
    expect(fleet.snap('lab-1', 'lxd')?.held).toBe(false);
    const held = on(fleet, 'lab-1', 'snap refresh --hold lxd');
    expect(held.stdout).toBe('General refreshes of "lxd" held indefinitely\n');
    expect(fleet.snap('lab-1', 'lxd')?.held).toBe(true);
    expect(fleet.snap('lab-2', 'lxd')?.held).toBe(false);
    expect(on(fleet, 'lab-1', 'snap refresh --unhold lxd').stdout).toBe(
      'Removed general refresh hold of "lxd"\n',
    );
    expect(fleet.snap('lab-1', 'lxd')?.held).toBe(false);
  });

  it('refuses --cohort together with --revision, and keeps a cohort through a --revision refresh', () => {
    const fleet = lab();
    const refused = on(fleet, 'lab-1', 'snap refresh lxd --cohort=+ --revision=36020');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('error: cannot specify both cohort-key and revision\n');
    expect(on(fleet, 'lab-1', 'snap refresh lxd --cohort=+').status).toBe(0);
    expect(fleet.snap('lab-1', 'lxd')).toMatchObject({ revision: 36020, cohort: true });
    fleet.serve('lxd', '5.21/stable', 36100);
    expect(on(fleet, 'lab-1', 'snap refresh lxd --revision=33110').status).toBe(0);
    expect(fleet.snap('lab-1', 'lxd')).toMatchObject({ revision: 33110, cohort: true });
  });

  it('refreshes an explicitly named held snap, but leaves it alone in a plain snap refresh', () => {
    const fleet = lab();
    on(fleet, 'lab-1', 'snap refresh --hold lxd');
    on(fleet, 'lab-1', 'snap refresh');
    expect(fleet.snap('lab-1', 'lxd')?.revision).toBe(33110);
    on(fleet, 'lab-1', 'snap refresh lxd');
    expect(fleet.snap('lab-1', 'lxd')?.revision).toBe(36020);
  });

  it('lists snaps in snapd columns with held and in-cohort in the Notes column', () => {
    const fleet = lab();
    on(fleet, 'lab-1', 'snap refresh lxd --cohort=+ && snap refresh --hold lxd');
    const list = on(fleet, 'lab-1', 'snap list');
    expect(list.stdout).toBe(
      [
        'Name        Version         Rev    Tracking     Publisher    Notes',
        'lxd         5.21.3-c5ae129  36020  5.21/stable  canonical**  in-cohort,held',
        'microcloud  r734            734    1/stable     canonical**  -',
        '',
      ].join('\n'),
    );
    const missing = on(fleet, 'lab-1', 'snap list microceph');
    expect([missing.status, missing.stderr]).toEqual([1, 'error: no matching snaps installed\n']);
  });

  it('shows hold and cohort in snap info --verbose', () => {
    const fleet = lab();
    on(fleet, 'lab-2', 'snap refresh lxd --cohort=+; snap refresh --hold lxd');
    const info = on(fleet, 'lab-2', 'snap info --verbose lxd').stdout;
    expect(info).toMatch(/^tracking: +5\.21\/stable$/m);
    expect(info).toMatch(/^hold: +forever$/m);
    expect(info).toMatch(/^cohort: +\S+$/m);
    expect(info).toMatch(/^installed: +5\.21\.3-c5ae129 \(36020\)/m);
    expect(on(fleet, 'lab-1', 'snap info --verbose lxd').stdout).not.toMatch(/^(hold|cohort):/m);
  });

  it('serves the revision a proxy override names to the members behind that proxy', () => {
    const fleet = lab({ proxy: 'store1' });
    expect(on(fleet, 'store1', 'snap-proxy override lxd 5.21/stable=35000').status).toBe(0);
    on(fleet, 'lab-1', 'snap refresh lxd --channel=5.21/stable --cohort=+');
    expect(fleet.snap('lab-1', 'lxd')?.revision).toBe(35000);
    // A member whose client talks to another store gets what that store serves.
    fleet.serve('lxd', '5.21/stable', 35999, { member: 'lab-2' });
    on(fleet, 'lab-2', 'snap refresh lxd --channel=5.21/stable --cohort=+');
    expect(fleet.snap('lab-2', 'lxd')?.revision).toBe(35999);
  });
});

describe('the fake lxc, microcloud and ssh', () => {
  it('reports server_name and status, Evacuated between evacuate and restore', () => {
    const fleet = lab();
    const list = () =>
      JSON.parse(on(fleet, 'lab-2', 'lxc cluster list --format json').stdout) as Array<{
        server_name: string;
        status: string;
      }>;
    expect(list().map((m) => [m.server_name, m.status])).toEqual([
      ['lab-1', 'Online'],
      ['lab-2', 'Online'],
    ]);
    expect(on(fleet, 'lab-1', 'lxc cluster evacuate lab-1 --force').status).toBe(0);
    expect(fleet.lxcStatus('lab-1')).toBe('Evacuated');
    expect(on(fleet, 'lab-1', 'lxc cluster evacuate lab-1 --force').status).toBe(1);
    on(fleet, 'lab-1', 'lxc cluster restore lab-1 --force');
    expect(fleet.lxcStatus('lab-1')).toBe('Online');
    // A member whose LXD moved ahead of the others waits for them.
    on(fleet, 'lab-1', 'snap refresh lxd');
    expect([fleet.lxcStatus('lab-1'), fleet.lxcStatus('lab-2')]).toEqual(['Blocked', 'Online']);
  });

  it('has microcloud status from MicroCloud 2 on only', () => {
    const fleet = lab();
    expect(on(fleet, 'lab-1', 'microcloud status').status).toBe(1);
    on(fleet, 'lab-1', 'snap refresh microcloud --channel=2/stable');
    expect(on(fleet, 'lab-1', 'microcloud status').stdout).toContain('- lab-1 (revision 1144)');
  });

  it('reaches members and proxies only, and logs every call with the member it ran on', () => {
    const fleet = lab();
    const stray = fleet.run(['ssh', 'lab-9', 'snap list']);
    expect([stray.status, stray.stderr]).toEqual([
      255,
      'ssh: Could not resolve hostname lab-9: Name or service not known\n',
    ]);
    // ssh hands the remote shell one line: quoting inside it is the remote shell's.
    on(fleet, 'lab-2', "snap refresh --hold 'lxd'");
    fleet.fail('lab-1|snap list lxd');
    expect(on(fleet, 'lab-1', 'snap list lxd').status).toBe(1);
    expect(fleet.calls().filter((call) => call.tool !== 'ssh')).toEqual([
      { member: 'lab-2', tool: 'snap', args: 'refresh --hold lxd' },
      { member: 'lab-1', tool: 'snap', args: 'list lxd' },
    ]);
  });
});
