import type { Plan, Stage } from './types.js';
/** GitHub's limit on the jobs one matrix may generate. */
export declare const GITHUB_MATRIX_LIMIT = 256;
/** The runs-on labels of a stage whose cluster names no runner: a self-hosted runner, since a hosted one cannot reach members. */
export declare const DEFAULT_RUNNER: string[];
/** One job of the rollout workflow: a part of a stage. */
export interface MatrixEntry {
    /** A job name for the Actions UI. */
    name: string;
    stage: string;
    part: number;
    parts: number;
    wave: string;
    cluster: string;
    component: string;
    members: string;
    /** The approval environment the part waits in; empty when it does not wait (an empty name means no environment). */
    environment: string;
    runsOn: string[];
}
/** A matrix for `strategy.matrix`, as `fromJSON` reads it. */
export interface Matrix {
    include: MatrixEntry[];
}
/** The stages as matrix chunks, run one after another, and the environments a repository must create with reviewers. */
export interface MatrixPlan {
    plan: string;
    chunks: Matrix[];
    environments: string[];
}
/** The environment whose required reviewers approve a cluster's gated parts. */
export declare function approvalEnvironment(stage: Pick<Stage, 'cluster'>): string;
/** The plan's parts as GitHub matrix JSON, in plan order, split so no matrix exceeds `maxJobs` jobs; and the approval environments. */
export declare function matrixChunks(plan: Pick<Plan, 'id' | 'stages'>, maxJobs?: number): MatrixPlan;
