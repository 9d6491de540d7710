// The state the fakes of packaged and Kubernetes-run systems keep (apt-get, systemctl, kubeadm, kubectl, etcdctl,
// openstack, the *-manage tools, mysqldump): set up and read by tests. Layout: the top of lib-ops.sh.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeMembers } from './members.js';

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${text}\n`);
}

function read(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Sets a member's installed packages and what its package sources offer. */
export function setPackages(
  fleet: FakeMembers,
  member: string,
  installed: Record<string, string>,
  offered: Record<string, string> = {},
): void {
  for (const [name, version] of Object.entries(installed))
    write(path.join(fleet.root, 'members', member, 'pkgs', name), version);
  for (const [name, version] of Object.entries(offered))
    write(path.join(fleet.root, 'members', member, 'repo', name), version);
}

/** A member's installed version of a package. */
export function installed(fleet: FakeMembers, member: string, name: string): string | undefined {
  return read(path.join(fleet.root, 'members', member, 'pkgs', name));
}

/** Leaves a member behind: its package installs exit 0 and change nothing, and the services it starts stay down. */
export function leaveBehind(fleet: FakeMembers, member: string): void {
  write(path.join(fleet.root, 'members', member, 'behind'), '');
}

/** Sets the running state of a member's services. */
export function setServices(fleet: FakeMembers, member: string, units: string[], state = 'active'): void {
  for (const unit of units) write(path.join(fleet.root, 'members', member, 'services', unit), state);
}

/** A member's work as the fakes saw it take effect, in order (installs, restarts, syncs, dumps, kubeadm). */
export function events(fleet: FakeMembers, member: string): string[] {
  return (read(path.join(fleet.root, 'members', member, 'events')) ?? '').split('\n').filter(Boolean);
}

/** A file on a member (fs/ under its state), or undefined. */
export function memberFile(fleet: FakeMembers, member: string, file: string): string | undefined {
  return read(path.join(fleet.root, 'members', member, 'fs', file));
}

/** The files in a folder on a member. */
export function memberFiles(fleet: FakeMembers, member: string, folder: string): string[] {
  const dir = path.join(fleet.root, 'members', member, 'fs', folder);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Sets fields of a Kubernetes object (`node/wk-1`), one file each; `annotations` by key. */
export function setObject(
  fleet: FakeMembers,
  object: string,
  fields: Record<string, string>,
  annotations: Record<string, string> = {},
): void {
  mkdirSync(path.join(fleet.root, 'k8s', object), { recursive: true });
  for (const [field, value] of Object.entries(fields))
    write(path.join(fleet.root, 'k8s', object, field), value);
  for (const [key, value] of Object.entries(annotations))
    write(path.join(fleet.root, 'k8s', object, 'annotations', key.replaceAll('/', '_')), value);
}

/** A field of a Kubernetes object, or an annotation (`annotations/<key>`). */
export function objectField(fleet: FakeMembers, object: string, field: string): string | undefined {
  return read(
    path.join(fleet.root, 'k8s', object, field.replaceAll('/', '_').replace(/^annotations_/, 'annotations/')),
  );
}
