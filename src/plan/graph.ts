// The plan as a graph: what each stage waits for, how deep the longest chain is, and the least time it takes.
// Clusters of one wave are independent; a cluster's stages, and waves, are not. A wave with `parallel: N` runs its
// clusters in N lanes (cluster i in lane i mod N, in plan order): a cluster starts when the one before it in its lane
// is done. The first cluster of each lane waits for every lane of the wave before, so a wave starts only once the
// one before it is done. One pass over the stages; a wave's first clusters name at most 256 lane ends each.
import { type Fleet, type WaveRollout, waveRollout } from '../manifest/fleet.js';
import type { Stage } from './types.js';
import { stepEstimate } from './values.js';

/** How the plan's waves roll out, and what its graph says of the whole: plan.json's `schedule`. */
export interface PlanSchedule {
  /** Stages on the longest chain of `needs`: how many stages deep the rollout is at least. */
  criticalPath: number;
  /** The least time the rollout takes, in seconds: the longest chain by the packs' step estimates (approvals not counted). */
  leastSeconds: number;
  /** Steps of the plan whose pack gives no estimate (counted as 0 in leastSeconds). */
  unestimatedSteps: number;
  /** Each wave that has stages, in plan order, with its settings and the clusters it moves. */
  waves: ScheduledWave[];
}

/** A wave of the plan: its rollout settings, how many clusters it moves and in how many lanes. */
export interface ScheduledWave {
  /** The wave's name; null for a fleet without waves. */
  wave: string | null;
  parallel: number;
  maxFailures: number;
  clusters: number;
  /** Lanes the wave's clusters run in: its `parallel`, or fewer when it has fewer clusters. */
  lanes: number;
}

interface Node {
  id: string;
  depth: number;
  /** When the stage ends at the earliest, in seconds from the start of the rollout. */
  end: number;
}

/**
 * Fills each stage's `needs` and `estimate` (the stages come in plan order: by wave, then cluster, each cluster's
 * stages together) and returns the schedule.
 */
export function linkStages(stages: Stage[], fleet: Pick<Fleet, 'rollout'>): PlanSchedule {
  const schedule: PlanSchedule = { criticalPath: 0, leastSeconds: 0, unestimatedSteps: 0, waves: [] };
  // The lane ends of the wave before: what the first cluster of every lane of the next wave waits for.
  let before: Node[] = [];
  let lanes: Array<Node | undefined> = [];
  let current: ScheduledWave | undefined;
  let settings: WaveRollout = waveRollout(fleet, null);
  let last: Node | undefined;
  let previous: Stage | undefined;
  const closeWave = () => {
    before = lanes.filter((node): node is Node => node !== undefined);
    lanes = [];
  };
  for (const stage of stages) {
    const newCluster = !previous || previous.cluster !== stage.cluster;
    if (newCluster && (!current || current.wave !== stage.wave)) {
      if (current) closeWave();
      settings = waveRollout(fleet, stage.wave);
      current = { wave: stage.wave, ...settings, clusters: 0, lanes: 0 };
      schedule.waves.push(current);
    }
    const wave = current as ScheduledWave;
    let waits: Node[];
    if (newCluster) {
      const lane = wave.clusters % settings.parallel;
      wave.clusters++;
      wave.lanes = Math.min(wave.clusters, settings.parallel);
      const ahead = lanes[lane];
      waits = ahead ? [ahead] : before;
      // The lane's end moves to this cluster's last stage as its stages come.
      last = undefined;
    } else {
      waits = last ? [last] : [];
    }
    const { seconds, unestimated } = stageSeconds(stage);
    schedule.unestimatedSteps += unestimated;
    let depth = 0;
    let start = 0;
    for (const node of waits) {
      if (node.depth > depth) depth = node.depth;
      if (node.end > start) start = node.end;
    }
    const node: Node = { id: stage.id, depth: depth + 1, end: start + seconds };
    stage.needs = waits.map((wait) => wait.id);
    stage.estimate = seconds;
    lanes[(wave.clusters - 1) % settings.parallel] = node;
    last = node;
    previous = stage;
    if (node.depth > schedule.criticalPath) schedule.criticalPath = node.depth;
    if (node.end > schedule.leastSeconds) schedule.leastSeconds = node.end;
  }
  return schedule;
}

/**
 * How long a stage takes by its steps' estimates: the steps before, each member's steps (one after another in a
 * serial stage; in a parallel one, the slowest member's), the steps after.
 */
export function stageSeconds(stage: Pick<Stage, 'before' | 'members' | 'after' | 'strategy'>): {
  seconds: number;
  unestimated: number;
} {
  let unestimated = 0;
  const sum = (steps: Stage['before']) => {
    let total = 0;
    for (const step of steps) {
      const seconds = stepEstimate(step);
      if (seconds === 0 && step.on !== 'proxy') unestimated++;
      total += seconds;
    }
    return total;
  };
  let members = 0;
  for (const member of stage.members) {
    const seconds = sum(member.steps);
    members = stage.strategy === 'parallel' ? Math.max(members, seconds) : members + seconds;
  }
  return { seconds: sum(stage.before) + members + sum(stage.after), unestimated };
}

/** A duration in words for the preview and the docs: `3 d 4 h`, `2 h 5 min`, `40 min`, `45 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
