// rollback.json and its job scripts: the forward stages reversed, each changed member taken back to its base pin,
// or the pack's statement of why there is no way back.
import type { Member } from '../manifest/fleet.js';
import { clusterOf, type PlanContext } from './context.js';
import {
  arrayItem,
  ChunkedFile,
  type JsonField,
  jsonFileChunks,
  jsonObjectPieces,
  wholeFile,
} from './json-text.js';
import { splitParts } from './parts.js';
import { proxyPins } from './pins.js';
import { renderJobScript, shellWord, type Transport } from './shell.js';
import { clusterSteps, memberSteps } from './steps.js';
import type { KeptFile, PlanChunk, PlannedMember, Stage } from './types.js';

/**
 * rollback.json and a script per rollback stage: the stages reversed, each changed member to its base pin, or the
 * pack's statement. Each rollback stage is made, written and let go in turn.
 */
export function* rollbackChunks(
  context: PlanContext,
  stages: Stage[],
  planId: string,
  transport: Transport,
): Generator<PlanChunk> {
  const heading: JsonField[] = [
    { key: 'apiVersion', value: 'rollgate/v1' },
    { key: 'kind', value: 'RollbackPlan' },
    { key: 'plan', value: planId },
  ];
  const support = context.pack.rollout?.rollback;
  if (support && !support.supported) {
    yield* jsonFileChunks('rollback.json', [
      ...heading,
      { key: 'supported', value: false },
      { key: 'statement', value: support.statement },
      ...keptField(stages),
    ]);
    return;
  }
  const reversed = [...stages].reverse();
  const kept = reversed.filter((stage) => stage.members.some((member) => member.from));
  const width = Math.max(2, String(kept.length).length);
  const lastOfCluster = new Map(kept.map((stage) => [stage.cluster, stage]));
  const notes: string[] = [];
  const overrides: Record<string, string[]> = {};
  const scripts: PlanChunk[] = [];
  function* items(): Generator<string> {
    let index = 0;
    for (const stage of reversed) {
      const rollback = rollbackStage(context, stage, notes);
      if (!rollback) continue;
      index++;
      const cluster = clusterOf(context, stage);
      const after =
        lastOfCluster.get(stage.cluster) === stage
          ? clusterSteps(
              context,
              cluster,
              context.pack.rollout?.finally,
              rollback.members,
              context.baseClusters.get(cluster.name)?.cluster,
            )
          : [];
      const { before, members, parts, ...fields } = rollback;
      // Key order is the output's, as for the forward stages.
      const done: Stage = {
        id: `rollback-${String(index).padStart(width, '0')}-${stage.cluster}-${stage.component}`,
        ...fields,
        before,
        members,
        after,
        parts,
      };
      for (const step of done.before) {
        if (step.on !== 'proxy' || step.host === null) continue;
        const line = step.run.map(shellWord).join(' ');
        const lines = overrides[step.host];
        // Two clusters behind one proxy going back to the same pin need the override once.
        if (!lines) overrides[step.host] = [line];
        else if (!lines.includes(line)) lines.push(line);
      }
      scripts.push(wholeFile(`jobs/${done.id}.sh`, renderJobScript(done, planId, transport), true));
      yield arrayItem(done);
    }
  }
  // Each stage's script is written right after the stage, so no stage waits in memory for the others.
  yield* interleaved(
    new ChunkedFile('rollback.json'),
    jsonObjectPieces([
      ...heading,
      { key: 'supported', value: true },
      { key: 'stages', items: items(), kind: 'array' },
      { key: 'overrides', later: () => overrides },
      { key: 'notes', later: () => notes },
    ]),
    scripts,
  );
}

/** One stage taken back: its members with a base pin, from their new pin to it, in the stage's order; none without any. */
function rollbackStage(
  context: PlanContext,
  stage: Stage,
  notes: string[],
): Omit<Stage, 'id' | 'after'> | undefined {
  const cluster = clusterOf(context, stage);
  const byName = new Map(cluster.members.map((m) => [m.name, m]));
  const members: PlannedMember[] = [];
  for (const planned of stage.members) {
    if (!planned.from) {
      notes.push(
        `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`,
      );
      continue;
    }
    const member = byName.get(planned.name) as Member;
    members.push({
      name: planned.name,
      role: planned.role,
      workload: planned.workload,
      from: planned.to,
      to: planned.from,
      steps: memberSteps(
        context,
        cluster,
        member,
        stage.component,
        planned.from,
        'rollback',
        members.length === 0,
        planned.to,
      ),
    });
  }
  if (members.length === 0) return undefined;
  const parts = splitParts(members, stage.strategy, stage.pauseAfterMember);
  return {
    wave: stage.wave,
    cluster: stage.cluster,
    component: stage.component,
    from: stage.to,
    to: stage.from ?? '',
    strategy: stage.strategy,
    proxy: stage.proxy,
    runner: stage.runner,
    gate: parts.some((part) => part.approval) ? 'approval' : 'none',
    pauseAfterMember: stage.pauseAfterMember,
    health: stage.health,
    before: proxyPins(context, cluster, stage.component, members),
    members,
    parts,
  };
}

/**
 * A file made of pieces, whose making queues other files' chunks on the side (a stage's script, a wave's direct
 * pins): each queued chunk is handed on right after the piece that queued it.
 */
function* interleaved(file: ChunkedFile, pieces: Iterable<string>, queue: PlanChunk[]): Generator<PlanChunk> {
  for (const piece of pieces) {
    const chunk = file.add(piece);
    if (chunk) yield chunk;
    yield* queue.splice(0);
  }
  file.add('\n');
  yield file.end();
  yield* queue.splice(0);
}

/** The files the plan's steps leave and never overwrite (`creates`), once each: what a person restores from. */
function keptField(stages: Stage[]): JsonField[] {
  const kept: KeptFile[] = [];
  const seen = new Set<string>();
  for (const stage of stages) {
    const steps = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
    for (const step of steps) {
      if (step.creates === undefined) continue;
      const key = `${step.host ?? ''}\u0000${step.creates}`;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push({ cluster: stage.cluster, host: step.host, step: step.name, path: step.creates });
    }
  }
  return kept.length > 0 ? [{ key: 'kept', value: kept }] : [];
}
