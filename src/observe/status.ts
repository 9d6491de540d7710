// Where a rollout stands, from its plan and the progress records its job scripts wrote: pure, for `rollgate status`.
import type { Plan } from '../plan/types.js';
import type { ProgressRecord } from './progress.js';

export type StageState = 'done' | 'failed' | 'waiting' | 'not-approved' | 'running' | 'pending';
export type MemberState = 'done' | 'failed' | 'started' | 'pending';

export interface MemberStatus {
  name: string;
  state: MemberState;
  /** The last step recorded for it (the failed one, when it failed). */
  step?: string;
}

export interface StageStatus {
  id: string;
  cluster: string;
  component: string;
  state: StageState;
  /** Parts done, of `parts`. */
  partsDone: number;
  parts: number;
  members: MemberStatus[];
  /** Where it failed. */
  failed?: { member: string; step: string; time: string };
  /** The part that waits for approval, and why. */
  waiting?: { part: number; reason: string };
}

/** Where a rollout stands: a public JSON contract (`rollgate status --format json`). */
export interface RolloutStatus {
  plan: string;
  /** `done`: every stage; `failed`: a stage failed; `waiting`: the next part waits for approval; else under way or not started. */
  state: 'done' | 'failed' | 'waiting' | 'running' | 'not-started';
  done: number;
  stages: StageStatus[];
  /** The stages not done yet, in plan order. */
  remaining: string[];
  /** Records for stages the plan does not have (another plan's), and lines that were no record: left out. */
  ignored: number;
}

/** Orders records by time; records of the same second keep the order they were read in (a file's own order). */
function inOrder(records: readonly ProgressRecord[]): ProgressRecord[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) =>
      a.record.time < b.record.time ? -1 : a.record.time > b.record.time ? 1 : a.index - b.index,
    )
    .map(({ record }) => record);
}

/** Where the rollout a plan describes stands, given the progress records of its jobs. */
export function rolloutStatus(
  plan: Pick<Plan, 'id' | 'stages'>,
  records: readonly ProgressRecord[],
  unreadable = 0,
): RolloutStatus {
  const byStage = new Map<string, ProgressRecord[]>(plan.stages.map((stage) => [stage.id, []]));
  let ignored = unreadable;
  for (const record of inOrder(records)) {
    const list = byStage.get(record.stage);
    if (list) list.push(record);
    else ignored++;
  }
  const stages = plan.stages.map((stage): StageStatus => {
    const own = byStage.get(stage.id) ?? [];
    const partsDone = new Set<number>();
    for (const record of own) {
      if (record.result !== 'done') continue;
      if (record.part === 'all') for (const part of stage.parts) partsDone.add(part.part);
      else partsDone.add(Number(record.part));
    }
    const done = stage.parts.every((part) => partsDone.has(part.part));
    const last = own[own.length - 1];
    let state: StageState = 'pending';
    if (done) state = 'done';
    else if (last?.result === 'failed') state = 'failed';
    else if (last?.result === 'waiting') state = 'waiting';
    else if (last?.result === 'refused') state = 'not-approved';
    else if (own.length > 0) state = 'running';
    // By member, once: no search of the stage's records per member.
    const byMember = new Map<string, ProgressRecord[]>();
    for (const record of own) {
      const list = byMember.get(record.member);
      if (list) list.push(record);
      else byMember.set(record.member, [record]);
    }
    const members = stage.members.map((member): MemberStatus => {
      const mine = byMember.get(member.name) ?? [];
      const lastStep = member.steps[member.steps.length - 1]?.name;
      const latest = mine[mine.length - 1];
      const finished =
        done ||
        mine.some(
          (record) => record.step === lastStep && (record.result === 'ok' || record.result === 'passed-over'),
        );
      if (finished) return { name: member.name, state: 'done' };
      if (!latest) return { name: member.name, state: 'pending' };
      if (state === 'failed' && latest === last)
        return { name: member.name, state: 'failed', step: latest.step };
      return {
        name: member.name,
        state: latest.result === 'failed' ? 'failed' : 'started',
        step: latest.step,
      };
    });
    const status: StageStatus = {
      id: stage.id,
      cluster: stage.cluster,
      component: stage.component,
      state,
      partsDone: partsDone.size,
      parts: stage.parts.length,
      members,
    };
    if (state === 'failed' && last) status.failed = { member: last.member, step: last.step, time: last.time };
    // The part that waits: the one its script stopped at, or the next part not done when it waits for approval (a job
    // whose environment waits for a reviewer has not started, so it wrote nothing).
    const next = stage.parts.find((part) => !partsDone.has(part.part));
    if (next?.approval && state !== 'failed') {
      status.waiting = { part: next.part, reason: next.reason ?? 'approval' };
      // The part before it finished: the stage now waits for a reviewer.
      if (state === 'running' && last?.result === 'done') status.state = 'waiting';
    }
    return status;
  });
  const firstOpen = stages.find((stage) => stage.state !== 'done');
  const failed = stages.some((stage) => stage.state === 'failed');
  let state: RolloutStatus['state'];
  if (!firstOpen) state = 'done';
  else if (failed) state = 'failed';
  else if (firstOpen.waiting && firstOpen.state !== 'running') state = 'waiting';
  else if (stages.some((stage) => stage.state !== 'pending')) state = 'running';
  else state = 'not-started';
  return {
    plan: plan.id,
    state,
    done: stages.filter((stage) => stage.state === 'done').length,
    stages,
    remaining: stages.filter((stage) => stage.state !== 'done').map((stage) => stage.id),
    ignored,
  };
}
