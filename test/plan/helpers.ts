// Fleets, checks and fake fleet commands for the planner's tests.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { stringify } from 'yaml';
import { type CheckResult, check, type TextFile } from '../../src/check/index.js';
import type { Fleet } from '../../src/manifest/fleet.js';
import { loadManifest } from '../../src/manifest/fleet.js';
import { type BuildPlanInput, buildPlan, bundleFiles } from '../../src/plan/index.js';
import type { PlanBundle } from '../../src/plan/types.js';

/** The repository's top directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A moment before MicroCloud 1's end of life, so the examples judge clean whenever the tests run. */
export const NOW = new Date('2025-01-01T00:00:00Z');

/** The lxd revision examples/microcloud/head-pass.yaml moves to within 5.21/stable. */
export const LXD_NEXT = 36020;

/** A repository file's text. */
export function repoText(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/** The seed's MicroCloud 1 to 2 upgrade on three members, with lxd moving to a new revision of 5.21/stable as well. */
export function microcloudUpgrade(options: { proxy?: string } = {}): { base: string; head: string } {
  const withProxy = (text: string) =>
    options.proxy ? text.replace('  - name: lab\n', `  - name: lab\n    proxy: ${options.proxy}\n`) : text;
  const base = withProxy(repoText('examples/microcloud/base.yaml'));
  const head = withProxy(repoText('examples/microcloud/head-pass.yaml'));
  if (!head.includes(`revision: ${LXD_NEXT}`) || (options.proxy && !head.includes('proxy:')))
    throw new Error('the example manifests changed shape');
  return { base, head };
}

/** The microcloud pack with one component's `member` steps replaced by the given YAML (its `downgrade` kept). */
export function microcloudWithSteps(component: string, steps: string): string {
  const text = repoText('policies/microcloud.yaml');
  const start = text.indexOf(`\n  ${component}:\n`, text.indexOf('\ncomponents:\n'));
  const from = text.indexOf('      member:\n', start);
  const to = text.indexOf('      downgrade:\n', from);
  if (start < 0 || from < 0 || to < 0) throw new Error('the microcloud pack changed shape');
  return text.slice(0, from) + steps + text.slice(to);
}

/** The microcloud pack as if the vendor supported going back down: for the tests of how rollback stages are made. */
export function microcloudWithDowngrades(): string {
  const text = repoText('policies/microcloud.yaml').replace(
    / {6}downgrade:\n {8}supported: false\n {8}statement: >-\n(?: {10}.*\n)+/g,
    '      downgrade: { supported: true, note: "a test pack: going back down is supported" }\n',
  );
  if ((text.match(/supported: true, note/g) ?? []).length !== 4)
    throw new Error('the microcloud pack changed shape');
  return text;
}

/** A snap the microcloud pack accepts: held and in a cohort. */
export function snap(channel: string, revision: number): Record<string, unknown> {
  return { channel, revision, hold: true, cohort: true };
}

/** A manifest's YAML from a plain object. */
export function fleetYaml(fleet: Record<string, unknown>): string {
  return stringify({ apiVersion: 'rollgate/v1', kind: 'Fleet', policy: 'microcloud', ...fleet });
}

/** Checks head against base with the repository's microcloud pack (or another pack's text). */
export async function checkChange(
  base: string | undefined,
  head: string,
  packText = repoText('policies/microcloud.yaml'),
): Promise<CheckResult> {
  const pack: TextFile = { file: 'policies/microcloud.yaml', text: packText };
  return check({
    head: { file: 'fleet.yaml', text: head },
    ...(base !== undefined ? { base: { file: 'fleet.yaml', text: base } } : {}),
    resolvePack: () => pack,
    now: NOW,
  });
}

/** Checks and plans a change; fails the test when the check finds errors it did not expect. */
export async function planChange(
  base: string | undefined,
  head: string,
  options: Omit<BuildPlanInput, 'result'> & { packText?: string; allowErrors?: boolean } = {},
): Promise<PlanBundle> {
  const result = await checkChange(base, head, options.packText);
  if (!result.ok && !options.allowErrors)
    throw new Error(`the check failed: ${result.findings.map((f) => f.message).join(' / ')}`);
  const { packText: _packText, allowErrors: _allowErrors, ...input } = options;
  // Commands on the runner, said knowingly: these tests are about the plan; test/plan/transport.test.ts about reaching members.
  return buildPlan({ result, transport: 'local', ...input });
}

/** A fleet read from YAML, for `unfinished`. */
export function fleetOf(text: string): Fleet {
  const loaded = loadManifest(text, 'unfinished.yaml');
  if (!loaded.fleet) throw new Error('the fleet does not load');
  return loaded.fleet;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the test file is done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `rollgate-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Writes a bundle's files under a directory, as the CLI lays them out. */
export function writeBundle(bundle: PlanBundle, dir: string): void {
  for (const file of bundleFiles(bundle)) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text, { mode: file.executable ? 0o755 : 0o644 });
  }
}

/** The commands the fake fleet offers; each records its member and argv in the log. */
export const FAKE_COMMANDS = ['snap', 'snap-proxy', 'microcloud', 'microceph', 'microovn', 'lxc'];

// One script behind every fake command. It logs "member|command args", fails when its line is $FAKE_FAIL, and for an lxd
// refresh waits until $FAKE_BARRIER_COUNT members have started one: run one after another, the first would never
// see the others and fails after its wait, so a passing run proves the members were refreshed at the same time.
const FAKE = `#!/usr/bin/env bash
set -u
name=$(basename "$0")
line="\${ROLLGATE_MEMBER:--}|$name $*"
printf '%s\\n' "$line" >> "$FAKE_LOG"
if [ "$line" = "\${FAKE_FAIL:-}" ]; then exit 1; fi
if [ "$name" = snap ] && [ "\${2:-}" = lxd ] && [ -n "\${FAKE_BARRIER:-}" ]; then
  : > "$FAKE_BARRIER/\${ROLLGATE_MEMBER:--}"
  for _ in $(seq 1 400); do
    [ "$(ls "$FAKE_BARRIER" | wc -l)" -ge "$FAKE_BARRIER_COUNT" ] && break
    sleep 0.05
  done
  [ "$(ls "$FAKE_BARRIER" | wc -l)" -ge "$FAKE_BARRIER_COUNT" ] || exit 1
  printf '%s\\n' "\${ROLLGATE_MEMBER:--}|lxd refreshes all started" >> "$FAKE_LOG"
fi
exit 0
`;

// A fake ssh: the host, then the command line a remote shell would parse; it runs it with the host as the member.
const FAKE_SSH = `#!/usr/bin/env bash
set -eu
host="$1"
shift
ROLLGATE_MEMBER="$host" exec bash -c "$*"
`;

/** A directory of fake commands, and the environment that puts them first on PATH. */
export function fakeFleet(options: { fail?: string; barrier?: number } = {}): {
  dir: string;
  log: string;
  env: NodeJS.ProcessEnv;
  lines: () => string[];
} {
  const dir = tempDir('fleet');
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  for (const name of FAKE_COMMANDS) {
    writeFileSync(path.join(bin, name), FAKE);
    chmodSync(path.join(bin, name), 0o755);
  }
  writeFileSync(path.join(bin, 'ssh'), FAKE_SSH);
  chmodSync(path.join(bin, 'ssh'), 0o755);
  const log = path.join(dir, 'calls.log');
  writeFileSync(log, '');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, FAKE_LOG: log };
  delete env.ROLLGATE_MEMBER;
  if (options.fail) env.FAKE_FAIL = options.fail;
  if (options.barrier) {
    const barrier = path.join(dir, 'barrier');
    mkdirSync(barrier);
    env.FAKE_BARRIER = barrier;
    env.FAKE_BARRIER_COUNT = String(options.barrier);
  }
  return { dir, log, env, lines: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}
