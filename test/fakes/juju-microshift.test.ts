// The juju, dnf, microshift and systemd-run fakes refuse what the real tools refuse where a rollout depends on it:
// charm-refresh's order of units and its refusals, Juju's refresh to the revision it runs, MicroShift's backup rules
// and its version skew at start.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { application, modelEvents, setApplication, unitState } from './juju.js';
import { type FakeMembers, fakeMembers } from './members.js';
import { installed, setPackages, setServices } from './ops.js';

function model(): FakeMembers {
  const fleet = fakeMembers({ clusters: [] });
  setApplication(fleet, {
    model: 'm',
    application: 'etcd',
    channel: '3.5/stable',
    revision: 71,
    units: ['0', '1', '2'],
    leader: '0',
    charms: { 71: { snap: 120, version: '3.5.17' }, 156: { snap: 233, version: '3.6.1' } },
  });
  return fleet;
}

const juju = (fleet: FakeMembers, ...args: string[]) => fleet.run(['juju', '-m', 'm', ...args]);

describe('the fake juju', () => {
  it('refreshes the snap of the highest unit first and resumes only on the next unit, as charm-refresh does', () => {
    const fleet = model();
    expect(juju(fleet, 'config', 'etcd', 'pause-after-unit-refresh=all').status).toBe(0);
    expect(juju(fleet, 'refresh', 'etcd', '--channel=3.6/stable', '--revision=156').status).toBe(0);
    expect(unitState(fleet, 'm', 'etcd', '2')).toEqual({ charm: 156, workload: 156 });
    expect(unitState(fleet, 'm', 'etcd', '1')).toEqual({ charm: 156, workload: 71 });
    const wrong = juju(fleet, 'run', 'etcd/0', 'resume-refresh');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe('Action id 2 failed: Must run action on unit 1\n');
    const status = juju(fleet, 'status', 'etcd/1', '--format=yaml').stdout;
    expect(status).toContain('    charm-rev: 156\n    charm-channel: 3.6/stable\n');
    expect(status).toContain(
      'message: etcd 3.5.17 running; Snap revision 120 (outdated); Charm revision 156\n',
    );
    expect(status).not.toContain('etcd/2:');
    expect(juju(fleet, 'run', 'etcd/1', 'resume-refresh').stdout).toContain('result: Refreshed unit 1');
  });

  it('refuses a refresh to the revision it runs, and a pre-refresh check while a refresh is in progress', () => {
    const fleet = model();
    const same = juju(fleet, 'refresh', 'etcd', '--revision=71');
    expect(same.stderr).toBe('ERROR already running specified charm "etcd", revision 71\n');
    expect(juju(fleet, 'run', 'etcd/leader', 'pre-refresh-check').status).toBe(0);
    expect(juju(fleet, 'run', 'etcd/1', 'pre-refresh-check').status).toBe(1);
    juju(fleet, 'config', 'etcd', 'pause-after-unit-refresh=all');
    juju(fleet, 'refresh', 'etcd', '--revision=156');
    expect(juju(fleet, 'run', 'etcd/leader', 'pre-refresh-check').stderr).toBe(
      'Action id 2 failed: Refresh already in progress\n',
    );
  });

  it('goes on alone after the first unit when pause-after-unit-refresh is first, its default', () => {
    const fleet = model();
    juju(fleet, 'refresh', 'etcd', '--revision=156');
    expect(unitState(fleet, 'm', 'etcd', '1').workload).toBe(71);
    juju(fleet, 'run', 'etcd/1', 'resume-refresh');
    expect(unitState(fleet, 'm', 'etcd', '0').workload).toBe(156);
    expect(application(fleet, 'm', 'etcd').pause).toBeUndefined();
    expect(modelEvents(fleet, 'm', 'etcd')).toEqual([
      'refresh --channel=3.5/stable --revision=156',
      'unit 2 refreshed to 156',
      'resume-refresh on 1',
      'unit 1 refreshed to 156',
      'unit 0 refreshed to 156',
    ]);
    expect(juju(fleet, 'run', 'etcd/0', 'resume-refresh').stderr).toBe(
      'Action id 2 failed: No refresh in progress\n',
    );
  });

  it('knows no model it was not given', () => {
    expect(model().run(['juju', '-m', 'other', 'status', 'etcd', '--format=yaml']).stderr).toBe(
      'ERROR model other not found\n',
    );
  });
});

function host(data: string): FakeMembers {
  const fleet = fakeMembers({ clusters: [{ name: 'edge', members: ['edge-1'] }] });
  setPackages(fleet, 'edge-1', { microshift: '4.14.21' }, { microshift: '4.17.4' });
  setServices(fleet, 'edge-1', ['microshift']);
  writeFileSync(path.join(fleet.root, 'members', 'edge-1', 'microshift-data'), `${data}\n`);
  return fleet;
}

const on = (fleet: FakeMembers, line: string) => fleet.run(['ssh', 'edge-1', line]);

describe('the fake dnf, microshift and systemd-run', () => {
  it('backs up only a stopped MicroShift, never onto an existing path', () => {
    const fleet = host('4.14.21');
    expect(on(fleet, 'microshift backup /var/lib/microshift-backups/b').stderr).toContain(
      'MicroShift must be stopped before creating or restoring backup',
    );
    on(fleet, 'systemctl stop microshift');
    expect(on(fleet, 'microshift backup /var/lib/microshift-backups/b').status).toBe(0);
    expect(on(fleet, 'microshift backup /var/lib/microshift-backups/b').stderr).toBe(
      'expected "/var/lib/microshift-backups/b" to not exist\n',
    );
  });

  it('installs only a version the repositories offer, and prints the installed version', () => {
    const fleet = host('4.14.21');
    expect(on(fleet, 'dnf install -y microshift-4.16.9').stderr).toContain(
      'No match for argument: microshift-4.16.9',
    );
    expect(on(fleet, 'dnf install -y microshift-4.17.4').status).toBe(0);
    expect(installed(fleet, 'edge-1', 'microshift')).toBe('4.17.4');
    expect(on(fleet, 'microshift version').stdout).toMatch(/^MicroShift Version: 4\.17\.4\n/);
  });

  it('starts MicroShift after the reboot only on data at most 2 minor versions older than the binary', () => {
    const fleet = host('4.14.21');
    on(fleet, 'dnf install -y microshift-4.17.4');
    expect(on(fleet, 'systemd-run --on-active=10 systemctl reboot').status).toBe(0);
    expect(on(fleet, 'microshift healthcheck').status).toBe(1);
    const near = host('4.15.30');
    on(near, 'dnf install -y microshift-4.17.4');
    on(near, 'systemd-run --on-active=10 systemctl reboot');
    expect(on(near, 'microshift healthcheck').status).toBe(0);
  });
});
