// Runs the real `rollgate` command as a process, in temporary folders the tests fill with files.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './fleet.js';

/** The `bin` of the package, which requires dist/cli.cjs. */
export const BIN = path.join(REPO_ROOT, 'bin/rollgate.js');

/** What one run of the command gave. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/rollgate.js ...args` in a folder; resolves when it exits, so several runs can overlap. */
export function rollgate(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** The newest modification time of the files under a folder. */
function newestUnder(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Fails with a clear sentence when dist/cli.cjs is missing or older than the core and the packs it bundles. */
export function assertBuilt(): void {
  const bundle = path.join(REPO_ROOT, 'dist/cli.cjs');
  let built: number;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    throw new Error('dist/cli.cjs is missing: run `npm run build` first (`npm test` does).');
  }
  const sources = [
    'src/check',
    'src/findings.ts',
    'src/manifest',
    'src/policy',
    'src/rules',
    'src/report',
    'src/cli',
    'src/schema',
    'src/io',
    'src/git',
    'src/edit',
    'src/datasource',
    // The built-in packs are embedded in the bundle, read and validated at build time.
    'policies',
  ];
  const newest = Math.max(
    ...sources.map((s) => {
      const full = path.join(REPO_ROOT, s);
      return statSync(full).isDirectory() ? newestUnder(full) : statSync(full).mtimeMs;
    }),
  );
  if (newest > built)
    throw new Error('dist/cli.cjs is older than src/: run `npm run build` first (`npm test` does).');
}

const folders: string[] = [];

/** A new temporary folder holding the given files (paths may have folders; they are made). */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rollgate-test-'));
  folders.push(folder);
  writeFiles(folder, files);
  return folder;
}

/** Writes files into a folder, making their folders. */
export function writeFiles(folder: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(folder, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Removes every folder `workspace` made; for afterAll. */
export function removeWorkspaces(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Runs git in a folder with a fixed identity, failing loudly when git does. */
export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync(
    'git',
    [
      '-c',
      'user.name=rollgate-test',
      '-c',
      'user.email=test@rollgate.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
    },
  );
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** A git repository with the files committed on branch main. */
export function repository(files: Record<string, string>): string {
  const folder = workspace(files);
  git(folder, 'init', '-q', '-b', 'main');
  git(folder, 'add', '.');
  git(folder, 'commit', '-q', '-m', 'base');
  return folder;
}
