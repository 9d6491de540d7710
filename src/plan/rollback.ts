// rollback.json and its job scripts: the forward stages reversed, each changed member taken back to its base pin,
// or the pack's statement of why there is no way back.

import type { Member } from '../manifest/fleet.js';
import { comparableVersion } from '../policy/comparable.js';
import { clusterOf, componentPolicy, type PlanContext } from './context.js';
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
import { renderJobScript, renderRefusalScript } from './script.js';
import { shellWord, type Transport } from './shell.js';
import { clusterSteps, memberSteps } from './steps.js';
import type { KeptFile, Pin, PlanChunk, PlannedMember, RollbackStage, Stage } from './types.js';

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
  const packSupport = context.pack.rollout?.rollback;
  if (packSupport && !packSupport.supported) {
    yield* jsonFileChunks('rollback.json', [
      ...heading,
      { key: 'supported', value: false },
      { key: 'statement', value: packSupport.statement },
      ...keptField(stages),
    ]);
    return;
  }
  const reversed = [...stages].reverse();
  const kept = reversed.filter((stage) => stage.members.some((member) => member.from));
  const width = Math.max(2, String(kept.length).length);
  // Whether each stage may go back is known from its pins alone, so rollback.json can say it before its stages.
  const support = new Map(kept.map((stage) => [stage, supportOf(context, stage)]));
  const lastOfCluster = new Map(
    kept.filter((stage) => support.get(stage)?.supported).map((stage) => [stage.cluster, stage]),
  );
  const notes: string[] = [];
  const overrides: Record<string, string[]> = {};
  const scripts: PlanChunk[] = [];
  function* items(): Generator<string> {
    let index = 0;
    for (const stage of reversed) {
      const verdict = support.get(stage);
      const rollback = verdict && rollbackStage(context, stage, notes, verdict.supported);
      if (!verdict || !rollback) continue;
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
      // Key order is the output's, as for the forward stages, then whether and why.
      const done: RollbackStage = {
        id: `rollback-${String(index).padStart(width, '0')}-${stage.cluster}-${stage.component}`,
        ...fields,
        before,
        members,
        after,
        parts,
        supported: verdict.supported,
        reason: verdict.reason,
      };
      for (const step of done.before) {
        if (step.on !== 'proxy' || step.host === null) continue;
        const line = step.run.map(shellWord).join(' ');
        const lines = overrides[step.host];
        // Two clusters behind one proxy going back to the same pin need the override once.
        if (!lines) overrides[step.host] = [line];
        else if (!lines.includes(line)) lines.push(line);
      }
      const script = done.supported
        ? renderJobScript(done, planId, transport)
        : renderRefusalScript(done, planId);
      scripts.push(wholeFile(`jobs/${done.id}.sh`, script, true));
      yield arrayItem(done);
    }
  }
  // Each stage's script is written right after the stage, so no stage waits in memory for the others.
  yield* interleaved(
    new ChunkedFile('rollback.json'),
    jsonObjectPieces([
      ...heading,
      { key: 'supported', value: [...support.values()].every((verdict) => verdict.supported) },
      { key: 'stages', items: items(), kind: 'array' },
      { key: 'overrides', later: () => overrides },
      { key: 'notes', later: () => notes },
    ]),
    scripts,
  );
}

/**
 * Whether a stage may be taken back, and why: going back to a lower version or a lower revision of the same channel
 * (what check calls skew/downgrade) only where the pack names it as the vendor's rollback; anything else always.
 */
function supportOf(context: PlanContext, stage: Stage): { supported: boolean; reason: string } {
  const move = `${stage.component} ${stage.to} -> ${stage.from ?? '(none)'} in ${stage.cluster}`;
  const lower = stage.members.some(
    (member) => member.from && goesLower(context, stage.component, member.to, member.from),
  );
  if (!lower)
    return {
      supported: true,
      reason: `${move} is no downgrade: each member is refreshed back to its base pin.`,
    };
  const downgrade = componentPolicy(context, stage.component)?.rollout?.downgrade;
  if (downgrade?.supported)
    return {
      supported: true,
      reason: `${move} goes back down, which the vendor supports as its rollback: ${downgrade.note}`,
    };
  return {
    supported: false,
    reason: downgrade
      ? `${move} is a downgrade (skew/downgrade), which the vendor does not support: ${downgrade.statement}`
      : `${move} is a downgrade (skew/downgrade), and the ${context.pack.name} pack names no vendor-supported way back; restore from the backup taken before the upgrade.`,
  };
}

/** Whether going from `from` to `to` lowers the version, or the revision on the same channel (check's skew/downgrade). */
function goesLower(context: PlanContext, component: string, from: Pin, to: Pin): boolean {
  const scheme = context.policy.schemes.get(component);
  const a = comparableVersion(context.policy, component, from);
  const b = comparableVersion(context.policy, component, to);
  const order = scheme && a !== undefined && b !== undefined ? scheme.compare(a, b) : 0;
  if (order !== 0) return order > 0;
  return (
    from.channel !== undefined &&
    from.channel === to.channel &&
    to.revision !== undefined &&
    from.revision !== undefined &&
    to.revision < from.revision
  );
}

/**
 * One stage taken back: its members with a base pin, from their new pin to it, in the stage's order; none without
 * any. A stage the vendor gives no way back keeps its members but no commands.
 */
function rollbackStage(
  context: PlanContext,
  stage: Stage,
  notes: string[],
  supported: boolean,
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
      steps: supported
        ? memberSteps(
            context,
            cluster,
            member,
            stage.component,
            planned.from,
            'rollback',
            members.length === 0,
            planned.to,
          )
        : [],
    });
  }
  if (members.length === 0) return undefined;
  const parts = supported
    ? splitParts(members, stage.strategy, stage.pauseAfterMember)
    : [{ part: 1, members: members.map((m) => m.name), approval: false, reason: null }];
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
    before: supported ? proxyPins(context, cluster, stage.component, members) : [],
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
