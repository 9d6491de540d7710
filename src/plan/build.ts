// The planner's entry points: a checked change in, the plan's files out, streamed (streamPlan) or whole (buildPlan).
// The parts, in the order a plan is made: context.ts (the fleets and pack, read once), stages.ts (the walk that
// drafts stages in wave and pack order), steps.ts and values.ts (member steps, filled with checked values), parts.ts
// (approval gates), pins.ts (pins.json and the overrides), rollback.ts, writer.ts (every file as chunks).
import type { CheckResult } from '../check/index.js';
import { RollgateError } from '../findings.js';
import { ownStringsIn } from '../manifest/copy.js';
import type { Fleet, LoadedManifest } from '../manifest/fleet.js';
import { observedIndex } from '../observe/resume.js';
import type { Observed } from '../observe/types.js';
import type { Policy } from '../policy/pack.js';
import { jsonFile } from './canonical.js';
import { planContext } from './context.js';
import { PREVIEW_TRANSPORT, parseTransport, type Transport } from './shell.js';
import type { PinsFile, Plan, PlanBundle, PlanChunk, RollbackPlan } from './types.js';
import { planChunks } from './writer.js';

export { splitParts } from './parts.js';

/** A manifest as the planner reads it: its file, its fleet, and whether it had findings; not its text or positions. */
export type PlannedManifest = Pick<LoadedManifest, 'file' | 'fleet' | 'findings'>;

/** What the planner reads of a check: the two fleets and the pack that judged them. */
export interface CheckedChange {
  head: PlannedManifest;
  base?: PlannedManifest;
  policy?: Policy;
}

/**
 * The part of a check the planner reads, without the manifests' texts, parsed values and position caches (at
 * 100,000 members as much memory again as the fleets): a caller that holds this rather than the CheckResult lets
 * them go before the plan is made. Each fleet is a new object with the same clusters, so what the check keeps by
 * fleet (its states, its clusters by name, in WeakMaps) goes too.
 */
export function checkedChange(result: CheckResult): CheckedChange {
  const manifest = ({ file, fleet, findings }: LoadedManifest): PlannedManifest => {
    if (!fleet) return { file, findings };
    // A fleet's names and channels are cut out of the manifest's text: made own, the text can go with the rest.
    ownStringsIn(fleet);
    return { file, fleet: { ...fleet }, findings };
  };
  return {
    head: manifest(result.head),
    ...(result.base ? { base: manifest(result.base) } : {}),
    ...(result.policy ? { policy: result.policy } : {}),
  };
}

/** What a plan is made from. */
export interface BuildPlanInput {
  /** A check of the merged manifest against the last state rolled out completely (its base), or the part of it the planner reads. */
  result: CheckedChange;
  /** How member commands are run, for example `ssh {member}`; default: on the runner itself. From the CLI or action input only. */
  transport?: string;
  /**
   * The heads of rollouts that started but never finished. Their members may run any state between the base and
   * that head, so every member whose pin differs from one of them is planned too, rather than assumed done.
   */
  unfinished?: Fleet[];
  /**
   * What the members were observed to run (rollgate observe). Members that already run their target and are in
   * service are skipped (plan.json's `skipped` says which and why); members a failed stage left evacuated are restored
   * first. Absent: the plan is as without it.
   */
  observed?: Observed;
}

/**
 * Plans a checked change as the chunks of every file `rollgate plan` writes, made one by one as they are asked for,
 * so a fleet of any size is written without its files, or the objects behind them, held all at once. pins.json
 * comes first, made in the one walk over the clusters that also finds the stages; the generator returns the plan.
 * A change the planner cannot make is refused in words (RollgateError), here or part-way.
 */
export function streamPlan(input: BuildPlanInput): Generator<PlanChunk, Plan> {
  return planStream(input, parseTransport(input.transport));
}

function planStream(input: BuildPlanInput, transport: Transport): Generator<PlanChunk, Plan> {
  const { result } = input;
  const head = result.head.fleet;
  if (!head || result.head.findings.length > 0) {
    throw new RollgateError(
      `The head manifest ${result.head.file} could not be read, so there is nothing to plan; rollgate check shows why.`,
    );
  }
  if (!result.policy)
    throw new RollgateError(
      `No policy pack judged ${result.head.file}, so rollgate cannot tell how to roll it out.`,
    );
  if (result.base && (!result.base.fleet || result.base.findings.length > 0)) {
    throw new RollgateError(
      `The base manifest ${result.base.file} could not be read; a plan from an unknown base could start from the wrong versions.`,
    );
  }
  const context = planContext(
    head,
    result.base?.fleet,
    input.unfinished ?? [],
    result.policy,
    transport,
    observedIndex(input.observed),
  );
  return planChunks(context, transport, head.waves ?? null);
}

/**
 * The plan alone, for a preview: the files are made and let go, never held. Nothing of it runs, so where its
 * commands would run is not judged: a preview of a fleet planned without a transport is still the same plan.
 */
export function planOnly(input: BuildPlanInput): Plan {
  const stream = planStream(
    input,
    input.transport === undefined ? PREVIEW_TRANSPORT : parseTransport(input.transport),
  );
  let next = stream.next();
  while (!next.done) next = stream.next();
  return next.value;
}

/** Turns a checked change into pins, proxy overrides, the staged plan, its rollback and a job script per stage, all in memory. */
export function buildPlan(input: BuildPlanInput): PlanBundle {
  const stream = streamPlan(input);
  const texts = new Map<string, string>();
  let next = stream.next();
  for (; !next.done; next = stream.next())
    texts.set(next.value.path, (texts.get(next.value.path) ?? '') + next.value.text);
  const plan = next.value;
  const overrides: Record<string, string> = {};
  const jobs: Record<string, string> = {};
  for (const [file, text] of texts) {
    if (file.startsWith('overrides/')) overrides[file.slice('overrides/'.length)] = text;
    else if (file.startsWith('jobs/')) jobs[file.slice('jobs/'.length, -'.sh'.length)] = text;
  }
  return {
    plan,
    pins: JSON.parse(texts.get('pins.json') ?? 'null') as PinsFile,
    overrides,
    rollback: JSON.parse(texts.get('rollback.json') ?? 'null') as RollbackPlan,
    jobs,
  };
}

/** The files of a plan bundle by their path under the output directory, and whether each is executable. */
export function bundleFiles(bundle: PlanBundle): Array<{ path: string; text: string; executable: boolean }> {
  const files = [
    { path: 'plan.json', text: jsonFile(bundle.plan), executable: false },
    { path: 'pins.json', text: jsonFile(bundle.pins), executable: false },
    { path: 'rollback.json', text: jsonFile(bundle.rollback), executable: false },
  ];
  for (const [name, text] of Object.entries(bundle.overrides))
    files.push({ path: `overrides/${name}`, text, executable: false });
  for (const [id, text] of Object.entries(bundle.jobs))
    files.push({ path: `jobs/${id}.sh`, text, executable: true });
  return files;
}
