// The plan as the jobs rollout.yml runs: one job per cluster (per segment of it, where an approval gate inside the
// cluster starts a new job that waits in the cluster's environment), a wave's jobs in matrices of at most 256 run
// `parallel` at a time, the matrices one after another. A cluster's stages keep their order inside its job; a wave's
// segment k of every cluster runs after segment k - 1 of all of them; waves one after another.

import { stageSeconds } from './graph.js';
import { approvalEnvironment, DEFAULT_RUNNER, GITHUB_MATRIX_LIMIT } from './matrix.js';
import type { Plan, Stage } from './types.js';

/** The environment a job runs in when it waits for nobody: its deployment branch rule still applies. */
export const OPEN_ENVIRONMENT = 'rollgate';

/** GitHub's limit on one job's time on a GitHub-hosted runner, and the default `timeout-minutes` (6 h). */
export const JOB_SECONDS_LIMIT = 6 * 3600;

/** GitHub's limit on one workflow run (35 days), approvals and queueing included. */
export const RUN_SECONDS_LIMIT = 35 * 24 * 3600;

/** One cluster job: the parts of a cluster's stages it runs in order, between two approval gates. */
export interface ClusterJob {
  /** A job name for the Actions UI. */
  name: string;
  wave: string;
  cluster: string;
  /** 1 for the cluster's first job; one more after each approval gate inside the cluster. */
  segment: number;
  /** `stage/part` items, space-separated, in order: what the job runs. */
  runs: string;
  /** The environment the job waits in: the cluster's own when its first part waits for approval, else `rollgate`. */
  environment: string;
  /** The part the environment's reviewers approve (`stage/part`), for the script's gate; empty when none. */
  approved: string;
  runsOn: string[];
  /** The job's least time by the packs' step estimates, in seconds. */
  estimate: number;
}

/** A matrix of cluster jobs of one wave, run `parallel` at a time; the wave's failure budget goes with it. */
export interface ClusterChunk {
  chunk: number;
  /** The wave's name; empty for a fleet without waves. */
  wave: string;
  parallel: number;
  maxFailures: number;
  include: ClusterJob[];
}

/**
 * The plan's cluster jobs in the order rollout.yml runs them, cut into matrices of at most 256 jobs (a whole number
 * of `parallel` rounds, so a cut costs no round). One pass over the stages, then over each wave's jobs.
 */
export function clusterChunks(plan: Pick<Plan, 'stages' | 'schedule'>): ClusterChunk[] {
  const chunks: ClusterChunk[] = [];
  const settings = new Map(plan.schedule.waves.map((wave) => [wave.wave, wave]));
  let wave: { name: string | null; segments: ClusterJob[][] } | undefined;
  const flush = () => {
    if (!wave) return;
    const own = settings.get(wave.name);
    const parallel = own?.parallel ?? 1;
    const size = Math.floor(GITHUB_MATRIX_LIMIT / parallel) * parallel;
    for (const jobs of wave.segments) {
      for (let start = 0; start < jobs.length; start += size) {
        chunks.push({
          chunk: chunks.length + 1,
          wave: wave.name ?? '',
          parallel,
          maxFailures: own?.maxFailures ?? 0,
          include: jobs.slice(start, start + size),
        });
      }
    }
  };
  let current: ClusterJob | undefined;
  let segment = 0;
  let previous: Stage | undefined;
  for (const stage of plan.stages) {
    if (!wave || wave.name !== stage.wave) {
      flush();
      wave = { name: stage.wave, segments: [] };
    }
    if (!previous || previous.cluster !== stage.cluster) {
      current = undefined;
      segment = 0;
    }
    const seconds = stage.estimate ?? stageSeconds(stage).seconds;
    stage.parts.forEach((part, index) => {
      const item = `${stage.id}/${part.part}`;
      if (!current || (part.approval && current.runs !== '')) {
        segment++;
        current = {
          name: `${stage.cluster}${segment > 1 ? ` (${segment})` : ''}`,
          wave: stage.wave ?? '',
          cluster: stage.cluster,
          segment,
          runs: '',
          environment: part.approval ? approvalEnvironment(stage) : OPEN_ENVIRONMENT,
          approved: part.approval ? item : '',
          runsOn: stage.runner ?? DEFAULT_RUNNER,
          estimate: 0,
        };
        const segments = (wave as { segments: ClusterJob[][] }).segments;
        while (segments.length < segment) segments.push([]);
        segments[segment - 1]?.push(current);
      }
      current.runs = current.runs === '' ? item : `${current.runs} ${item}`;
      // A stage's time counts once, on the job that runs its first part.
      if (index === 0) current.estimate += seconds;
    });
    previous = stage;
  }
  flush();
  return chunks;
}
