// The library: what `import('rollgate')` gives. The check, the report renderers, the planner, and the pack
// resolver a caller needs to feed the check; all pure but the resolver's reads, which go through the caller's reader.
export {
  type CheckInput,
  type CheckResult,
  check,
  type PackResolver,
  type TextFile,
} from './check/index.js';
export {
  type Finding,
  RollgateError,
  RULE_IDS,
  type RuleId,
  type Severity,
} from './findings.js';
export { builtinPacks, packResolver, type ReadText } from './io/packs.js';
export type { Fleet, LoadedManifest } from './manifest/fleet.js';
export {
  type BuildPlanInput,
  buildPlan,
  bundleFiles,
  type Matrix,
  type MatrixEntry,
  type MatrixPlan,
  matrixChunks,
  type PinsFile,
  type Plan,
  type PlanBundle,
  type PlanChunk,
  planOnly,
  type RollbackPlan,
  renderPlanPreview,
  type Stage,
  streamPlan,
} from './plan/index.js';
export { FORMATS, type Format, RENDERERS } from './report/index.js';
export { renderJson, toJsonReport } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export { renderSarif } from './report/sarif.js';
export { renderText } from './report/text.js';
export type { Renderer, RenderOptions } from './report/types.js';
export type { Change } from './rules/types.js';
