// Fake cluster members for tests that run generated job scripts: a state directory per member, fake tools that
// keep it (snap, snap-proxy, lxc, microceph, microovn, microcloud) and a fake ssh that reaches them. See README.md.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The fake tools, first on PATH for every command a fake member runs. */
export const FAKE_BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin');

/** One snap as a member runs it. */
export interface FakeSnap {
  channel: string;
  revision: number;
  version?: string;
  held?: boolean;
  cohort?: boolean;
}

/** The fleet the fakes start from. */
export interface FakeFleetSpec {
  clusters: Array<{
    name: string;
    members: string[];
    /** The store proxy its members' snap clients use (the seed's "configure the snap clients ... to use the proxy"). */
    proxy?: string;
    /** What every member runs at the start. */
    snaps?: Record<string, FakeSnap>;
  }>;
  /** What the store serves, by snap and channel: a revision, or a revision and its version. */
  store?: Record<string, Record<string, number | { revision: number; version: string }>>;
}

/** One logged call: the member it ran on (`-` on the runner), the tool, its arguments joined with spaces. */
export interface FakeCall {
  member: string;
  tool: string;
  args: string;
}

/** A running set of fake members, and the ways a test reads and changes them. */
export interface FakeMembers {
  /** The state directory (FAKE_ROOT). */
  root: string;
  /** The environment a job script runs with: the fakes first on PATH, FAKE_ROOT set, on the runner (no member). */
  env: NodeJS.ProcessEnv;
  /** Every call so far, in order. */
  calls(): FakeCall[];
  /** A member's snap as it stands, or undefined when not installed. */
  snap(member: string, name: string): FakeSnap | undefined;
  /** A member's LXD cluster status as `lxc cluster list` reports it. */
  lxcStatus(member: string): string;
  /** Makes the store serve a revision on a channel: for every member, or only for one (a member on the wrong store). */
  serve(
    snap: string,
    channel: string,
    revision: number,
    options?: { member?: string; version?: string },
  ): void;
  /** Makes a request for one revision get another, for every member or one: a store that serves the wrong revision. */
  swapRevision(snap: string, asked: number, given: number, options?: { member?: string }): void;
  /** Makes one call fail: `member|tool args`, as calls() reports it. */
  fail(line: string): void;
  /** Makes `tool args` wait until `count` members have called it: a run that passes made those calls at the same time. */
  barrier(call: string, count: number): void;
  /** Makes a member never answer: every tool it runs sleeps until it is killed (a member that hangs). */
  hang(member: string): void;
  /** Runs a command on the runner (or, with `member`, as that member, as `--transport local` would there). */
  run(
    argv: string[],
    options?: { member?: string; env?: NodeJS.ProcessEnv; input?: string },
  ): SpawnSyncReturns<string>;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const channelFile = (channel: string) => channel.replaceAll('/', '_');

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Sets up fake members in a temporary directory, removed when the test file ends. */
export function fakeMembers(spec: FakeFleetSpec): FakeMembers {
  const root = mkdtempSync(path.join(tmpdir(), 'rollgate-fakes-'));
  made.push(root);
  const list: string[] = [];
  for (const cluster of spec.clusters) {
    if (cluster.proxy) mkdirSync(path.join(root, 'proxies', cluster.proxy), { recursive: true });
    for (const member of cluster.members) {
      const home = path.join(root, 'members', member);
      write(path.join(home, 'cluster'), `${cluster.name}\n`);
      if (cluster.proxy) write(path.join(home, 'proxy'), `${cluster.proxy}\n`);
      for (const [name, snap] of Object.entries(cluster.snaps ?? {})) setSnap(root, member, name, snap);
      list.push(member);
    }
  }
  write(path.join(root, 'members.list'), `${list.join('\n')}\n`);
  write(path.join(root, 'calls.log'), '');
  for (const [snap, channels] of Object.entries(spec.store ?? {})) {
    for (const [channel, served] of Object.entries(channels)) {
      const { revision, version } =
        typeof served === 'number' ? { revision: served, version: undefined } : served;
      serveIn(path.join(root, 'store'), snap, channel, revision, version);
    }
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${FAKE_BIN}:${process.env.PATH ?? ''}`,
    FAKE_ROOT: root,
  };
  delete env.FAKE_MEMBER;
  delete env.ROLLGATE_APPROVED;
  const storeOf = (member?: string) =>
    member ? path.join(root, 'members', member, 'store') : path.join(root, 'store');
  return {
    root,
    env,
    calls: () =>
      readFileSync(path.join(root, 'calls.log'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const bar = line.indexOf('|');
          const rest = line.slice(bar + 1);
          const space = rest.indexOf(' ');
          return {
            member: line.slice(0, bar),
            tool: space < 0 ? rest : rest.slice(0, space),
            args: space < 0 ? '' : rest.slice(space + 1),
          };
        }),
    snap: (member, name) => readSnap(root, member, name),
    lxcStatus: (member) => {
      const run = spawnSync('lxc', ['cluster', 'list', '--format', 'json'], {
        env: { ...env, FAKE_MEMBER: member },
        encoding: 'utf8',
      });
      const list = JSON.parse(run.stdout) as Array<{ server_name: string; status: string }>;
      return list.find((entry) => entry.server_name === member)?.status ?? '(not listed)';
    },
    serve: (snap, channel, revision, options = {}) =>
      serveIn(storeOf(options.member), snap, channel, revision, options.version),
    swapRevision: (snap, asked, given, options = {}) =>
      write(path.join(storeOf(options.member), snap, 'revisions', String(asked)), `${given} r${given}\n`),
    fail: (line) => writeFileSync(path.join(root, 'fail'), `${line}\n`, { flag: 'a' }),
    barrier: (call, count) => writeFileSync(path.join(root, 'barrier'), `${count}|${call}\n`),
    hang: (member) => writeFileSync(path.join(root, 'hang'), `${member}\n`, { flag: 'a' }),
    run: (argv, options = {}) =>
      spawnSync(argv[0] as string, argv.slice(1), {
        env: { ...env, ...(options.member ? { FAKE_MEMBER: options.member } : {}), ...options.env },
        encoding: 'utf8',
        input: options.input ?? '',
      }),
  };
}

function serveIn(store: string, snap: string, channel: string, revision: number, version?: string): void {
  write(
    path.join(store, snap, 'channels', channelFile(channel)),
    `${revision} ${version ?? `r${revision}`}\n`,
  );
}

function setSnap(root: string, member: string, name: string, snap: FakeSnap): void {
  const dir = path.join(root, 'members', member, 'snaps', name);
  // One line each, as the fakes write them.
  write(path.join(dir, 'channel'), `${snap.channel}\n`);
  write(path.join(dir, 'revision'), `${snap.revision}\n`);
  write(path.join(dir, 'version'), `${snap.version ?? `r${snap.revision}`}\n`);
  write(path.join(dir, 'held'), snap.held ? 'forever\n' : '\n');
  write(path.join(dir, 'cohort'), snap.cohort ? `MSBzZmFrZS1jb2hvcnQta2V5-${name}\n` : '\n');
}

function readSnap(root: string, member: string, name: string): FakeSnap | undefined {
  const dir = path.join(root, 'members', member, 'snaps', name);
  if (!existsSync(path.join(dir, 'revision'))) return undefined;
  const field = (key: string) => {
    const file = path.join(dir, key);
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  };
  return {
    channel: field('channel'),
    revision: Number(field('revision')),
    version: field('version'),
    held: field('held') !== '',
    cohort: field('cohort') !== '',
  };
}
