import { RollgateError } from '../findings.js';
import type { Plan, Stage } from './types.js';

/** GitHub's limit on the jobs one matrix may generate. */
export const GITHUB_MATRIX_LIMIT = 256;

/** The runs-on labels of a stage whose cluster names no runner: a self-hosted runner, since a hosted one cannot reach members. */
export const DEFAULT_RUNNER = ['self-hosted'];

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
export function approvalEnvironment(stage: Pick<Stage, 'cluster'>): string {
  return `rollgate-${stage.cluster}`;
}

/** The plan's parts as GitHub matrix JSON, in plan order, split so no matrix exceeds `maxJobs` jobs; and the approval environments. */
export function matrixChunks(
  plan: Pick<Plan, 'id' | 'stages'>,
  maxJobs: number = GITHUB_MATRIX_LIMIT,
): MatrixPlan {
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > GITHUB_MATRIX_LIMIT) {
    throw new RollgateError(
      `A matrix holds 1 to ${GITHUB_MATRIX_LIMIT} jobs; ${maxJobs} is not such a number.`,
    );
  }
  const entries: MatrixEntry[] = [];
  const environments = new Set<string>();
  for (const stage of plan.stages) {
    for (const part of stage.parts) {
      const environment = part.approval ? approvalEnvironment(stage) : '';
      if (environment) environments.add(environment);
      const count = stage.parts.length;
      entries.push({
        name: count > 1 ? `${stage.id} (${part.part}/${count})` : stage.id,
        stage: stage.id,
        part: part.part,
        parts: count,
        wave: stage.wave ?? '',
        cluster: stage.cluster,
        component: stage.component,
        members: part.members.join(' '),
        environment,
        runsOn: stage.runner ?? DEFAULT_RUNNER,
      });
    }
  }
  const chunks: Matrix[] = [];
  for (let start = 0; start < entries.length; start += maxJobs)
    chunks.push({ include: entries.slice(start, start + maxJobs) });
  return { plan: plan.id, chunks, environments: [...environments].sort() };
}
