import { constants, type Dirent, unlinkSync } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { RollgateError } from '../findings.js';
import { readUnfinished, resolveUnfinishedRefs } from '../git/unfinished.js';
import { keepHeapSmallFor } from '../io/heap.js';
import { readObserved } from '../io/observed-file.js';
import { writePlanChunks } from '../io/plan-files.js';
import { checkSources, gatherSources } from '../io/sources.js';
import type { CheckedChange, Plan } from '../plan/index.js';
import { inertText } from '../report/escape.js';
import { untouchedClustersWithOldFindings } from '../report/old-findings.js';
import { renderText } from '../report/text.js';
import { baseOptions, parseNow } from './flags.js';
import type { CliIo, CliServices } from './io.js';

// Files a plan directory holds besides jobs/ and overrides/; only a directory holding plan.json is ever cleared.
const PLAN_FILES = ['plan.json', 'pins.json', 'rollback.json', 'matrix.json', 'preview.md'];

// Where a plan is written before it takes an earlier plan's place, inside the output directory (so on its file system).
const STAGING = '.rollgate-partial';

/**
 * `rollgate plan`: checks the change, then writes pins, overrides, plan, rollback, job scripts, matrix and preview.
 * Exit 0 planned; 1 the check found errors (nothing written; --force plans anyway); 2 could not run.
 */
export async function planCommand(
  values: Record<string, string | string[] | boolean | undefined>,
  io: CliIo,
  services: CliServices,
): Promise<number> {
  // The planner is loaded, while the change is checked, only by the command that plans: other commands start without it.
  const planner = import('../plan/index.js');
  planner.catch(() => undefined);
  const now = parseNow(values.now as string | undefined);
  const where = baseOptions(values as { head?: string; base?: string; 'base-ref'?: string });
  const unfinishedRefs = (values['unfinished-ref'] as string[] | undefined) ?? [];
  const out = path.resolve(io.cwd, String(values.out ?? 'rollgate-plan'));
  const checked = await checkForPlan(values, io, services, where, now, planner);
  if (!checked) return 1;
  const { change, old } = checked;
  const { repository } = services;
  const unfinished = (
    await readUnfinished(
      repository,
      path.resolve(io.cwd, where.head),
      where.head,
      await resolveUnfinishedRefs(repository, unfinishedRefs),
    )
  ).map((rollout) => rollout.fleet);
  const transport = values.transport as string | undefined;
  // Made before anything is written: what makes a change unplannable from the start is refused first.
  const { streamPlan } = await planner;
  const observed = values.observed ? await readObserved(io.cwd, String(values.observed)) : undefined;
  const chunks = streamPlan({
    result: change,
    ...(transport !== undefined ? { transport } : {}),
    unfinished,
    ...(observed ? { observed } : {}),
  });
  await prepareOut(out);
  // Written aside first: a plan that fails half-way leaves the earlier plan as it was, not half of each.
  const staging = path.join(out, STAGING);
  await rm(staging, { recursive: true, force: true });
  let plan: Plan;
  try {
    plan = await writePlanChunks(staging, chunks);
    await removeEarlierPlan(out);
    await moveInto(staging, out);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const gated = plan.stages.filter((stage) => stage.gate === 'approval').length;
  const shown = inertText(String(values.out ?? 'rollgate-plan'));
  const lines = [
    `Plan ${plan.id}: ${plan.stages.length} stage${plan.stages.length === 1 ? '' : 's'}, ${gated} waiting for approval; written to ${shown}.`,
  ];
  for (const stage of plan.stages) {
    lines.push(
      inertText(
        `  ${stage.id}  ${stage.from ?? '(new)'} -> ${stage.to}  ${stage.strategy}  ${stage.members.map((m) => m.name).join(' ')}${stage.gate === 'approval' ? '  [approval]' : ''}`,
      ),
    );
  }
  for (const note of plan.notes) lines.push(`note: ${inertText(note)}`);
  if (old.length > 0)
    lines.push(
      `note: not planned, as this change does not move them, and carrying findings already in the base: ${old.map(inertText).join(', ')}.`,
    );
  for (const entry of plan.skipped ?? [])
    lines.push(
      inertText(
        `skipped: ${entry.cluster}/${entry.member} ${entry.component}: ${entry.reason} (observed ${entry.observed})`,
      ),
    );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * Checks the change and says its findings; undefined when its errors stop the plan. What it returns is all the plan
 * reads of the check: the manifests' texts, parsed values and positions, read only here, are let go before planning.
 */
async function checkForPlan(
  values: Record<string, string | string[] | boolean | undefined>,
  io: CliIo,
  services: CliServices,
  where: ReturnType<typeof baseOptions>,
  now: Date,
  planner: Promise<typeof import('../plan/index.js')>,
): Promise<{ change: CheckedChange; old: string[] } | undefined> {
  const sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? 'policies'),
    repository: services.repository,
    ...where,
  });
  keepHeapSmallFor(sources);
  const result = await checkSources(sources, now, values.strict === true);
  if (result.findings.length > 0) io.stderr(renderText(result));
  if (!result.ok && !values.force) {
    io.stderr(
      'rollgate plan: the check found errors, so nothing was planned. Fix them, or plan anyway with --force.\n',
    );
    return undefined;
  }
  const { checkedChange } = await planner;
  return { change: checkedChange(result), old: untouchedClustersWithOldFindings(result) };
}

/** --out as a sentence about what went wrong with it. */
function cannotUse(out: string, error: unknown): RollgateError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOTDIR'
      ? 'a part of the path is a file'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'it cannot be written there'
        : (error as Error).message;
  return new RollgateError(`Cannot write the plan to --out ${out}: ${why}.`);
}

/**
 * Makes a directory and the parents it lacks, one level at a time. (Node's recursive mkdir loops forever under
 * /proc, where mkdir fails with ENOENT however often it is tried.)
 */
async function makeDirectories(out: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(out); ; at = path.dirname(at)) {
    try {
      if (!(await stat(at)).isDirectory()) throw cannotUse(out, { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if (error instanceof RollgateError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(at) === at)
        throw cannotUse(out, error);
      missing.unshift(at);
    }
  }
  for (const directory of missing) {
    try {
      await mkdir(directory);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new RollgateError(`Cannot write the plan to --out ${out}: no directory can be made there.`);
      if (code !== 'EEXIST') throw cannotUse(out, error);
    }
  }
}

/** Makes the output directory ready: new or empty, or an earlier plan's, whose files are replaced once the new plan is written. */
async function prepareOut(out: string): Promise<void> {
  let entries: string[];
  try {
    const found = await lstat(out);
    if (found.isSymbolicLink())
      throw new RollgateError(
        `--out ${out} is a symbolic link; give a directory, so the plan is written where you see it.`,
      );
    if (!found.isDirectory())
      throw new RollgateError(`--out ${out} is a file; give a directory for the plan.`);
    entries = await readdir(out);
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotUse(out, error);
    await makeDirectories(out);
    return;
  }
  // A run stopped while writing leaves its staging directory behind; it is no one else's.
  entries = entries.filter((name) => name !== STAGING);
  if (entries.length === 0) return;
  if (!entries.includes('plan.json') || !(await isRolloutPlan(path.join(out, 'plan.json')))) {
    throw new RollgateError(
      `--out ${out} is not empty and holds no earlier plan (a plan.json of kind RolloutPlan); give a new or empty directory, so no other files are mixed in or removed.`,
    );
  }
  // The plan's folders are written into: a link there would carry the plan out of --out.
  for (const folder of PLAN_FOLDERS) {
    const found = await lstat(path.join(out, folder)).catch(() => undefined);
    if (found && !found.isDirectory())
      throw new RollgateError(
        `--out ${out} holds ${folder} that is not a directory (a link, or a file); rollgate writes the plan's ${folder} only into a real directory.`,
      );
  }
}

/** Whether a file is a plan rollgate wrote: plan.json starts with its apiVersion and kind, as the writer puts them. */
async function isRolloutPlan(file: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    if (!(await handle.stat()).isFile()) return false;
    const start = Buffer.alloc(512);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return /^\{\s*"apiVersion"\s*:\s*"rollgate\/v1"\s*,\s*"kind"\s*:\s*"RolloutPlan"\s*,/.test(
      start.subarray(0, bytesRead).toString('utf8'),
    );
  } finally {
    await handle.close();
  }
}

/** The folders a plan writes into, with the files in each that are the plan's (what rollgate names them). */
const PLAN_FOLDERS = ['jobs', 'overrides', 'overrides/direct'];
const PLAN_FILE_IN: Record<string, RegExp> = {
  jobs: /\.sh$/,
  overrides: /\.txt$/,
  'overrides/direct': /\.txt$/,
};

/**
 * Removes an earlier plan's files: the top files a plan writes, and the job scripts and override lists in its
 * folders. Anything else in --out (a README, the user's own files) stays, and a folder goes only once it is empty.
 */
async function removeEarlierPlan(out: string): Promise<void> {
  for (const name of PLAN_FILES) await rm(path.join(out, name), { force: true });
  for (const folder of [...PLAN_FOLDERS].reverse()) {
    const where = path.join(out, folder);
    const entries = await readdir(where, { withFileTypes: true }).catch(() => [] as Dirent[]);
    const pattern = PLAN_FILE_IN[folder] as RegExp;
    // A plan of a large fleet has thousands of scripts. Each entry's type comes with the listing, and the scripts are
    // unlinked one after another with the synchronous call: a stat and a remove through the thread pool for each
    // took 1.7 s at 100,000 members (10,900 scripts), this 0.2 s.
    for (const entry of entries) {
      // unlink, not a recursive remove: a link goes, never what it points at; a folder is never the plan's file.
      if (pattern.test(entry.name) && !entry.isDirectory()) unlinkIfThere(path.join(where, entry.name));
    }
    await rmdir(where).catch(() => undefined);
  }
}

/** Unlinks a file, unless it is gone already. */
function unlinkIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Moves every file of `from` into the same place under `to`, making the folders it needs. */
async function moveInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      // A folder the output lacks (a new --out, or one whose earlier plan's folder went empty) moves whole: one
      // rename rather than one per job script.
      const missing = await lstat(target).then(
        () => false,
        () => true,
      );
      if (missing) {
        await rename(source, target);
        continue;
      }
      await mkdir(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      await moveInto(source, target);
    } else await rename(source, target);
  }
}
