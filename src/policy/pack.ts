import { type SchemaCode, schemaFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import { positionOf } from '../manifest/positions.js';
import type { PathSegment, SourceFile } from '../manifest/source.js';
import { parseYamlFile } from '../manifest/yaml.js';
import type { MessageData } from '../messages.js';
import { validateSchema } from '../schema/validate.js';
import { createScheme, sameScheme, type VersionScheme } from './schemes/index.js';
import type { ComponentPolicy, LoadedPack, Pack, StepSpec } from './types.js';

/** The placeholders a rollout step may use; each is filled with a validated value and quoted. */
export const STEP_PLACEHOLDERS = [
  'component',
  'member',
  'cluster',
  'channel',
  'track',
  'revision',
  'version',
  'proxy',
  'attempts',
  'from',
] as const;

/**
 * A placeholder in a step's argument: a name of lowercase letters in braces. Any other brace is the argument's own
 * text, as in a JSONPath (`--for=jsonpath={.status.phase}=Ready`).
 */
export const PLACEHOLDER = /\{([a-z][a-z-]*)\}/g;

/** A pack ready to judge with: its data, its schemes, and where it came from. */
export interface Policy extends LoadedPack {
  schemes: Map<string, VersionScheme>;
}

// Packs the build read and validated (the built-in ones, scripts/build.mjs), by their text, with their value as
// JSON: loading one takes its value instead of parsing and validating the YAML again at every start.
const validatedAtBuild = new Map<string, string>();

/** Remembers a pack read and validated at build time: its text, and its value as precompilePack wrote it. */
export function rememberPrecompiledPack(text: string, json: string): void {
  validatedAtBuild.set(text, json);
}

/** A valid pack's value as JSON, for the build to embed; throws with the first finding when the pack has one. */
export function precompilePack(text: string, file: string): string {
  const { policy, findings } = loadPack(text, file);
  const first = findings[0];
  if (!policy || first)
    throw new Error(`${file}:${first?.line}:${first?.column}: ${first?.message ?? 'not a pack'}`);
  return JSON.stringify(policy.pack);
}

/** Reads and validates a pack; the problems are `schema` findings on the pack's own lines. */
export function loadPack(text: string, file: string): { policy?: Policy; findings: Finding[] } {
  const precompiled = validatedAtBuild.get(text);
  if (precompiled !== undefined)
    return { policy: policyOf(JSON.parse(precompiled), file, text), findings: [] };
  const { source, findings } = parseYamlFile(text, file);
  if (!source) return { findings };
  const schemaFindings = validateSchema('policy', source);
  if (schemaFindings.length > 0) return { findings: schemaFindings };
  const pack = source.value as Pack;
  const problems = checkPack(pack, source);
  if (problems.length > 0) return { findings: problems };
  return { policy: policyOf(pack, file, text), findings: [] };
}

function policyOf(pack: Pack, file: string, text: string): Policy {
  const schemes = new Map<string, VersionScheme>();
  for (const [name, component] of Object.entries(pack.components))
    schemes.set(name, createScheme(component.versioning));
  return { pack, file, text, schemes };
}

/** How the pack's checks report: a `schema` finding of a code at a path. */
type Report = (path: PathSegment[], code: SchemaCode, data: MessageData) => void;

/** What a schema cannot say about a pack: order, references, cycles, versions the scheme can read. */
function checkPack(pack: Pack, source: SourceFile): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (path, code, data) => {
    const { line, column } = positionOf(source, path);
    findings.push(schemaFinding(code, { file: source.file, line, column }, data));
  };
  const params = Object.keys(pack.params ?? {});
  for (const name of params)
    if ((STEP_PLACEHOLDERS as readonly string[]).includes(name))
      report(['params', name], 'PARAM_NAME_TAKEN', { param: name, placeholder: `{${name}}` });
  const names = Object.keys(pack.components);
  for (const name of names) {
    if (!pack.order.includes(name)) report(['order'], 'ORDER_MISSING', { component: name });
  }
  pack.order.forEach((name, i) => {
    if (!Object.hasOwn(pack.components, name)) report(['order', i], 'ORDER_UNKNOWN', { component: name });
  });
  const cycle = findRequiresCycle(pack);
  if (cycle)
    report(['components', cycle[0] as string, 'requires'], 'REQUIRES_CYCLE', { cycle: cycle.join(' -> ') });
  for (const [name, component] of Object.entries(pack.components)) {
    const base: PathSegment[] = ['components', name];
    const scheme = createScheme(component.versioning);
    const checkVersion = (path: PathSegment[], version: string, ranges: boolean) => {
      if (scheme.isValid(version)) return;
      if (ranges && scheme.isRange(version)) return;
      report(path, 'UNKNOWN_VERSION', { version, scheme: component.versioning.scheme, component: name });
    };
    (component.versioning.versions ?? []).forEach((v, i) => {
      checkVersion([...base, 'versioning', 'versions', i], v, false);
    });
    (component.jump?.limits ?? []).forEach((limit, i) => {
      if (limit.from !== undefined) checkVersion([...base, 'jump', 'limits', i, 'from'], limit.from, true);
      if (limit.to !== undefined) checkVersion([...base, 'jump', 'limits', i, 'to'], limit.to, true);
    });
    (component.eol ?? []).forEach((e, i) => {
      checkVersion([...base, 'eol', i, 'version'], e.version, true);
    });
    (component.blocked ?? []).forEach((b, i) => {
      if (b.version !== undefined) checkVersion([...base, 'blocked', i, 'version'], b.version, true);
    });
    (component.requires ?? []).forEach((requirement, i) => {
      checkVersion([...base, 'requires', i, 'version'], requirement.version, true);
      for (const [other, versions] of Object.entries(requirement.needs)) {
        const path = [...base, 'requires', i, 'needs', other];
        if (!checkNeeded(pack, other, versions, path, `\`${name}\` requires`, report)) continue;
        if (pack.order.indexOf(other) > pack.order.indexOf(name)) {
          report(path, 'REQUIRES_LATER_IN_ORDER', { component: name, other });
        }
      }
    });
    (component.skew ?? []).forEach((skew, i) => {
      const other = pack.components[skew.of];
      if (!other || !Object.hasOwn(pack.components, skew.of)) {
        report([...base, 'skew', i, 'of'], 'SKEW_UNKNOWN_COMPONENT', { component: name, other: skew.of });
      } else if (!sameScheme(other.versioning, component.versioning)) {
        report([...base, 'skew', i, 'of'], 'SKEW_SCHEMES_DIFFER', { component: name, other: skew.of });
      }
    });
    checkSteps(component, base, report, params);
  }
  for (const key of ['first', 'finally'] as const) {
    (pack.rollout?.[key] ?? []).forEach((step, i) => {
      checkStep(step, ['rollout', key, i], report, params);
      if (step.on === 'control' || step.each)
        report(['rollout', key, i, 'on'], 'STEP_NOT_ON_CONTROL', { step: step.name });
      for (const [other, versions] of Object.entries(step.needs ?? {})) {
        const path = ['rollout', key, i, 'needs', other];
        checkNeeded(pack, other, versions, path, `Step \`${step.name}\` needs`, report);
      }
    });
  }
  return findings;
}

/** A component another part of the pack names with versions: one of the pack's, with versions its scheme reads. */
function checkNeeded(
  pack: Pack,
  component: string,
  versions: string[],
  path: PathSegment[],
  who: string,
  report: Report,
): boolean {
  const policy = Object.hasOwn(pack.components, component) ? pack.components[component] : undefined;
  if (!policy) {
    report(path, 'UNKNOWN_REFERENCE', { who, component });
    return false;
  }
  const scheme = createScheme(policy.versioning);
  versions.forEach((v, j) => {
    if (!scheme.isValid(v) && !scheme.isRange(v)) {
      report([...path, j], 'UNKNOWN_VERSION', { version: v, scheme: policy.versioning.scheme, component });
    }
  });
  return true;
}

function checkSteps(component: ComponentPolicy, base: PathSegment[], report: Report, params: string[]) {
  const rollout = component.rollout;
  if (!rollout) return;
  for (const key of ['before', 'member', 'after', 'rollback'] as const) {
    (rollout[key] ?? []).forEach((step, i) => {
      checkStep(step, [...base, 'rollout', key, i], report, params);
      if ((step.on === 'control' || step.each) && (key === 'member' || key === 'rollback'))
        report([...base, 'rollout', key, i, 'on'], 'STEP_NOT_ON_CONTROL', { step: step.name });
    });
  }
}

function checkStep(step: StepSpec, path: PathSegment[], report: Report, params: string[]) {
  const args: Array<[string, PathSegment[]]> = step.run.map((arg, i) => [arg, ['run', i]]);
  (step.unless ?? []).forEach((arg, i) => {
    args.push([arg, ['unless', i]]);
  });
  if (step.creates !== undefined) args.push([step.creates, ['creates']]);
  (step.onlyIf ?? []).forEach((arg, i) => {
    args.push([arg, ['onlyIf', i]]);
  });
  (step.expect ?? []).forEach((expectation, i) => {
    const tests = (['is', 'has', 'lacks', 'like'] as const).filter((key) => expectation[key] !== undefined);
    if (tests.length !== 1)
      report([...path, 'expect', i], 'EXPECT_ONE_TEST', { step: step.name, count: String(tests.length) });
    for (const key of ['match', 'like'] as const) {
      const expression = expectation[key];
      if (expression === undefined) continue;
      try {
        // Placeholders are filled with escaped values: any stands for one character here.
        new RegExp(expression.replaceAll(PLACEHOLDER, 'x'));
      } catch {
        report([...path, 'expect', i, key], 'EXPECT_NOT_REGEX', { step: step.name });
      }
    }
    for (const key of ['what', 'match', 'is', 'has', 'lacks', 'like'] as const) {
      const text = expectation[key];
      if (text !== undefined) args.push([text, ['expect', i, key]]);
    }
  });
  if (step.unless && step.creates !== undefined)
    report([...path, 'unless'], 'UNLESS_AND_CREATES', { step: step.name });
  const known = [...STEP_PLACEHOLDERS, ...params];
  for (const [arg, where] of args) {
    for (const match of arg.matchAll(PLACEHOLDER)) {
      if (!known.includes(match[1] as string)) {
        report([...path, ...where], 'UNKNOWN_PLACEHOLDER', {
          step: step.name,
          placeholder: `{${match[1]}}`,
          known: known.map((p) => `{${p}}`).join(', '),
        });
      }
    }
  }
}

/** A cycle in the components' requires, as the names along it, or null. */
export function findRequiresCycle(pack: Pack): string[] | null {
  const edges = new Map<string, string[]>();
  for (const [name, component] of Object.entries(pack.components)) {
    edges.set(name, [...new Set((component.requires ?? []).flatMap((r) => Object.keys(r.needs)))]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | null => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'open') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'open');
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    return null;
  };
  for (const name of edges.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return null;
}
