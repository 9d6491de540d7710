// The chunked writer: every file of a plan as chunks, in the order that lets each be made once and let go, with
// the plan id hashed as the text goes by.
import { createHash } from 'node:crypto';
import { jsonFile } from './canonical.js';
import type { PlanContext } from './context.js';
import { linkStages } from './graph.js';
import { arrayItem, ChunkedFile, jsonObjectPieces, wholeFile } from './json-text.js';
import { clusterChunks } from './lanes.js';
import { matrixChunks } from './matrix.js';
import { proxyFiles } from './pins.js';
import { renderPlanPreview } from './preview.js';
import { rollbackChunks } from './rollback.js';
import { renderJobScript } from './script.js';
import type { Transport } from './shell.js';
import { applyRestoreFirst, finishStages, startWalk, walk } from './stages.js';
import type { Plan, PlanChunk } from './types.js';

/**
 * The chunks of every file `rollgate plan` writes: pins.json first, made in the one walk over the clusters that
 * also finds the stages; then plan.json, the overrides, the job scripts, rollback.json, matrix.json and preview.md.
 * Returns the plan.
 */
export function* planChunks(
  context: PlanContext,
  transport: Transport,
  waves: string[] | null,
): Generator<PlanChunk, Plan> {
  const policy = context.pack.name;
  // The id hashes pins.json's clusters as the walk writes them, then plan.json as it reads without its id, as it is
  // written: no text is made twice or held back to hash at the end. So the id comes last in both files.
  const hash = createHash('sha256');
  const walked = startWalk(context);
  function* hashed(entries: Iterable<string>): Generator<string> {
    let first = true;
    for (const entry of entries) {
      // As the entries read in the file: a comma before each but the first.
      hash.update(first ? entry : `,${entry}`);
      first = false;
      yield entry;
    }
  }
  const pins = new ChunkedFile('pins.json');
  for (const piece of jsonObjectPieces(
    [
      { key: 'apiVersion', value: 'rollgate/v1' },
      { key: 'kind', value: 'Pins' },
      { key: 'clusters', items: hashed(walk(context, walked)), kind: 'object' },
    ],
    { open: true },
  )) {
    const chunk = pins.add(piece);
    if (chunk) yield chunk;
    yield* walked.queue.splice(0);
  }
  applyRestoreFirst(walked);
  const stages = finishStages(context, walked.drafts);
  const schedule = linkStages(stages, context);
  const planFile = new ChunkedFile('plan.json');
  function* stageItems(): Generator<string> {
    for (const stage of stages) yield arrayItem(stage);
  }
  for (const piece of jsonObjectPieces(
    [
      { key: 'apiVersion', value: 'rollgate/v1' },
      { key: 'kind', value: 'RolloutPlan' },
      { key: 'policy', value: policy },
      { key: 'waves', value: waves },
      { key: 'schedule', value: schedule },
      { key: 'stages', items: stageItems(), kind: 'array' },
      { key: 'notes', value: walked.notes },
      // Only with --observed: without it plan.json is as it always was.
      ...(context.observed ? [{ key: 'skipped', value: walked.skipped }] : []),
    ],
    { open: true },
  )) {
    hash.update(piece);
    const chunk = planFile.add(piece);
    if (chunk) yield chunk;
  }
  const id = `sha256:${hash.update('\n}').digest('hex')}`;
  for (const [file, key] of [
    [planFile, 'id'],
    [pins, 'plan'],
  ] as const) {
    for (const piece of jsonObjectPieces([{ key, value: id }], { opened: true })) file.add(piece);
    file.add('\n');
    yield file.end();
  }
  for (const file of walked.direct.values()) {
    file.add(`\n# rollgate plan ${id}\n`);
    yield file.end();
  }
  // Key order as plan.json has it, so the plan writes the same bytes whole (bundleFiles) as streamed.
  const plan: Plan = {
    apiVersion: 'rollgate/v1',
    kind: 'RolloutPlan',
    policy,
    waves,
    schedule,
    stages,
    notes: walked.notes,
    ...(context.observed ? { skipped: walked.skipped } : {}),
    id,
  };
  for (const [name, text] of proxyFiles(walked, id)) yield wholeFile(`overrides/${name}`, text);
  for (const stage of stages)
    yield wholeFile(`jobs/${stage.id}.sh`, renderJobScript(stage, id, transport), true);
  yield* rollbackChunks(context, stages, id, transport);
  // `chunks` (a job per stage part, one after another) is the action's `matrix` output; rollout.yml runs
  // `clusterChunks` (a job per cluster, a wave's clusters side by side, lanes.ts).
  yield wholeFile('matrix.json', jsonFile({ ...matrixChunks(plan), clusterChunks: clusterChunks(plan) }));
  yield wholeFile('preview.md', renderPlanPreview(plan));
  return plan;
}
