export { type BuildPlanInput, buildPlan, bundleFiles, type CheckedChange, checkedChange, type PlannedManifest, planOnly, splitParts, streamPlan, } from './build.js';
export { canonicalJson, contentId } from './canonical.js';
export { approvalEnvironment, DEFAULT_RUNNER, GITHUB_MATRIX_LIMIT, type Matrix, type MatrixEntry, type MatrixPlan, matrixChunks, } from './matrix.js';
export { label as mermaidLabel, renderPlanPreview } from './preview.js';
export { renderJobScript } from './script.js';
export { LOCAL_TRANSPORT, parseTransport, shellQuote, shellWord, type Transport, transportArgv, } from './shell.js';
export type { Pin, PinsFile, Plan, PlanBundle, PlanChunk, PlannedExpectation, PlannedMember, PlannedStep, RollbackPlan, RollbackStage, Stage, StagePart, } from './types.js';
