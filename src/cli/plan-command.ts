import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { RollgateError } from '../findings.js';
import { readUnfinished, resolveUnfinishedRefs } from '../git/unfinished.js';
import { writePlanChunks } from '../io/plan-files.js';
import { checkSources, gatherSources } from '../io/sources.js';
import type { Plan } from '../plan/index.js';
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
  const sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? 'policies'),
    repository: services.repository,
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
  const chunks = streamPlan({ result, ...(transport !== undefined ? { transport } : {}), unfinished });
  await prepareOut(out);
  // Written aside first: a plan that fails half-way leaves the earlier plan as it was, not half of each.
  const staging = path.join(out, STAGING);
  await rm(staging, { recursive: true, force: true });
  let plan: Plan;
  try {
    plan = await writePlanChunks(staging, chunks);
    for (const name of ['jobs', 'overrides', ...PLAN_FILES])
      await rm(path.join(out, name), { recursive: true, force: true });
    for (const name of await readdir(staging)) await rename(path.join(staging, name), path.join(out, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
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
    if (!(await stat(out)).isDirectory())
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
  if (!entries.includes('plan.json')) {
    throw new RollgateError(
      `--out ${out} is not empty and holds no earlier plan; give a new or empty directory, so no other files are mixed in or removed.`,
    );
  }
}
