import type { Plan } from './types.js';
/** The environment a job runs in when it waits for nobody: its deployment branch rule still applies. */
export declare const OPEN_ENVIRONMENT = "rollgate";
/** GitHub's limit on one job's time on a GitHub-hosted runner, and the default `timeout-minutes` (6 h). */
export declare const JOB_SECONDS_LIMIT: number;
/** GitHub's limit on one workflow run (35 days), approvals and queueing included. */
export declare const RUN_SECONDS_LIMIT: number;
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
export declare function clusterChunks(plan: Pick<Plan, 'stages' | 'schedule'>): ClusterChunk[];
