import path from 'node:path';
import { RollgateError } from '../findings.js';
import { readText } from '../io/files.js';
import { type ProgressRecord, parseProgress } from '../observe/progress.js';
import { rolloutStatus } from '../observe/status.js';
import { STATUS_FORMATS, STATUS_RENDERERS, type StatusFormat } from '../observe/status-render.js';
import type { Plan } from '../plan/types.js';
import { inertText } from '../report/escape.js';
import type { CliIo } from './io.js';

/** plan.json of a fleet of 10,000 members is tens of megabytes; a progress file a few. */
const MAX_PLAN_BYTES = 512 * 1024 * 1024;
const MAX_PROGRESS_BYTES = 256 * 1024 * 1024;

/**
 * `rollgate status`: where a rollout stands, from its plan folder and the progress files its jobs wrote.
 * Exit 0 printed (whatever the rollout's state); 2 could not run.
 */
export async function statusCommand(
  values: Record<string, string | string[] | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  const format = String(values.format ?? 'text');
  if (!(STATUS_FORMATS as readonly string[]).includes(format))
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${STATUS_FORMATS.join(', ')}.`);
  if (!values.plan)
    throw new RollgateError(
      '--plan is required: the folder rollgate plan wrote, for example --plan rollgate-plan.',
    );
  const dir = String(values.plan);
  const planFile = path.join(dir, 'plan.json');
  const planText = await readText(path.resolve(io.cwd, planFile));
  if (planText === undefined)
    throw new RollgateError(
      `${inertText(planFile)} does not exist; give --plan the folder rollgate plan wrote.`,
    );
  if (planText.length > MAX_PLAN_BYTES)
    throw new RollgateError(`${inertText(planFile)} is larger than rollgate reads.`);
  const plan = readPlan(planText, inertText(planFile));
  const records: ProgressRecord[] = [];
  let unreadable = 0;
  for (const file of (values.progress as string[] | undefined) ?? []) {
    const text = await readText(path.resolve(io.cwd, file));
    // A job that never started wrote no file: nothing to read, not an error.
    if (text === undefined) continue;
    if (text.length > MAX_PROGRESS_BYTES)
      throw new RollgateError(`${inertText(file)} is larger than rollgate reads.`);
    const read = parseProgress(text);
    records.push(...read.records);
    unreadable += read.unreadable;
  }
  io.stdout(STATUS_RENDERERS[format as StatusFormat](rolloutStatus(plan, records, unreadable)));
  return 0;
}

/** What status needs of plan.json, checked: anything else is one sentence, never a crash. */
function readPlan(text: string, file: string): Pick<Plan, 'id' | 'stages'> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RollgateError(`${file} is not JSON; give --plan the folder rollgate plan wrote.`);
  }
  const bad = () => new RollgateError(`${file} is not a plan rollgate wrote (kind RolloutPlan with stages).`);
  const plan = value as Partial<Plan> | null;
  if (!plan || typeof plan !== 'object' || plan.kind !== 'RolloutPlan' || typeof plan.id !== 'string')
    throw bad();
  if (!Array.isArray(plan.stages)) throw bad();
  for (const stage of plan.stages) {
    const ok =
      stage &&
      typeof stage.id === 'string' &&
      typeof stage.cluster === 'string' &&
      typeof stage.component === 'string' &&
      Array.isArray(stage.members) &&
      stage.members.every(
        (m) =>
          m &&
          typeof m.name === 'string' &&
          Array.isArray(m.steps) &&
          m.steps.every((s) => s && typeof s.name === 'string'),
      ) &&
      Array.isArray(stage.parts) &&
      stage.parts.every((p) => p && Number.isInteger(p.part) && typeof p.approval === 'boolean');
    if (!ok) throw bad();
  }
  return plan as Pick<Plan, 'id' | 'stages'>;
}
