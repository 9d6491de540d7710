import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RollgateError } from '../findings.js';
import { gitRepository } from '../git/repository.js';
import { type Fleet, loadManifest } from '../manifest/fleet.js';
import { jsonFile } from '../plan/canonical.js';
import { buildPlan, bundleFiles, matrixChunks, renderPlanPreview } from '../plan/index.js';
import { renderText } from '../report/text.js';
import { baseOptions, parseNow } from './check-command.js';
import type { CliIo } from './io.js';
import { checkSources, gatherSources } from './sources.js';

/** The flags of `rollgate plan`: a public contract. */
export const PLAN_OPTIONS = {
  head: { type: 'string' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  'unfinished-ref': { type: 'string', multiple: true },
  policies: { type: 'string', default: 'policies' },
  out: { type: 'string', default: 'rollgate-plan' },
  transport: { type: 'string' },
  now: { type: 'string' },
  force: { type: 'boolean', default: false },
} as const;

/** The usage line of `rollgate plan`. */
export const PLAN_USAGE =
  'rollgate plan --head fleet.yaml [--base old.yaml | --base-ref REF] [--unfinished-ref REF]... [--policies DIR] [--out DIR] [--transport "ssh {member}"] [--now ISO-8601] [--force]';

// Files a plan directory holds besides jobs/ and overrides/; only a directory holding plan.json is ever cleared.
const PLAN_FILES = ['plan.json', 'pins.json', 'rollback.json', 'matrix.json', 'preview.md'];

/**
 * `rollgate plan`: checks the change, then writes pins, overrides, plan, rollback, job scripts, matrix and preview.
 * Exit 0 planned; 1 the check found errors (nothing written; --force plans anyway); 2 could not run.
 */
export async function planCommand(
  values: Record<string, string | string[] | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  const now = parseNow(values.now as string | undefined);
  const where = baseOptions(values as { head?: string; base?: string; 'base-ref'?: string });
  const unfinishedRefs = (values['unfinished-ref'] as string[] | undefined) ?? [];
  const out = path.resolve(io.cwd, String(values.out ?? 'rollgate-plan'));
  const sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? 'policies'),
    ...where,
  });
  const result = await checkSources(sources, now);
  if (result.findings.length > 0) io.stderr(renderText(result));
  if (!result.ok && !values.force) {
    io.stderr(
      'rollgate plan: the check found errors, so nothing was planned. Fix them, or plan anyway with --force.\n',
    );
    return 1;
  }
  const unfinished = await readUnfinished(io.cwd, where.head, unfinishedRefs);
  const transport = values.transport as string | undefined;
  const bundle = buildPlan({ result, ...(transport !== undefined ? { transport } : {}), unfinished });
  const files = bundleFiles(bundle);
  files.push({ path: 'matrix.json', text: jsonFile(matrixChunks(bundle.plan)), executable: false });
  files.push({ path: 'preview.md', text: renderPlanPreview(bundle.plan), executable: false });
  await prepareOut(out);
  for (const file of files) {
    const target = path.join(out, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text, { mode: file.executable ? 0o755 : 0o644 });
  }
  const { plan } = bundle;
  const gated = plan.stages.filter((stage) => stage.gate === 'approval').length;
  const shown = String(values.out ?? 'rollgate-plan');
  const lines = [
    `Plan ${plan.id}: ${plan.stages.length} stage${plan.stages.length === 1 ? '' : 's'}, ${gated} waiting for approval; written to ${shown}.`,
  ];
  for (const stage of plan.stages) {
    lines.push(
      `  ${stage.id}  ${stage.from ?? '(new)'} -> ${stage.to}  ${stage.strategy}  ${stage.members.map((m) => m.name).join(' ')}${stage.gate === 'approval' ? '  [approval]' : ''}`,
    );
  }
  for (const note of plan.notes) lines.push(`note: ${note}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** The fleets that unfinished rollouts were heading for, read from git at each ref. */
async function readUnfinished(cwd: string, head: string, refs: string[]): Promise<Fleet[]> {
  if (refs.length === 0) return [];
  const repository = gitRepository(cwd);
  const fleets: Fleet[] = [];
  for (const ref of refs) {
    const sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The unfinished rollout ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`,
      );
    const text = await repository.show(sha, path.resolve(cwd, head));
    if (text === undefined) continue;
    const loaded = loadManifest(text, `${head}@${ref}`);
    if (!loaded.fleet || loaded.findings.length > 0) {
      throw new RollgateError(
        `The manifest at the unfinished rollout ref ${ref} could not be read, so rollgate cannot tell what that rollout may have changed.`,
      );
    }
    fleets.push(loaded.fleet);
  }
  return fleets;
}

/** Makes the output directory ready: new or empty, or an earlier plan's, whose files are replaced. */
async function prepareOut(out: string): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(out)).isDirectory())
      throw new RollgateError(`--out ${out} is a file; give a directory for the plan.`);
    entries = await readdir(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(out, { recursive: true });
    return;
  }
  if (entries.length === 0) return;
  if (!entries.includes('plan.json')) {
    throw new RollgateError(
      `--out ${out} is not empty and holds no earlier plan; give a new or empty directory, so no other files are mixed in or removed.`,
    );
  }
  // An earlier plan's stage scripts must not linger beside the new plan's, or a stale stage could be run.
  for (const name of ['jobs', 'overrides', ...PLAN_FILES])
    await rm(path.join(out, name), { recursive: true, force: true });
}
