// The fake Juju model the fake `juju` keeps (test/fakes/bin/juju): set up and read by tests. Layout: the top of that file.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeMembers } from './members.js';

/** A charm revision as Charmhub serves it: the snap revision it pins and that snap's workload version. */
export interface FakeCharm {
  snap: number;
  version: string;
}

/** An application in a fake model, every unit running `revision` (charm code and snap) at the start. */
export interface FakeApplication {
  model: string;
  application: string;
  channel: string;
  revision: number;
  /** Unit numbers. */
  units: string[];
  leader: string;
  /** What each charm revision the test uses pins. */
  charms: Record<number, FakeCharm>;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${text}\n`);
}

function read(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

const appDir = (fleet: FakeMembers, model: string, application: string) =>
  path.join(fleet.root, 'juju', model, application);

/** Sets up an application in a fake model. */
export function setApplication(fleet: FakeMembers, spec: FakeApplication): void {
  const dir = appDir(fleet, spec.model, spec.application);
  write(path.join(dir, 'revision'), String(spec.revision));
  write(path.join(dir, 'channel'), spec.channel);
  write(path.join(dir, 'events'), '');
  for (const unit of spec.units) {
    write(path.join(dir, 'units', unit, 'charm'), String(spec.revision));
    write(path.join(dir, 'units', unit, 'workload'), String(spec.revision));
    if (unit === spec.leader) write(path.join(dir, 'units', unit, 'leader'), '');
  }
  for (const [revision, charm] of Object.entries(spec.charms))
    write(path.join(fleet.root, 'juju', 'charms', revision), `${charm.snap} ${charm.version}`);
}

/** The application's charm as Juju holds it, and its pause-after-unit-refresh setting. */
export function application(
  fleet: FakeMembers,
  model: string,
  name: string,
): { revision: number; channel: string; pause: string | undefined } {
  const dir = appDir(fleet, model, name);
  return {
    revision: Number(read(path.join(dir, 'revision'))),
    channel: read(path.join(dir, 'channel')) ?? '',
    pause: read(path.join(dir, 'config', 'pause-after-unit-refresh')),
  };
}

/** A unit's charm code revision and the charm revision whose snap it runs. */
export function unitState(
  fleet: FakeMembers,
  model: string,
  name: string,
  unit: string,
): { charm: number; workload: number } {
  const dir = path.join(appDir(fleet, model, name), 'units', unit);
  return { charm: Number(read(path.join(dir, 'charm'))), workload: Number(read(path.join(dir, 'workload'))) };
}

/** Leaves a unit behind: its charm code and its snap stay where they are, and nothing says so but its status. */
export function leaveUnitBehind(fleet: FakeMembers, model: string, name: string, unit: string): void {
  write(path.join(appDir(fleet, model, name), 'units', unit, 'behind'), '');
}

/** Lets a unit left behind move again: Juju gives it the application's charm code, the charm refreshes its snap later. */
export function bringUnitBack(fleet: FakeMembers, model: string, name: string, unit: string): void {
  const dir = appDir(fleet, model, name);
  rmSync(path.join(dir, 'units', unit, 'behind'), { force: true });
  write(path.join(dir, 'units', unit, 'charm'), read(path.join(dir, 'revision')) ?? '');
}

/** What happened in the application, in order: config changes, refreshes, actions, each unit's snap refreshed. */
export function modelEvents(fleet: FakeMembers, model: string, name: string): string[] {
  return (read(path.join(appDir(fleet, model, name), 'events')) ?? '').split('\n').filter(Boolean);
}
