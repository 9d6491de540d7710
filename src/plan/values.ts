// The values a step's placeholders are filled with, each checked against the shape the manifest schema allows,
// and the steps filled from them: the one place where manifest text becomes a command's argument.
import { RollgateError } from '../findings.js';
import { type Cluster, type ComponentState, describeState, type Member } from '../manifest/fleet.js';
import { PLACEHOLDER, type STEP_PLACEHOLDERS } from '../policy/pack.js';
import type { Expectation, StepCondition, StepSpec } from '../policy/types.js';
import type { Pin, PlannedExpectation, PlannedStep } from './types.js';

/** A placeholder a step may name. */
export type Placeholder = (typeof STEP_PLACEHOLDERS)[number];

/** The values a step is filled with, by placeholder or pack parameter. */
export type Values = Partial<Record<string, string>>;

// The manifest schema already holds every value to these shapes; the planner checks again because its output is
// run as root on the fleet, and a caller may hand it a fleet that never went through the schema.
const VALID: Record<Placeholder, RegExp> = {
  component: /^[a-z0-9][a-z0-9._-]{0,62}$/,
  member: /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/,
  cluster: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  channel:
    /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/,
  track: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/,
  revision: /^[1-9][0-9]{0,9}$/,
  version: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
  proxy: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  attempts: /^[1-9][0-9]?$/,
  from: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
};

// A pack parameter's value, as the manifest schema's `params` allows it.
const PARAM = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

/** The live-migration attempts MOSK makes before giving a node up, when the member sets none. */
export const DEFAULT_MIGRATION_ATTEMPTS = 3;

/** Where a step is to run: the member's workload, its place in the stage, its cluster, the pin it goes to and from. */
export interface StepTarget {
  workload: Member['workload'];
  first: boolean;
  cluster: Cluster;
  /** The pin the member is taken to; absent for the cluster's own steps. */
  to?: Pin;
  /** The pin it runs before the step (its base, or the head for a rollback); null when unknown. */
  from?: Pin | null;
}

/** Whether a step's `when` holds for a member: every condition it lists. */
export function applies(
  spec: { name: string; when?: StepCondition | StepCondition[] },
  at: StepTarget,
): boolean {
  const when = spec.when ?? 'always';
  if (typeof when === 'string') return holds(spec.name, when, at);
  return when.every((condition) => holds(spec.name, condition, at));
}

function holds(step: string, when: StepCondition, at: StepTarget): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'proxy':
      return at.cluster.proxy !== undefined;
    case 'direct':
      return at.cluster.proxy === undefined;
    case 'first':
      return at.first;
    case 'later':
      return !at.first;
    case 'live':
    case 'manual':
    case 'skip':
      return when === at.workload;
    case 'held':
      return at.to?.hold === true;
    case 'unheld':
      return at.to?.hold === false;
    case 'cohort':
      return at.to?.cohort === true;
    case 'no-cohort':
      return at.to !== undefined && at.to.cohort !== true;
    case 'joins-cohort':
      // Joined once: a member whose base already declares the cohort keeps it through a --revision refresh.
      return at.to?.cohort === true && at.from?.cohort !== true;
    default: {
      // A condition added to the pack format without a meaning here must fail loudly, not drop the step.
      const unknown: never = when;
      throw new RollgateError(
        `Step ${step} has a \`when\` of ${String(unknown)}, which this rollgate does not know.`,
      );
    }
  }
}

/** A state's pin, each value checked against the shape the manifest schema allows. */
export function pinOf(state: ComponentState, where: string): Pin {
  const pin: Pin = {};
  if (state.channel !== undefined) pin.channel = checked('channel', state.channel, where);
  if (state.revision !== undefined) {
    if (!Number.isInteger(state.revision))
      throw new RollgateError(`The revision of ${where} is not a whole number.`);
    checked('revision', String(state.revision), where);
    pin.revision = state.revision;
  }
  if (state.version !== undefined) pin.version = checked('version', state.version, where);
  if (state.hold !== undefined) pin.hold = state.hold;
  if (state.cohort !== undefined) pin.cohort = state.cohort;
  return pin;
}

/** The placeholders a pin fills: channel, its track, revision, version. */
export function pinValues(pin: Pin): Values {
  // Members share their pins: each pin's values are worked out once (callers copy them, never change them).
  const known = pinValuesMade.get(pin);
  if (known) return known;
  const values: Values = {};
  if (pin.channel !== undefined) {
    values.channel = pin.channel;
    values.track = pin.channel.split('/')[0] as string;
  }
  if (pin.revision !== undefined) values.revision = String(pin.revision);
  if (pin.version !== undefined) values.version = pin.version;
  pinValuesMade.set(pin, values);
  return values;
}

const pinValuesMade = new WeakMap<Pin, Values>();

/** The values every member agrees on; a stage-wide step cannot use one that differs between members. */
export function summariseValues(all: Values[]): Values {
  const first = all[0] ?? {};
  const shared: Values = {};
  for (const [key, value] of Object.entries(first) as Array<[string, string]>) {
    if (all.every((values) => values[key] === value)) shared[key] = value;
  }
  return shared;
}

/** Pins in one line: the one they share, or each, comma-separated (`(new)` for none). */
export function summarise(pins: Array<Pin | null>): string | null {
  const seen = [...new Set(pins.map((pin) => (pin ? describeState(pin) : null)))];
  if (seen.length === 1) return seen[0] ?? null;
  return seen.map((text) => text ?? '(new)').join(', ');
}

// Values already found to fit their placeholder's shape: a fleet repeats the same channels, revisions and names.
const fitting = new Map<string, Set<string>>();

function checked(name: string, value: string, where: string): string {
  let seen = fitting.get(name);
  if (seen?.has(value)) return value;
  const shape = Object.hasOwn(VALID, name) ? VALID[name as Placeholder] : PARAM;
  if (!shape.test(value)) {
    throw new RollgateError(
      `The ${name} of ${where} (${JSON.stringify(value).slice(0, 80)}) is not one the manifest schema allows, so rollgate will not put it in a command.`,
    );
  }
  if (!seen) {
    seen = new Set();
    fitting.set(name, seen);
  }
  // Bounded: member names are many and each is filled a few times at most.
  if (seen.size < 4096) seen.add(value);
  return value;
}

/** A step's argument split at its placeholders: the text between them, and each placeholder's name. */
type Template = Array<{ text: string } | { name: string }>;

const templates = new WeakMap<StepSpec, Array<string | Template>>();

/** A step's arguments, each plain text or the template it is filled from: worked out once per step of the pack. */
function templatesOf(spec: StepSpec): Array<string | Template> {
  let made = templates.get(spec);
  if (!made) {
    made = spec.run.map(parse);
    templates.set(spec, made);
  }
  return made;
}

/** The word `{from}` is filled with where the version a member runs before the stage is not known (a new member). */
export const UNKNOWN_FROM = 'unknown';

/** A duration of the pack format (`90s`, `10m`, `2h`) in seconds. */
export function durationSeconds(text: string): number {
  const match = /^([1-9][0-9]{0,5})([smh])$/.exec(text);
  if (!match) throw new RollgateError(`${JSON.stringify(text)} is not a duration such as 90s, 10m or 2h.`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
}

/**
 * A pack's step with its placeholders filled from checked values, to run on `host` (or the runner); a read-back's
 * checks kept where their `when` holds for `at`.
 */
export function fillStep(
  spec: StepSpec,
  values: Values,
  host: string,
  where: string,
  at?: StepTarget,
): PlannedStep {
  const filled = filledParts(spec, values, where, at);
  const on = spec.on === 'runner' ? 'runner' : 'member';
  // Key order is plan.json's: name, run, on, host, then what the spec adds.
  const step: PlannedStep = { name: spec.name, run: filled.run, on, host: on === 'runner' ? null : host };
  if (filled.expect) step.expect = filled.expect;
  if (spec.reboots) step.reboots = true;
  if (filled.retry) step.retry = filled.retry;
  if (filled.creates !== undefined) {
    step.creates = filled.creates;
    step.unless = ['test', '-e', filled.creates];
  }
  if (filled.unless) step.unless = filled.unless;
  if (filled.onlyIf) step.onlyIf = { host, run: filled.onlyIf };
  if (spec.gate) step.gate = spec.gate;
  if (spec.estimate !== undefined) ESTIMATES.set(step, spec.estimate);
  return step;
}

/** What filling a step gives apart from where it runs: the same for every member with the same values. */
interface FilledParts {
  run: string[];
  expect?: PlannedExpectation[];
  retry?: { attempts: number; every: number };
  creates?: string;
  unless?: string[];
  onlyIf?: string[];
}

/** A step of the pack with the placeholders its texts name, and the fillings made for the values they had. */
interface SpecFillings {
  names: string[];
  made: Map<string, FilledParts>;
}

const fillings = new WeakMap<StepSpec, SpecFillings>();

// Fillings kept per step of the pack: a fleet repeats a few channels and revisions; a step that names the member is
// filled anew for each, so the kept ones are let go now and then rather than growing with the fleet.
const KEPT_FILLINGS = 256;

/**
 * A step's filled texts, shared by every member whose values of the placeholders it names are the same (and whose
 * read-back checks apply alike): the arrays are made and checked once, not once per member.
 */
function filledParts(spec: StepSpec, values: Values, where: string, at: StepTarget | undefined): FilledParts {
  let known = fillings.get(spec);
  if (!known) {
    known = { names: namedIn(spec), made: new Map() };
    fillings.set(spec, known);
  }
  let key = '';
  for (const name of known.names) {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    // A value that is missing is refused by fillArgs, in words that name where.
    if (value === undefined) return fillParts(spec, values, where, at);
    key += `${value}\u0000`;
  }
  if (at && spec.expect)
    for (const e of spec.expect)
      if (e.when) key += applies({ name: spec.name, when: e.when }, at) ? '1' : '0';
  let parts = known.made.get(key);
  if (!parts) {
    parts = fillParts(spec, values, where, at);
    if (known.made.size >= KEPT_FILLINGS) known.made.clear();
    known.made.set(key, parts);
  }
  return parts;
}

/** Every placeholder a step's texts name, once each. */
function namedIn(spec: StepSpec): string[] {
  const texts = [
    ...spec.run,
    ...(spec.expect ?? []).flatMap((e) => [e.what, e.match, e.is, e.has, e.lacks, e.like]),
    spec.creates,
    ...(spec.unless ?? []),
    ...(spec.onlyIf ?? []),
  ];
  const names = new Set<string>();
  for (const text of texts)
    if (text !== undefined) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  return [...names];
}

function fillParts(spec: StepSpec, values: Values, where: string, at: StepTarget | undefined): FilledParts {
  const parts: FilledParts = { run: fillArgs(spec, templatesOf(spec), values, where) };
  if (spec.expect) {
    const expect = spec.expect
      .filter((e) => !at || applies({ name: spec.name, when: e.when }, at))
      .map((e) => fillExpectation(spec, e, values, where));
    if (expect.length > 0) parts.expect = expect;
  }
  if (spec.retry) {
    const timeout = durationSeconds(spec.retry.timeout);
    const every = durationSeconds(spec.retry.every);
    parts.retry = { attempts: Math.max(1, Math.floor(timeout / every)) + 1, every };
  }
  if (spec.creates !== undefined)
    parts.creates = (fillArgs(spec, [parse(spec.creates)], values, where) as [string])[0];
  if (spec.unless) parts.unless = fillArgs(spec, spec.unless.map(parse), values, where);
  if (spec.onlyIf) parts.onlyIf = fillArgs(spec, spec.onlyIf.map(parse), values, where);
  return parts;
}

// A step's estimate feeds the plan's least time, not plan.json's steps: kept beside the step, not on it.
const ESTIMATES = new WeakMap<PlannedStep, number>();

/** How long the pack says a filled step usually takes, in seconds; 0 where it says nothing. */
export function stepEstimate(step: PlannedStep): number {
  return ESTIMATES.get(step) ?? 0;
}

function fillExpectation(spec: StepSpec, e: Expectation, values: Values, where: string): PlannedExpectation {
  const [what] = fillArgs(spec, [parse(e.what)], values, where) as [string];
  // In an expression a value stands for itself: filled as any argument (checked), then each escaped.
  fillArgs(spec, [parse(e.match)], values, where);
  const filled: PlannedExpectation = { what, match: escapeFilled(e.match, values) };
  for (const key of ['is', 'has', 'lacks'] as const) {
    const text = e[key];
    if (text !== undefined) filled[key] = (fillArgs(spec, [parse(text)], values, where) as [string])[0];
  }
  if (e.like !== undefined) {
    fillArgs(spec, [parse(e.like)], values, where);
    filled.like = escapeFilled(e.like, values);
  }
  return filled;
}

function parse(arg: string): string | Template {
  if (!arg.includes('{')) return arg;
  const template: Template = [];
  let from = 0;
  for (const match of arg.matchAll(PLACEHOLDER)) {
    if (match.index > from) template.push({ text: arg.slice(from, match.index) });
    template.push({ name: match[1] as string });
    from = match.index + match[0].length;
  }
  if (from < arg.length) template.push({ text: arg.slice(from) });
  return template;
}

function fillArgs(
  spec: StepSpec,
  templates: Array<string | Template>,
  values: Values,
  where: string,
): string[] {
  return templates.map((template) => {
    if (typeof template === 'string') return template;
    let arg = '';
    for (const part of template) {
      if ('text' in part) {
        arg += part.text;
        continue;
      }
      const { name } = part;
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined && !Object.hasOwn(VALID, name)) {
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, which is neither a placeholder rollgate fills nor a parameter the cluster sets.`,
        );
      }
      if (value === undefined) {
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, but there is no ${name} to fill it with; the pack's step and the manifest's pins do not fit.`,
        );
      }
      arg += checked(name, value, where);
    }
    return arg;
  });
}

/** An expression with its placeholders filled by their values, each escaped to match itself only. */
function escapeFilled(template: string, values: Values): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? whole : value.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&');
  });
}
