import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  LOCAL_TRANSPORT,
  PREVIEW_TRANSPORT,
  comment,
  parseTransport,
  shellQuote,
  shellWord,
  transportArgv
} from "./chunk-3Q2G4D2C.js";
import {
  codeSpan,
  inlineMarkdown
} from "./chunk-B7A5PP2Z.js";
import {
  PLACEHOLDER
} from "./chunk-U5LBE3R7.js";
import {
  RollgateError,
  clusterMove,
  comparableVersion,
  describeObserved,
  describeState,
  formatMessage,
  memberState,
  orderTransition,
  planTransition,
  runsPin,
  sameRun,
  transitionMessage,
  waveRollout
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/plan/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/build.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/observe/resume.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function observedIndex(observed) {
  if (observed)
    return new Map(observed.members.map((member) => [observedKey(member.cluster, member.name), member]));
}
function observedKey(cluster, member) {
  return `${cluster}\0${member}`;
}
function componentOf(member, component) {
  return Object.hasOwn(member.components, component) ? member.components[component] : void 0;
}
function atTarget(member, component, target) {
  let found = componentOf(member, component);
  return !(found?.status !== "found" || !runsPin(found, target) || target.hold !== void 0 && found.held !== target.hold || target.cohort === !0 && !found.cohort);
}
function resumeOf(member, component, target) {
  if (member?.status !== "answered") return { kind: "plan" };
  let found = componentOf(member, component);
  if (!found || found.status === "unknown" || found.status === "unsupported") return { kind: "plan" };
  let runs = describeObserved(found), evacuated = member.service === "Evacuated";
  return (member.service === void 0 || member.service === "Online") && atTarget(member, component, target) ? { kind: "skip", runs, at: member.at } : evacuated ? { kind: "restore-first", runs, at: member.at } : { kind: "plan" };
}

// src/plan/canonical.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return value === null || typeof value != "object" ? JSON.stringify(value) ?? "null" : Array.isArray(value) ? `[${value.map((item) => canonicalJson(item === void 0 ? null : item)).join(",")}]` : `{${Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}
function contentId(value) {
  return `sha256:${createHash("sha256").update(canonicalJson(value)).digest("hex")}`;
}
function jsonFile(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

// src/plan/context.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/steps.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/values.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VALID = {
  component: /^[a-z0-9][a-z0-9._-]{0,62}$/,
  member: /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/,
  cluster: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  channel: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/,
  track: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/,
  revision: /^[1-9][0-9]{0,9}$/,
  version: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
  proxy: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  attempts: /^[1-9][0-9]?$/,
  from: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/
}, PARAM = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/, DEFAULT_MIGRATION_ATTEMPTS = 3;
function applies(spec, at) {
  let when = spec.when ?? "always";
  return typeof when == "string" ? holds(spec.name, when, at) : when.every((condition) => holds(spec.name, condition, at));
}
function holds(step, when, at) {
  switch (when) {
    case "always":
      return !0;
    case "proxy":
      return at.cluster.proxy !== void 0;
    case "direct":
      return at.cluster.proxy === void 0;
    case "first":
      return at.first;
    case "later":
      return !at.first;
    case "live":
    case "manual":
    case "skip":
      return when === at.workload;
    case "held":
      return at.to?.hold === !0;
    case "unheld":
      return at.to?.hold === !1;
    case "cohort":
      return at.to?.cohort === !0;
    case "no-cohort":
      return at.to !== void 0 && at.to.cohort !== !0;
    case "joins-cohort":
      return at.to?.cohort === !0 && at.from?.cohort !== !0;
    default: {
      let unknown = when;
      throw new RollgateError(
        `Step ${step} has a \`when\` of ${String(unknown)}, which this rollgate does not know.`
      );
    }
  }
}
function pinOf(state, where) {
  let pin = {};
  if (state.channel !== void 0 && (pin.channel = checked("channel", state.channel, where)), state.revision !== void 0) {
    if (!Number.isInteger(state.revision))
      throw new RollgateError(`The revision of ${where} is not a whole number.`);
    checked("revision", String(state.revision), where), pin.revision = state.revision;
  }
  return state.version !== void 0 && (pin.version = checked("version", state.version, where)), state.hold !== void 0 && (pin.hold = state.hold), state.cohort !== void 0 && (pin.cohort = state.cohort), pin;
}
function pinValues(pin) {
  let values = {};
  return pin.channel !== void 0 && (values.channel = pin.channel, values.track = pin.channel.split("/")[0]), pin.revision !== void 0 && (values.revision = String(pin.revision)), pin.version !== void 0 && (values.version = pin.version), values;
}
function summariseValues(all) {
  let first = all[0] ?? {}, shared = {};
  for (let [key, value] of Object.entries(first))
    all.every((values) => values[key] === value) && (shared[key] = value);
  return shared;
}
function summarise(pins) {
  let seen = [...new Set(pins.map((pin) => pin ? describeState(pin) : null))];
  return seen.length === 1 ? seen[0] ?? null : seen.map((text) => text ?? "(new)").join(", ");
}
var fitting = /* @__PURE__ */ new Map();
function checked(name, value, where) {
  let seen = fitting.get(name);
  if (seen?.has(value)) return value;
  if (!(Object.hasOwn(VALID, name) ? VALID[name] : PARAM).test(value))
    throw new RollgateError(
      `The ${name} of ${where} (${JSON.stringify(value).slice(0, 80)}) is not one the manifest schema allows, so rollgate will not put it in a command.`
    );
  return seen || (seen = /* @__PURE__ */ new Set(), fitting.set(name, seen)), seen.size < 4096 && seen.add(value), value;
}
var templates = /* @__PURE__ */ new WeakMap();
function templatesOf(spec) {
  let made = templates.get(spec);
  return made || (made = spec.run.map(parse), templates.set(spec, made)), made;
}
var UNKNOWN_FROM = "unknown";
function durationSeconds(text) {
  let match = /^([1-9][0-9]{0,5})([smh])$/.exec(text);
  if (!match) throw new RollgateError(`${JSON.stringify(text)} is not a duration such as 90s, 10m or 2h.`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2]];
}
function fillStep(spec, values, host, where, at) {
  let run = fillArgs(spec, templatesOf(spec), values, where), on = spec.on === "runner" ? "runner" : "member", step = { name: spec.name, run, on, host: on === "runner" ? null : host };
  if (spec.expect) {
    let expect = spec.expect.filter((e) => !at || applies({ name: spec.name, when: e.when }, at)).map((e) => fillExpectation(spec, e, values, where));
    expect.length > 0 && (step.expect = expect);
  }
  if (spec.reboots && (step.reboots = !0), spec.retry) {
    let timeout = durationSeconds(spec.retry.timeout), every = durationSeconds(spec.retry.every);
    step.retry = { attempts: Math.max(1, Math.floor(timeout / every)) + 1, every };
  }
  if (spec.creates !== void 0) {
    let [path] = fillArgs(spec, [parse(spec.creates)], values, where);
    step.creates = path, step.unless = ["test", "-e", path];
  }
  return spec.unless && (step.unless = fillArgs(spec, spec.unless.map(parse), values, where)), spec.onlyIf && (step.onlyIf = { host, run: fillArgs(spec, spec.onlyIf.map(parse), values, where) }), spec.gate && (step.gate = spec.gate), spec.estimate !== void 0 && ESTIMATES.set(step, spec.estimate), step;
}
var ESTIMATES = /* @__PURE__ */ new WeakMap();
function stepEstimate(step) {
  return ESTIMATES.get(step) ?? 0;
}
function fillExpectation(spec, e, values, where) {
  let [what] = fillArgs(spec, [parse(e.what)], values, where);
  fillArgs(spec, [parse(e.match)], values, where);
  let filled = { what, match: escapeFilled(e.match, values) };
  for (let key of ["is", "has", "lacks"]) {
    let text = e[key];
    text !== void 0 && (filled[key] = fillArgs(spec, [parse(text)], values, where)[0]);
  }
  return e.like !== void 0 && (fillArgs(spec, [parse(e.like)], values, where), filled.like = escapeFilled(e.like, values)), filled;
}
function parse(arg) {
  if (!arg.includes("{")) return arg;
  let template = [], from = 0;
  for (let match of arg.matchAll(PLACEHOLDER))
    match.index > from && template.push({ text: arg.slice(from, match.index) }), template.push({ name: match[1] }), from = match.index + match[0].length;
  return from < arg.length && template.push({ text: arg.slice(from) }), template;
}
function fillArgs(spec, templates2, values, where) {
  return templates2.map((template) => {
    if (typeof template == "string") return template;
    let arg = "";
    for (let part of template) {
      if ("text" in part) {
        arg += part.text;
        continue;
      }
      let { name } = part, value = Object.hasOwn(values, name) ? values[name] : void 0;
      if (value === void 0 && !Object.hasOwn(VALID, name))
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, which is neither a placeholder rollgate fills nor a parameter the cluster sets.`
        );
      if (value === void 0)
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, but there is no ${name} to fill it with; the pack's step and the manifest's pins do not fit.`
        );
      arg += checked(name, value, where);
    }
    return arg;
  });
}
function escapeFilled(template, values) {
  return template.replace(PLACEHOLDER, (whole, name) => {
    let value = Object.hasOwn(values, name) ? values[name] : void 0;
    return value === void 0 ? whole : value.replace(/[.*+?^$()[\]{}|\\]/g, "\\$&");
  });
}

// src/plan/steps.ts
function sharedFrom(members) {
  let versions = new Set(members.map((m) => m.from?.version ?? UNKNOWN_FROM));
  return versions.size === 1 ? [...versions][0] : UNKNOWN_FROM;
}
function memberSteps(context, cluster, member, component, target, kind, first, from = null) {
  let rollout = componentPolicy(context, component)?.rollout, specs = kind === "rollback" ? rollout?.rollback ?? rollout?.member ?? [] : rollout?.member ?? [], values = {
    ...clusterValues(context, cluster),
    ...pinValues(target),
    component,
    member: member.name,
    attempts: String(member.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS),
    from: from?.version ?? UNKNOWN_FROM
  }, at = { workload: member.workload, first, cluster, to: target, from }, where = `${component} on ${cluster.name}/${member.name}`;
  return specs.filter((spec) => applies(spec, at)).map((spec) => fillStep(spec, values, member.name, where, at));
}
function componentSteps(context, cluster, component, key, members) {
  let specs = componentPolicy(context, component)?.rollout?.[key] ?? [], host = members[0];
  if (!host || specs.length === 0) return [];
  let shared = summariseValues(members.map((m) => pinValues(m.to))), values = {
    ...clusterValues(context, cluster),
    ...shared,
    component,
    member: host.name,
    from: sharedFrom(members)
  }, where = `the ${key} steps of ${component} in ${cluster.name}`, control = cluster.members.filter((member) => member.role === "control"), byName = new Map(cluster.members.map((member) => [member.name, member])), at = { workload: host.workload, first: !0, cluster, to: host.to, from: host.from };
  return specs.flatMap((spec) => spec.each === "member" ? members.map((member) => ({
    member,
    own: { ...at, workload: member.workload, to: member.to, from: member.from }
  })).filter(({ own }) => applies(spec, own)).map(({ member, own }) => {
    let attempts = byName.get(member.name)?.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS, memberValues = {
      ...values,
      ...pinValues(member.to),
      member: member.name,
      from: member.from?.version ?? UNKNOWN_FROM,
      attempts: String(attempts)
    };
    return fillStep(spec, memberValues, member.name, where, own);
  }) : applies(spec, at) ? spec.on === "control" ? control.map(
    (member) => fillStep(spec, { ...values, member: member.name }, member.name, where, at)
  ) : [fillStep(spec, values, host.name, where, at)] : []);
}
function clusterSteps(context, cluster, specs, members, runs) {
  let host = cluster.members.find((member) => member.role === "control") ?? members[0];
  if (!host || !specs?.length) return [];
  let values = {
    ...clusterValues(context, cluster),
    ...summariseValues(members.map((m) => pinValues(m.to))),
    member: host.name,
    from: sharedFrom(members)
  }, at = { workload: host.workload, first: !0, cluster };
  return specs.filter((spec) => applies(spec, at) && needsHold(context, spec, runs, host.name)).map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`, at));
}
function clusterValues(context, cluster) {
  let values = { cluster: cluster.name };
  cluster.proxy !== void 0 && (values.proxy = cluster.proxy);
  for (let [name, param] of Object.entries(context.pack.params ?? {})) {
    let value = cluster.params && Object.hasOwn(cluster.params, name) ? cluster.params[name] : param.default;
    value !== void 0 && (values[name] = value);
  }
  return values;
}
function requireParams(context, cluster) {
  for (let name of context.usedParams) {
    let param = context.pack.params?.[name];
    if (!(!param || param.default !== void 0) && !(cluster.params && Object.hasOwn(cluster.params, name)))
      throw new RollgateError(
        `Cluster ${cluster.name} sets no params.${name} (${param.description}), which the ${context.pack.name} pack's steps need; add params: { ${name}: ... } to the cluster.`
      );
  }
}
function paramsUsed(context) {
  let declared = Object.keys(context.pack.params ?? {}), used = /* @__PURE__ */ new Set();
  if (declared.length === 0) return used;
  let steps = [
    ...context.pack.rollout?.first ?? [],
    ...context.pack.rollout?.finally ?? []
  ];
  for (let component of Object.values(context.pack.components)) {
    let rollout = component.rollout;
    rollout && steps.push(
      ...rollout.before ?? [],
      ...rollout.member,
      ...rollout.after ?? [],
      ...rollout.rollback ?? []
    );
  }
  for (let step of steps) {
    let texts = [
      ...step.run,
      ...step.unless ?? [],
      ...step.onlyIf ?? [],
      step.creates,
      ...(step.expect ?? []).flatMap((e) => [e.what, e.match, e.is, e.has, e.lacks, e.like])
    ];
    for (let text of texts)
      for (let match of (text ?? "").matchAll(/\{([^}]*)\}/g))
        declared.includes(match[1]) && used.add(match[1]);
  }
  return used;
}
function needsHold(context, spec, cluster, memberName) {
  if (!spec.needs) return !0;
  let member = cluster?.members.find((m) => m.name === memberName);
  return !cluster || !member ? !1 : Object.entries(spec.needs).every(([component, versions]) => {
    let version = comparableVersion(context.policy, component, memberState(cluster, member, component)), scheme = context.policy.schemes.get(component);
    return version !== void 0 && !!scheme && versions.some((v) => scheme.matches(version, v));
  });
}

// src/plan/context.ts
function planContext(head, base, unfinished, policy, transport, observed) {
  let clusters;
  if (head.waves) {
    let byWave = new Map(head.waves.map((wave) => [wave, []]));
    for (let cluster of head.clusters)
      cluster.wave !== void 0 && byWave.get(cluster.wave)?.push(cluster);
    clusters = [...byWave.values()].flat();
  } else
    clusters = [...head.clusters];
  return {
    policy,
    pack: policy.pack,
    snapPins: (policy.pack.rollout?.pins ?? "snap") === "snap",
    base,
    baseClusters: indexFleet(base),
    unfinishedClusters: unfinished.map(indexFleet),
    clusters,
    headClusters: new Map(head.clusters.map((cluster) => [cluster.name, cluster])),
    ordered: /* @__PURE__ */ new Map(),
    transport,
    usedParams: paramsUsed(policy),
    rollout: head.rollout,
    ...observed ? { observed } : {}
  };
}
function indexFleet(fleet) {
  return new Map(
    (fleet?.clusters ?? []).map((cluster) => [
      cluster.name,
      { cluster, members: new Map(cluster.members.map((m) => [m.name, m])) }
    ])
  );
}
function componentPolicy(context, name) {
  return Object.hasOwn(context.pack.components, name) ? context.pack.components[name] : void 0;
}
function runsOn(context, component, member) {
  let roles = componentPolicy(context, component)?.rollout?.roles;
  return !roles || roles.includes(member.role);
}
function componentsOf(context, cluster, baseCluster) {
  let names = new Set(Object.keys(cluster.components));
  for (let member of cluster.members)
    if (member.overrides) for (let name of Object.keys(member.overrides)) names.add(name);
  if (baseCluster) for (let name of Object.keys(baseCluster.components)) names.add(name);
  let key = [...names].join(" "), known = context.ordered.get(key);
  if (known) return known;
  let { order } = context.pack, inPack = order.filter((name) => names.has(name)), rest = [...names].filter((name) => !order.includes(name)).sort(), result = [...inPack, ...rest];
  return context.ordered.set(key, result), result;
}
function clusterOf(context, stage) {
  let cluster = context.headClusters.get(stage.cluster);
  if (!cluster) throw new Error(`cluster ${stage.cluster} vanished from the head fleet`);
  return cluster;
}

// src/plan/writer.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { createHash as createHash2 } from "node:crypto";

// src/plan/graph.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function linkStages(stages, fleet) {
  let schedule = { criticalPath: 0, leastSeconds: 0, unestimatedSteps: 0, waves: [] }, before = [], lanes = [], current, settings = waveRollout(fleet, null), last, previous, closeWave = () => {
    before = lanes.filter((node) => node !== void 0), lanes = [];
  };
  for (let stage of stages) {
    let newCluster = !previous || previous.cluster !== stage.cluster;
    newCluster && (!current || current.wave !== stage.wave) && (current && closeWave(), settings = waveRollout(fleet, stage.wave), current = { wave: stage.wave, ...settings, clusters: 0, lanes: 0 }, schedule.waves.push(current));
    let wave = current, waits;
    if (newCluster) {
      let lane = wave.clusters % settings.parallel;
      wave.clusters++, wave.lanes = Math.min(wave.clusters, settings.parallel);
      let ahead = lanes[lane];
      waits = ahead ? [ahead] : before, last = void 0;
    } else
      waits = last ? [last] : [];
    let { seconds, unestimated } = stageSeconds(stage);
    schedule.unestimatedSteps += unestimated;
    let depth = 0, start = 0;
    for (let node2 of waits)
      node2.depth > depth && (depth = node2.depth), node2.end > start && (start = node2.end);
    let node = { id: stage.id, depth: depth + 1, end: start + seconds };
    stage.needs = waits.map((wait) => wait.id), stage.estimate = seconds, lanes[(wave.clusters - 1) % settings.parallel] = node, last = node, previous = stage, node.depth > schedule.criticalPath && (schedule.criticalPath = node.depth), node.end > schedule.leastSeconds && (schedule.leastSeconds = node.end);
  }
  return schedule;
}
function stageSeconds(stage) {
  let unestimated = 0, sum = (steps) => {
    let total = 0;
    for (let step of steps) {
      let seconds = stepEstimate(step);
      seconds === 0 && step.on !== "proxy" && unestimated++, total += seconds;
    }
    return total;
  }, members = 0;
  for (let member of stage.members) {
    let seconds = sum(member.steps);
    members = stage.strategy === "parallel" ? Math.max(members, seconds) : members + seconds;
  }
  return { seconds: sum(stage.before) + members + sum(stage.after), unestimated };
}
function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds} s`;
  let minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  let hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  let days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

// src/plan/json-text.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function arrayItem(value) {
  return JSON.stringify({ a: [value] }, null, 2).slice(10, -6);
}
function* jsonObjectPieces(fields, { open = !1, opened = !1 } = {}) {
  let first = !opened;
  for (let field of fields) {
    let head = `${first ? "{" : ","}
  ${JSON.stringify(field.key)}: `;
    if (first = !1, "items" in field) {
      let [open2, close] = field.kind === "array" ? ["[", "]"] : ["{", "}"], any = !1;
      for (let item of field.items)
        yield any ? `,${item}` : `${head}${open2}${item}`, any = !0;
      yield any ? `
  ${close}` : `${head}${open2}${close}`;
    } else {
      let value = "later" in field ? field.later() : field.value;
      yield `${head}${indented(value, `
  `)}`;
    }
  }
  open || (yield first ? "{}" : `
}`);
}
function indented(value, newline) {
  let text = JSON.stringify(value, null, 2) ?? "null";
  return text.includes(`
`) ? text.replaceAll(`
`, newline) : text;
}
var CHUNK_SIZE = 65536, ChunkedFile = class {
  constructor(path, executable = !1) {
    this.path = path;
    this.executable = executable;
  }
  path;
  executable;
  pending = [];
  size = 0;
  /** Adds a piece; returns a chunk to write when enough has gathered. */
  add(text) {
    return this.pending.push(text), this.size += text.length, this.size >= CHUNK_SIZE ? this.take(!1) : void 0;
  }
  /** The file's last chunk, with what is left. */
  end() {
    return this.take(!0);
  }
  take(end) {
    let text = this.pending.join("");
    return this.pending = [], this.size = 0, { path: this.path, text, executable: this.executable, end };
  }
};
function* jsonFileChunks(path, fields) {
  let file = new ChunkedFile(path);
  for (let piece of jsonObjectPieces(fields)) {
    let chunk = file.add(piece);
    chunk && (yield chunk);
  }
  file.add(`
`), yield file.end();
}
function wholeFile(path, text, executable = !1) {
  return { path, text, executable, end: !0 };
}

// src/plan/lanes.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/matrix.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var GITHUB_MATRIX_LIMIT = 256, DEFAULT_RUNNER = ["self-hosted"];
function approvalEnvironment(stage) {
  return `rollgate-${stage.cluster}`;
}
function matrixChunks(plan, maxJobs = GITHUB_MATRIX_LIMIT) {
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > GITHUB_MATRIX_LIMIT)
    throw new RollgateError(
      `A matrix holds 1 to ${GITHUB_MATRIX_LIMIT} jobs; ${maxJobs} is not such a number.`
    );
  let entries = [], environments = /* @__PURE__ */ new Set();
  for (let stage of plan.stages)
    for (let part of stage.parts) {
      let environment = part.approval ? approvalEnvironment(stage) : "";
      environment && environments.add(environment);
      let count = stage.parts.length;
      entries.push({
        name: count > 1 ? `${stage.id} (${part.part}/${count})` : stage.id,
        stage: stage.id,
        part: part.part,
        parts: count,
        wave: stage.wave ?? "",
        cluster: stage.cluster,
        component: stage.component,
        members: part.members.join(" "),
        environment,
        runsOn: stage.runner ?? DEFAULT_RUNNER
      });
    }
  let chunks = [];
  for (let start = 0; start < entries.length; start += maxJobs)
    chunks.push({ include: entries.slice(start, start + maxJobs) });
  return { plan: plan.id, chunks, environments: [...environments].sort() };
}

// src/plan/lanes.ts
var OPEN_ENVIRONMENT = "rollgate", JOB_SECONDS_LIMIT = 6 * 3600, RUN_SECONDS_LIMIT = 840 * 3600;
function clusterChunks(plan) {
  let chunks = [], settings = new Map(plan.schedule.waves.map((wave2) => [wave2.wave, wave2])), wave, flush = () => {
    if (!wave) return;
    let own = settings.get(wave.name), parallel = own?.parallel ?? 1, size = Math.floor(GITHUB_MATRIX_LIMIT / parallel) * parallel;
    for (let jobs of wave.segments)
      for (let start = 0; start < jobs.length; start += size)
        chunks.push({
          chunk: chunks.length + 1,
          wave: wave.name ?? "",
          parallel,
          maxFailures: own?.maxFailures ?? 0,
          include: jobs.slice(start, start + size)
        });
  }, current, segment = 0, previous;
  for (let stage of plan.stages) {
    (!wave || wave.name !== stage.wave) && (flush(), wave = { name: stage.wave, segments: [] }), (!previous || previous.cluster !== stage.cluster) && (current = void 0, segment = 0);
    let seconds = stage.estimate ?? stageSeconds(stage).seconds;
    stage.parts.forEach((part, index) => {
      let item = `${stage.id}/${part.part}`;
      if (!current || part.approval && current.runs !== "") {
        segment++, current = {
          name: `${stage.cluster}${segment > 1 ? ` (${segment})` : ""}`,
          wave: stage.wave ?? "",
          cluster: stage.cluster,
          segment,
          runs: "",
          environment: part.approval ? approvalEnvironment(stage) : OPEN_ENVIRONMENT,
          approved: part.approval ? item : "",
          runsOn: stage.runner ?? DEFAULT_RUNNER,
          estimate: 0
        };
        let segments = wave.segments;
        for (; segments.length < segment; ) segments.push([]);
        segments[segment - 1]?.push(current);
      }
      current.runs = current.runs === "" ? item : `${current.runs} ${item}`, index === 0 && (current.estimate += seconds);
    }), previous = stage;
  }
  return flush(), chunks;
}

// src/plan/pins.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var DIRECT_WITHOUT_WAVES = "all";
function pinsEntry(cluster, components, cells) {
  let written = /* @__PURE__ */ new Map(), columns = keyOrder(components.map((name, column) => ({ name, column, key: JSON.stringify(name) }))), previous, list = "";
  for (let { name, row } of keyOrder(cluster.members.map((member, row2) => ({ name: member.name, row: row2 })))) {
    let rowCells = cells[row];
    if (!previous || !sameRow(previous.cells, rowCells)) {
      let body = "";
      for (let { column, key } of columns) {
        let cell = rowCells[column], pin = cell.pin;
        if (!pin) continue;
        let text = cell.changed ? void 0 : written.get(pin);
        text === void 0 && (text = "{", pin.channel !== void 0 && (text += `
            "channel": ${JSON.stringify(pin.channel)},`), pin.revision !== void 0 && (text += `
            "revision": ${JSON.stringify(pin.revision)},`), pin.version !== void 0 && (text += `
            "version": ${JSON.stringify(pin.version)},`), pin.hold !== void 0 && (text += `
            "hold": ${pin.hold},`), pin.cohort !== void 0 && (text += `
            "cohort": ${pin.cohort},`), text += `
            "changed": ${cell.changed}
          }`, cell.changed || written.set(pin, text)), body += `${body === "" ? "" : ","}
          ${key}: ${text}`;
      }
      previous = { cells: rowCells, body: body === "" ? "{}" : `{${body}
        }` };
    }
    list += `${list === "" ? "" : ","}
        ${JSON.stringify(name)}: ${previous.body}`;
  }
  let wave = JSON.stringify(cluster.wave ?? null), proxy = JSON.stringify(cluster.proxy ?? null), members = list === "" ? "{}" : `{${list}
      }`;
  return `
    ${JSON.stringify(cluster.name)}: {
      "wave": ${wave},
      "proxy": ${proxy},
      "members": ${members}
    }`;
}
function sameRow(a, b) {
  if (a === b) return !0;
  for (let column = 0; column < a.length; column++)
    if (a[column]?.pin !== b[column]?.pin || a[column]?.changed !== b[column]?.changed) return !1;
  return !0;
}
function keyOrder(items) {
  return items.some((item) => isArrayIndex(item.name)) ? [...items.filter((item) => isArrayIndex(item.name)).sort((a, b) => Number(a.name) - Number(b.name)), ...items.filter((item) => !isArrayIndex(item.name))] : items;
}
function isArrayIndex(name) {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
}
function directLines(component, pin) {
  if (pin.revision === void 0)
    return `# ${component}: version ${pin.version ?? "(none)"}${pin.channel ? ` on ${pin.channel}` : ""}, not a snap revision; see pins.json.
`;
  let text = `${[
    "snap",
    "refresh",
    component,
    ...pin.channel ? [`--channel=${pin.channel}`] : [],
    `--revision=${pin.revision}`
  ].map(shellWord).join(" ")}
`;
  return pin.hold === !0 && (text += `snap refresh --hold ${shellWord(component)}
`), pin.hold === !1 && (text += `snap refresh --unhold ${shellWord(component)}
`), text;
}
function directPins(context, cluster, components, cells) {
  let text = "", any = !1;
  for (let column = 0; column < components.length; column++) {
    let component = components[column], made = /* @__PURE__ */ new Map(), block = "";
    for (let row = 0; row < cluster.members.length; row++) {
      let member = cluster.members[row], pin = cells[row]?.[column]?.pin;
      if (!pin || !runsOn(context, component, member)) continue;
      pin.revision !== void 0 && (any = !0);
      let lines = made.get(pin);
      lines === void 0 && (lines = directLines(component, pin), made.set(pin, lines)), block += `# ${cluster.name}/${member.name}
${lines}`;
    }
    block !== "" && (text += `
# ${cluster.name}: ${component}, on each member in turn
${block}`);
  }
  return any ? text : void 0;
}
function addDirect(walked, cluster, text) {
  let file = walked.direct.get(cluster.wave);
  file || (file = new ChunkedFile(`overrides/direct/${cluster.wave ?? DIRECT_WITHOUT_WAVES}.txt`), file.add(
    [
      `# rollgate: the pins of the clusters ${cluster.wave === void 0 ? "" : `of wave ${cluster.wave} `}that have no store proxy.`,
      "# Each snap refresh --revision pins a member to one revision; it is no hold. Where the manifest declares hold,",
      "# the snap refresh --hold (or --unhold) after it holds it: snap refuses --hold with any other flag.",
      "# Run each line under a member's cluster/name on that member, one component on every member of the cluster",
      "# before the next component. snap refuses --cohort together with --revision; a snap already in a cohort stays",
      '# in it through a --revision refresh (join one once with snap refresh <snap> --cohort="+").',
      "# The plan these pins belong to is named on the last line.",
      ""
    ].join(`
`)
  ), walked.direct.set(cluster.wave, file));
  let chunk = file.add(text);
  chunk && walked.queue.push(chunk);
}
function served(cluster, components, cells) {
  let found = [], seen = /* @__PURE__ */ new Map();
  return components.forEach((component, column) => {
    cluster.members.forEach((member, row) => {
      let cell = cells[row]?.[column], pin = cell?.pin;
      if (pin?.channel === void 0 || pin.revision === void 0) return;
      let known = seen.get(pin);
      if (known) {
        known.moved ||= cell?.changed === !0;
        return;
      }
      let entry = {
        component,
        channel: pin.channel,
        revision: pin.revision,
        where: `${cluster.name}/${member.name}`,
        moved: cell?.changed === !0,
        held: pin.hold === !0
      };
      seen.set(pin, entry), found.push(entry);
    });
  }), found;
}
function serve(cluster, name, found, proxies) {
  let proxy = proxies.get(name);
  proxy || (proxy = { clusters: [], lines: /* @__PURE__ */ new Map() }, proxies.set(name, proxy)), proxy.clusters.push(cluster.name);
  for (let { component, channel, revision, where, moved, held } of found) {
    let key = `${component} ${channel}`, line = proxy.lines.get(key);
    line || (line = { byWave: /* @__PURE__ */ new Map(), allHeld: !0 }, proxy.lines.set(key, line)), line.allHeld &&= held;
    let ofWave = line.byWave.get(cluster.wave);
    ofWave ? ofWave.moved ||= moved : line.byWave.set(cluster.wave, { revision, where, moved });
    let other = ofWave && ofWave.revision !== revision ? ofWave : [...line.byWave.values()].find((known) => known.revision !== revision);
    if (!other) continue;
    let staged = other !== ofWave && !line.byWave.has(void 0);
    if (!(staged && line.allHeld || !moved && !other.moved))
      throw new RollgateError(
        `Proxy ${name} would have to serve ${component} ${channel} at revision ${other.revision} (${other.where}) and ${revision} (${where}); a proxy override serves one revision per channel${staged ? ", and a member that does not hold the snap follows it" : ""} (see pins/conflict).`
      );
  }
}
function servedAtEnd(byWave) {
  let waves = [...byWave.values()], moved = waves.filter((known) => known.moved);
  return (moved.length > 0 ? moved[moved.length - 1] : waves[0]).revision;
}
function proxyFiles(walked, planId) {
  let files = [], proxies = [...walked.proxies.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  for (let [name, proxy] of proxies) {
    let lines = [
      `# rollgate plan ${planId}`,
      `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(", ")}: the revision each snap channel serves.`,
      "# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once."
    ];
    for (let [key, { byWave }] of proxy.lines) {
      let [component, channel] = key.split(" "), revision = servedAtEnd(byWave);
      for (let [wave, known] of byWave)
        known.revision !== revision && lines.push(
          `# ${component} ${channel}: wave ${wave} holds revision ${known.revision} until a stage of its own refreshes it.`
        );
      lines.push(["snap-proxy", "override", component, `${channel}=${revision}`].map(shellWord).join(" "));
    }
    files.push([`${name}.txt`, `${lines.join(`
`)}
`]);
  }
  return files;
}
function proxyPins(context, cluster, component, members) {
  if (cluster.proxy === void 0 || !context.snapPins) return [];
  let lines = /* @__PURE__ */ new Set();
  for (let member of members)
    member.to.channel === void 0 || member.to.revision === void 0 || lines.add(`${member.to.channel}=${member.to.revision}`);
  return [...lines].map((override) => ({
    name: "pin",
    run: ["snap-proxy", "override", component, override],
    on: "proxy",
    host: cluster.proxy
  }));
}

// src/plan/preview.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var MAX_TABLE_ROWS = 100, MAX_DIAGRAM_STAGES = 40;
function renderPlanPreview(plan) {
  let lines = [`### Rollout plan ${codeSpan(plan.id.replace(/^sha256:/, "").slice(0, 12))}`, ""];
  if (plan.stages.length === 0) {
    lines.push("No stages: the change moves no member to another pin.");
    for (let note of plan.notes) lines.push("", `- ${inlineMarkdown(note)}`);
    return lines.push(...skippedLines(plan)), `${lines.join(`
`)}
`;
  }
  let clusters = new Set(plan.stages.map((s) => s.cluster)).size, gated = plan.stages.filter((s) => s.gate === "approval").length;
  lines.push(
    `${plan.stages.length} stage${plural(plan.stages.length)} in ${clusters} cluster${plural(clusters)}${plan.waves ? `, waves in order ${plan.waves.map(codeSpan).join(" \u2192 ")}` : ""}; ${gated === 0 ? "no stage waits for approval" : `${gated} stage${plural(gated)} wait${gated === 1 ? "s" : ""} for approval`}.`,
    ...plan.schedule ? ["", scheduleLine(plan.schedule)] : [],
    "",
    "| # | Stage | Wave | Cluster | Component | From | To | Members | Health check | Gate |",
    "|---:|---|---|---|---|---|---|---|---|---|"
  ), plan.stages.slice(0, MAX_TABLE_ROWS).forEach((stage, index) => {
    let cells = [
      String(index + 1),
      codeSpan(stage.id),
      stage.wave ? codeSpan(stage.wave) : "\u2013",
      codeSpan(stage.cluster),
      codeSpan(stage.component),
      stage.from ? codeSpan(stage.from) : "(new)",
      codeSpan(stage.to),
      memberCell(stage),
      stage.health ? codeSpan(stage.health.join(" ")) : "\u2013",
      gateCell(stage)
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }), plan.stages.length > MAX_TABLE_ROWS && lines.push("", `\u2026and ${plan.stages.length - MAX_TABLE_ROWS} more stages; plan.json has them all.`), lines.push("", ...mermaid(plan.stages));
  let reordered = plan.stages.filter((stage) => stage.orderReason !== void 0);
  if (reordered.length > 0) {
    lines.push("", "**Order:** stages that move before the pack's order would have them, and why.", "");
    for (let stage of reordered.slice(0, MAX_TABLE_ROWS))
      lines.push(`- ${codeSpan(stage.id)}: ${inlineMarkdown(stage.orderReason ?? "")}`);
    reordered.length > MAX_TABLE_ROWS && lines.push(`- \u2026and ${reordered.length - MAX_TABLE_ROWS} more; plan.json has them all.`);
  }
  if (plan.notes.length > 0) {
    lines.push("", "**Notes**", "");
    for (let note of plan.notes) lines.push(`- ${inlineMarkdown(note)}`);
  }
  return lines.push(...skippedLines(plan)), `${lines.join(`
`)}
`;
}
function skippedLines(plan) {
  let skipped = plan.skipped ?? [];
  if (skipped.length === 0) return [];
  let lines = [
    "",
    `**Skipped** (observed): ${skipped.length} member${plural(skipped.length)} already run${skipped.length === 1 ? "s" : ""} the target.`,
    ""
  ];
  for (let entry of skipped.slice(0, MAX_TABLE_ROWS))
    lines.push(
      `- ${codeSpan(`${entry.cluster}/${entry.member}`)} ${codeSpan(entry.component)}: ${inlineMarkdown(entry.reason)} (observed ${codeSpan(entry.observed)})`
    );
  return skipped.length > MAX_TABLE_ROWS && lines.push(`- \u2026and ${skipped.length - MAX_TABLE_ROWS} more; plan.json has them all.`), lines;
}
function memberCell(stage) {
  if (stage.strategy === "parallel")
    return `${stage.members.map((m) => codeSpan(m.name)).join(" + ")} (all at once)`;
  let pieces = [];
  for (let part of stage.parts) {
    let names = part.members.map(codeSpan).join(" \u2192 ");
    pieces.push(part.approval ? `\u23F8 ${names}` : names);
  }
  return `${pieces.join(" \u2192 ")} (one at a time)`;
}
function gateCell(stage) {
  let waits = stage.parts.filter((part) => part.approval);
  return waits.length === 0 ? "none" : waits.map((part) => `approval before ${codeSpan(part.members[0] ?? "")}: ${inlineMarkdown(part.reason ?? "")}`).join("<br>");
}
function mermaid(stages) {
  let shown = stages.slice(0, MAX_DIAGRAM_STAGES), lines = ["```mermaid", "flowchart TD"], chain = [], group;
  shown.forEach((stage, index) => {
    let key = `${stage.wave ?? ""}\0${stage.cluster}`;
    key !== group && (group !== void 0 && lines.push("  end"), group = key, lines.push(
      `  subgraph c${index + 1}["${label(stage.wave ? `wave ${stage.wave}: ${stage.cluster}` : stage.cluster)}"]`
    ));
    let first = stage.parts[0];
    first?.approval && (lines.push(`    a${index + 1}{{"${label(`approval: ${first.members[0] ?? ""}`)}"}}`), chain.push(`a${index + 1}`));
    let order = stage.strategy === "parallel" ? "all at once" : "one at a time", pauses = stage.parts.slice(1).filter((part) => part.approval).map((part) => part.members[0] ?? ""), text = [
      `${stage.component}: ${stage.from ?? "(new)"} to ${stage.to}`,
      `${order}: ${stage.members.map((m) => m.name).join(", ")}`,
      ...pauses.length > 0 ? [`approval before ${pauses.join(", ")}`] : []
    ];
    lines.push(`    s${index + 1}["${text.map(label).join("<br/>")}"]`), chain.push(`s${index + 1}`);
  }), lines.push("  end");
  for (let i = 1; i < chain.length; i++) lines.push(`  ${chain[i - 1]} --> ${chain[i]}`);
  return stages.length > shown.length && lines.push(
    `  more["${label(`and ${stages.length - shown.length} more stages`)}"]`,
    `  ${chain[chain.length - 1]} --> more`
  ), lines.push("```"), lines;
}
function label(text) {
  return text.replace(/[^A-Za-z0-9 ._,:/@+=-]/gu, (char) => `#${char.codePointAt(0)};`);
}
function plural(count) {
  return count === 1 ? "" : "s";
}
function scheduleLine(schedule) {
  let waves = schedule.waves.map((wave) => {
    let budget = wave.maxFailures === 0 ? "no failed cluster tolerated" : `${wave.maxFailures} failed cluster${plural(wave.maxFailures)} tolerated`, lanes = `${wave.clusters} cluster${plural(wave.clusters)} in ${wave.lanes} lane${plural(wave.lanes)}, ${budget}`;
    return wave.wave === null ? lanes : `${codeSpan(wave.wave)} ${lanes}`;
  }), unestimated = schedule.unestimatedSteps > 0 ? `; ${schedule.unestimatedSteps} step${plural(schedule.unestimatedSteps)} without an estimate counted as 0` : "";
  return `**Critical path:** ${schedule.criticalPath} stage${plural(schedule.criticalPath)} deep. **Least time:** ${formatSeconds(schedule.leastSeconds)} by the pack's step estimates (approvals not counted${unestimated}). **Lanes:** ${waves.join("; ")}.`;
}

// src/plan/rollback.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/parts.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function orderMembers(members) {
  let placed = members.map((member, row) => [member, row]);
  return [...placed.filter(([m]) => m.role === "control"), ...placed.filter(([m]) => m.role !== "control")];
}
function splitParts(members, strategy, pause) {
  if (strategy === "parallel") {
    let manual = members.filter((m) => m.workload === "manual").map((m) => m.name), reasons = [];
    return pause !== "none" && reasons.push(`pauseAfterMember is ${pause}, and a parallel stage can only pause before it starts`), manual.length > 0 && reasons.push(
      `${listNames(manual)} ${manual.length === 1 ? "has" : "have"} manual workload handling: move the workloads away, then approve`
    ), [
      {
        part: 1,
        members: members.map((m) => m.name),
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null
      }
    ];
  }
  let parts = [];
  return members.forEach((member, index) => {
    let reasons = [], previous = members[index - 1];
    previous && (pause === "all" || pause === "first" && index === 1) && reasons.push(`${previous.name} is done (pauseAfterMember ${pause}): check it, then approve`);
    let gateAt = member.workload === "manual" ? member.steps.findIndex((step) => step.gate === "before") : -1;
    member.workload === "manual" && gateAt < 0 && reasons.push(`${member.name} has manual workload handling: move its workloads away, then approve`);
    let current = parts[parts.length - 1];
    if (gateAt >= 0) {
      let until = { member: member.name, step: gateAt };
      !current || reasons.length > 0 ? parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
        until
      }) : (current.members.push(member.name), current.until = until), parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: !0,
        reason: `${member.name} has manual workload handling: its steps before ${member.steps[gateAt]?.name ?? "the gate"} are done; move its workloads away, then approve.`,
        resume: { member: member.name, step: gateAt }
      });
      return;
    }
    !current || reasons.length > 0 ? parts.push({
      part: parts.length + 1,
      members: [member.name],
      approval: reasons.length > 0,
      reason: reasons.length > 0 ? joinReasons(reasons) : null
    }) : current.members.push(member.name);
  }), parts;
}
function joinReasons(reasons) {
  return `${reasons.join("; ")}.`;
}
function listNames(names) {
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

// src/plan/script.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function renderJobScript(stage, planId, transport) {
  let gated = stage.parts.some((part) => part.approval), lines = [
    ...header(stage, planId),
    `# Usage: ${stage.id}.sh [PART]. Without PART it runs parts 1 to ${stage.parts.length} in order; with PART it runs that`,
    "# part only, as the rollout workflow does.",
    ...gated ? [
      "# A part that waits for approval asks for the cluster name at a terminal; elsewhere it needs ROLLGATE_APPROVED",
      "# (STAGE/PART, the stage, or all: the workflow sets it for a job its environment approved), or it exits 3."
    ] : [],
    "set -euo pipefail",
    "",
    ...gated ? [`rollgate_stage=${shellQuote(stage.id)}`, `rollgate_cluster=${shellQuote(stage.cluster)}`, ""] : [],
    `rollgate_progress_stage=${shellQuote(stage.id)}`,
    "rollgate_part=all",
    "",
    ...PROGRESS_FUNCTION,
    "# Runs one step and ends the stage at the first failure, saying where it stopped.",
    "rollgate_run() {",
    '  local where="$1" step="$2"',
    "  shift 2",
    `  printf 'rollgate: %s: %s\\n' "$where" "$step" >&2`,
    '  if ! "$@"; then',
    `    printf 'rollgate: %s: step %s failed; the stage stops here.\\n' "$where" "$step" >&2`,
    '    rollgate_progress "$where" "$step" failed',
    "    exit 1",
    "  fi",
    '  rollgate_progress "$where" "$step" ok',
    "}",
    ""
  ], all = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
  all.some((step) => step.retry) && lines.push(...RETRY_FUNCTION), all.some((step) => step.unless) && lines.push(...UNLESS_FUNCTION), all.some((step) => step.onlyIf) && lines.push(...ONLY_IF_FUNCTION), all.some((step) => step.expect) && lines.push(...EXPECT_FUNCTION), gated && lines.push(...GATE_FUNCTION);
  let stepLine = (step, indent) => {
    let where = step.on === "runner" ? "runner" : step.host ?? "runner", command = transportArgv(step, transport), argv = step.expect ? [
      "rollgate_expect",
      where,
      String(step.expect.length),
      ...step.expect.flatMap((e) => [e.what, e.match, ...expected(e)]),
      ...command
    ] : command, run = step.retry ? `rollgate_retry ${[where, step.name, String(step.retry.attempts), String(step.retry.every), ...argv].map(shellQuote).join(" ")}` : `rollgate_run ${[where, step.name, ...argv].map(shellQuote).join(" ")}`, checks = [];
    if (step.onlyIf) {
      let { host, run: run2 } = step.onlyIf, onMember = transportArgv({ name: step.name, on: "member", host, run: run2 }, transport);
      checks.push(`rollgate_off ${[host, step.name, ...onMember].map(shellQuote).join(" ")}`);
    }
    if (step.unless) {
      let check = transportArgv({ ...step, run: step.unless }, transport);
      checks.push(`rollgate_done ${[where, step.name, ...check].map(shellQuote).join(" ")}`);
    }
    return checks.length === 0 ? `${indent}${run}` : [`${indent}if ${checks.join(" || ")}; then :; else`, `${indent}  ${run}`, `${indent}fi`].join(
      `
`
    );
  }, memberFunction = (name, steps, title) => {
    lines.push(comment(title)), lines.push(`${name}() {`), steps.length === 0 && lines.push("  :");
    for (let step of steps) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  }, split = /* @__PURE__ */ new Map();
  for (let part of stage.parts) part.until && split.set(part.until.member, part.until.step);
  stage.members.forEach((member, index) => {
    let gate = split.get(member.name);
    if (gate === void 0) {
      memberFunction(`rollgate_member_${index + 1}`, member.steps, member.name);
      return;
    }
    memberFunction(
      `rollgate_member_${index + 1}_before_gate`,
      member.steps.slice(0, gate),
      `${member.name}, up to its approval gate`
    ), memberFunction(
      `rollgate_member_${index + 1}_after_gate`,
      member.steps.slice(gate),
      `${member.name}, after its approval gate`
    );
  });
  let indexOf = new Map(stage.members.map((member, index) => [member.name, index + 1])), callOf = (part, name) => {
    let base = `rollgate_member_${indexOf.get(name)}`;
    return part.until?.member === name ? `${base}_before_gate` : part.resume?.member === name ? `${base}_after_gate` : base;
  };
  for (let part of stage.parts) {
    let first = part.part === 1, last = part.part === stage.parts.length;
    if (lines.push(
      comment(
        `Part ${part.part}: ${part.members.join(", ")}${part.approval ? ` (after approval: ${part.reason ?? ""})` : ""}`
      )
    ), lines.push(`rollgate_part_${part.part}() {`, `  rollgate_part=${part.part}`), part.approval && lines.push(`  rollgate_gate ${shellQuote(String(part.part))} ${shellQuote(part.reason ?? "approval")}`), first) for (let step of stage.before) lines.push(stepLine(step, "  "));
    let calls = part.members.map((name) => callOf(part, name));
    if (stage.strategy === "parallel" && calls.length > 1) {
      lines.push("  local pids=() pid failed=0");
      for (let call of calls) lines.push(`  ${call} &`, '  pids+=("$!")');
      lines.push('  for pid in "${pids[@]}"; do', '    wait "$pid" || failed=1', "  done"), lines.push('  if [ "$failed" -ne 0 ]; then'), lines.push(
        `    printf 'rollgate: %s: a member failed; the stage stops here.\\n' ${shellQuote(stage.id)} >&2`
      ), lines.push("    exit 1", "  fi");
    } else
      for (let call of calls) lines.push(`  ${call}`);
    if (last) for (let step of stage.after) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  }
  let everyPart = stage.parts.map((part) => `rollgate_part_${part.part}`).join("; ");
  lines.push('case "${1:-all}" in'), lines.push(`  all) ${everyPart} ;;`);
  for (let part of stage.parts) lines.push(`  ${part.part}) rollgate_part_${part.part} ;;`);
  return lines.push(
    `  *) printf 'rollgate: %s has parts 1 to %s, not %s.\\n' ${shellQuote(stage.id)} ${shellQuote(String(stage.parts.length))} "$1" >&2; exit 2 ;;`
  ), lines.push("esac"), lines.push('rollgate_part="${1:-all}"', "rollgate_progress '' stage 'done'"), lines.push(`printf 'rollgate: stage %s: %s done.\\n' ${shellQuote(stage.id)} "\${1:-all parts}" >&2`), `${lines.join(`
`)}
`;
}
var PROGRESS_FUNCTION = [
  "# Appends a progress record to $ROLLGATE_PROGRESS, when set: stage, part, member, step, result, time (JSON lines).",
  "rollgate_progress() {",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  [ -n "${ROLLGATE_PROGRESS:-}" ] || return 0',
  '  local member="$1" step="$2" result="$3" time',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  member=${member//\\\\/\\\\\\\\}; member=${member//\\"/\\\\\\"}; step=${step//\\\\/\\\\\\\\}; step=${step//\\"/\\\\\\"}',
  "  time=$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  `  printf '{"stage":"%s","part":"%s","member":"%s","step":"%s","result":"%s","time":"%s"}\\n' "$rollgate_progress_stage" "$rollgate_part" "$member" "$step" "$result" "$time" >>"$ROLLGATE_PROGRESS" || true`,
  "}",
  ""
], RETRY_FUNCTION = [
  "# Runs a check until it passes, at most ATTEMPTS times EVERY seconds apart; then ends the stage.",
  "rollgate_retry() {",
  '  local where="$1" step="$2" attempts="$3" every="$4" try=1',
  "  shift 4",
  `  printf 'rollgate: %s: %s\\n' "$where" "$step" >&2`,
  '  until "$@"; do',
  '    if [ "$try" -ge "$attempts" ]; then',
  `      printf 'rollgate: %s: step %s failed %s times; the stage stops here.\\n' "$where" "$step" "$try" >&2`,
  '      rollgate_progress "$where" "$step" failed',
  "      exit 1",
  "    fi",
  "    try=$((try + 1))",
  '    sleep "$every"',
  "  done",
  '  rollgate_progress "$where" "$step" ok',
  "}",
  ""
], UNLESS_FUNCTION = [
  "# Whether a step is done already (its check succeeds): then it is passed over, and a rerun never redoes it.",
  "rollgate_done() {",
  '  local where="$1" step="$2"',
  "  shift 2",
  '  if "$@" >/dev/null 2>&1; then',
  `    printf 'rollgate: %s: %s: done already, passed over\\n' "$where" "$step" >&2`,
  '    rollgate_progress "$where" "$step" passed-over',
  "    return 0",
  "  fi",
  "  return 1",
  "}",
  ""
], ONLY_IF_FUNCTION = [
  "# Whether a step is not for this member (its check, run on the member, fails): then it is passed over.",
  "rollgate_off() {",
  '  local where="$1" step="$2"',
  "  shift 2",
  '  if "$@" >/dev/null 2>&1; then',
  "    return 1",
  "  fi",
  `  printf 'rollgate: %s: %s: not on this member, passed over\\n' "$where" "$step" >&2`,
  '  rollgate_progress "$where" "$step" passed-over',
  "  return 0",
  "}",
  ""
], EXPECT_FUNCTION = [
  "# Runs a command and reads its output back. For each of COUNT checks (WHAT, MATCH, TEST, WANT): the first line",
  "# MATCH (an extended regular expression) finds, its last group (none: empty), is WANT (is), holds WANT among its",
  "# comma-separated items (has) or not (lacks), or equals what the expression WANT finds (like).",
  "rollgate_expect() {",
  '  local where="$1" count="$2" out line got found i what match test want failed=0',
  "  shift 2",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  local checks=("${@:1:count*4}")',
  "  shift $((count * 4))",
  '  out=$("$@") || return 1',
  "  rollgate_find() {",
  "    found=''",
  "    while IFS= read -r line; do",
  "      if [[ $line =~ $1 ]]; then",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  "        found=${BASH_REMATCH[${#BASH_REMATCH[@]}-1]}",
  "        return 0",
  "      fi",
  '    done <<<"$out"',
  "    return 1",
  "  }",
  "  for ((i = 0; i < count * 4; i += 4)); do",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  "    what=${checks[i]} match=${checks[i+1]} test=${checks[i+2]} want=${checks[i+3]}",
  '    rollgate_find "$match" || true',
  "    got=$found",
  '    case "$test" in',
  '      is) [ "$got" = "$want" ] && continue ;;',
  "      has)",
  '        [[ ",$got," == *",$want,"* ]] && continue',
  '        want="$want among its items"',
  "        ;;",
  "      lacks)",
  '        [[ ",$got," != *",$want,"* ]] && continue',
  '        want="no $want among its items"',
  "        ;;",
  "      like)",
  '        rollgate_find "$want" || true',
  "        want=$found",
  '        [ -n "$got" ] && [ "$got" = "$want" ] && continue',
  "        ;;",
  "    esac",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '    printf \'rollgate: %s: %s: expected %s, found %s.\\n\' "$where" "$what" "${want:-(nothing)}" "${got:-(nothing)}" >&2',
  "    failed=1",
  "  done",
  '  return "$failed"',
  "}",
  ""
], GATE_FUNCTION = [
  "# Stops before a part that waits for approval: at a terminal until the cluster's name is typed; elsewhere it goes",
  "# on only when ROLLGATE_APPROVED names the part (STAGE/PART), the stage or all, else exits with status 3.",
  "rollgate_gate() {",
  '  local part="$1" reason="$2" approved answer',
  "  local -a approvals=()",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  `  IFS=', ' read -r -a approvals <<< "\${ROLLGATE_APPROVED:-}"`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  for approved in "${approvals[@]}"; do',
  '    case "$approved" in',
  '      all | "$rollgate_stage" | "$rollgate_stage/$part")',
  "        rollgate_progress '' approval approved",
  "        return 0",
  "        ;;",
  "    esac",
  "  done",
  "  if [ -t 0 ]; then",
  `    printf 'rollgate: stage %s part %s waits for approval: %s\\n' "$rollgate_stage" "$part" "$reason" >&2`,
  `    printf 'rollgate: type the name of the cluster (%s) to approve it, anything else to stop: ' "$rollgate_cluster" >&2`,
  '    if read -r answer && [ "$answer" = "$rollgate_cluster" ]; then',
  "      rollgate_progress '' approval approved",
  "      return 0",
  "    fi",
  `    printf 'rollgate: stage %s part %s was not approved; the stage stops here.\\n' "$rollgate_stage" "$part" >&2`,
  "    rollgate_progress '' approval refused",
  "    exit 3",
  "  fi",
  `  printf 'rollgate: stage %s part %s waits for approval (%s) and there is no terminal to ask; the stage stops here. Approved, run it with ROLLGATE_APPROVED=%s.\\n' "$rollgate_stage" "$part" "$reason" "$rollgate_stage/$part" >&2`,
  "  rollgate_progress '' approval waiting",
  "  exit 3",
  "}",
  ""
];
function expected(check) {
  return check.is !== void 0 ? ["is", check.is] : check.has !== void 0 ? ["has", check.has] : check.lacks !== void 0 ? ["lacks", check.lacks] : ["like", check.like ?? ""];
}
function header(stage, planId) {
  return [
    "#!/usr/bin/env bash",
    comment(`rollgate plan ${planId}`),
    comment(
      `Stage ${stage.id}: ${stage.component} in cluster ${stage.cluster}${stage.wave ? ` (wave ${stage.wave})` : ""}, ${stage.from ?? "(new)"} -> ${stage.to}, ${stage.strategy}.`
    ),
    "# Generated by `rollgate plan`; every value is single-quoted, so nothing from the manifest is interpreted."
  ];
}
function renderRefusalScript(stage, planId) {
  return `${[
    ...header(stage, planId),
    "# No vendor-supported way back: this script runs nothing, and stops any run of the rollback scripts in order.",
    "set -euo pipefail",
    `printf 'rollgate: %s cannot be rolled back automatically: %s\\n' ${shellQuote(stage.id)} ${shellQuote(stage.reason)} >&2`,
    "exit 1"
  ].join(`
`)}
`;
}

// src/plan/rollback.ts
function* rollbackChunks(context, stages, planId, transport) {
  let heading = [
    { key: "apiVersion", value: "rollgate/v1" },
    { key: "kind", value: "RollbackPlan" },
    { key: "plan", value: planId }
  ], packSupport = context.pack.rollout?.rollback;
  if (packSupport && !packSupport.supported) {
    yield* jsonFileChunks("rollback.json", [
      ...heading,
      { key: "supported", value: !1 },
      { key: "statement", value: packSupport.statement },
      ...keptField(stages)
    ]);
    return;
  }
  let reversed = [...stages].reverse(), kept = reversed.filter((stage) => stage.members.some((member) => member.from)), width = Math.max(2, String(kept.length).length), support = new Map(kept.map((stage) => [stage, supportOf(context, stage)])), lastOfCluster = new Map(
    kept.filter((stage) => support.get(stage)?.supported).map((stage) => [stage.cluster, stage])
  ), notes = [], overrides = {}, scripts = [];
  function* items() {
    let index = 0;
    for (let stage of reversed) {
      let verdict = support.get(stage), rollback = verdict && rollbackStage(context, stage, notes, verdict.supported);
      if (!verdict || !rollback) continue;
      index++;
      let cluster = clusterOf(context, stage), after = lastOfCluster.get(stage.cluster) === stage ? clusterSteps(
        context,
        cluster,
        context.pack.rollout?.finally,
        rollback.members,
        context.baseClusters.get(cluster.name)?.cluster
      ) : [], { before, members, parts, ...fields } = rollback, done = {
        id: `rollback-${String(index).padStart(width, "0")}-${stage.cluster}-${stage.component}`,
        ...fields,
        before,
        members,
        after,
        parts,
        supported: verdict.supported,
        reason: verdict.reason
      };
      for (let step of done.before) {
        if (step.on !== "proxy" || step.host === null) continue;
        let line = step.run.map(shellWord).join(" "), lines = overrides[step.host];
        lines ? lines.includes(line) || lines.push(line) : overrides[step.host] = [line];
      }
      let script = done.supported ? renderJobScript(done, planId, transport) : renderRefusalScript(done, planId);
      scripts.push(wholeFile(`jobs/${done.id}.sh`, script, !0)), yield arrayItem(done);
    }
  }
  yield* interleaved(
    new ChunkedFile("rollback.json"),
    jsonObjectPieces([
      ...heading,
      { key: "supported", value: [...support.values()].every((verdict) => verdict.supported) },
      { key: "stages", items: items(), kind: "array" },
      { key: "overrides", later: () => overrides },
      { key: "notes", later: () => notes }
    ]),
    scripts
  );
}
function supportOf(context, stage) {
  let move = `${stage.component} ${stage.to} -> ${stage.from ?? "(none)"} in ${stage.cluster}`;
  if (!stage.members.some(
    (member) => member.from && goesLower(context, stage.component, member.to, member.from)
  ))
    return {
      supported: !0,
      reason: `${move} is no downgrade: each member is refreshed back to its base pin.`
    };
  let downgrade = componentPolicy(context, stage.component)?.rollout?.downgrade;
  return downgrade?.supported ? {
    supported: !0,
    reason: `${move} goes back down, which the vendor supports as its rollback: ${downgrade.note}`
  } : {
    supported: !1,
    reason: downgrade ? `${move} is a downgrade (skew/downgrade), which the vendor does not support: ${downgrade.statement}` : `${move} is a downgrade (skew/downgrade), and the ${context.pack.name} pack names no vendor-supported way back; restore from the backup taken before the upgrade.`
  };
}
function goesLower(context, component, from, to) {
  let scheme = context.policy.schemes.get(component), a = comparableVersion(context.policy, component, from), b = comparableVersion(context.policy, component, to), order = scheme && a !== void 0 && b !== void 0 ? scheme.compare(a, b) : 0;
  return order !== 0 ? order > 0 : from.channel !== void 0 && from.channel === to.channel && to.revision !== void 0 && from.revision !== void 0 && to.revision < from.revision;
}
function rollbackStage(context, stage, notes, supported) {
  let cluster = clusterOf(context, stage), byName = new Map(cluster.members.map((m) => [m.name, m])), members = [];
  for (let planned of stage.members) {
    if (!planned.from) {
      notes.push(
        `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`
      );
      continue;
    }
    let member = byName.get(planned.name);
    members.push({
      name: planned.name,
      role: planned.role,
      workload: planned.workload,
      from: planned.to,
      to: planned.from,
      steps: supported ? memberSteps(
        context,
        cluster,
        member,
        stage.component,
        planned.from,
        "rollback",
        members.length === 0,
        planned.to
      ) : []
    });
  }
  if (members.length === 0) return;
  let parts = supported ? splitParts(members, stage.strategy, stage.pauseAfterMember) : [{ part: 1, members: members.map((m) => m.name), approval: !1, reason: null }];
  return {
    wave: stage.wave,
    cluster: stage.cluster,
    component: stage.component,
    from: stage.to,
    to: stage.from ?? "",
    strategy: stage.strategy,
    proxy: stage.proxy,
    runner: stage.runner,
    gate: parts.some((part) => part.approval) ? "approval" : "none",
    pauseAfterMember: stage.pauseAfterMember,
    health: stage.health,
    before: supported ? proxyPins(context, cluster, stage.component, members) : [],
    members,
    parts
  };
}
function* interleaved(file, pieces, queue) {
  for (let piece of pieces) {
    let chunk = file.add(piece);
    chunk && (yield chunk), yield* queue.splice(0);
  }
  file.add(`
`), yield file.end(), yield* queue.splice(0);
}
function keptField(stages) {
  let kept = [], seen = /* @__PURE__ */ new Set();
  for (let stage of stages) {
    let steps = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
    for (let step of steps) {
      if (step.creates === void 0) continue;
      let key = `${step.host ?? ""}\0${step.creates}`;
      seen.has(key) || (seen.add(key), kept.push({ cluster: stage.cluster, host: step.host, step: step.name, path: step.creates }));
    }
  }
  return kept.length > 0 ? [{ key: "kept", value: kept }] : [];
}

// src/plan/stages.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/order.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function orderDrafts(context, cluster, drafts, found) {
  if (!context.base || drafts.length === 0) return;
  let transition = planTransition(
    context.policy,
    clusterMove(cluster, context.baseClusters.get(cluster.name)?.cluster)
  );
  if (!transition.ok) {
    let { messageId, data } = transitionMessage(context.policy, cluster.name, transition);
    found.notes.push(
      `${formatMessage(orderTransition.messages[messageId], data)} (order/transition: the stages of ${cluster.name} follow the pack's order.)`
    );
    return;
  }
  if (!transition.reordered) return;
  let { ahead, text } = transition.reordered, rank = new Map(transition.order.map((name, index) => [name, index])), last = Number.MAX_SAFE_INTEGER;
  drafts.sort((a, b) => (rank.get(a.component) ?? last) - (rank.get(b.component) ?? last));
  for (let draft of drafts) ahead.includes(draft.component) && (draft.orderReason = text);
}

// src/plan/stages.ts
function startWalk(context) {
  let walked = {
    drafts: [],
    notes: [],
    skipped: [],
    proxies: /* @__PURE__ */ new Map(),
    direct: /* @__PURE__ */ new Map(),
    queue: []
  };
  context.base || walked.notes.push("No base manifest: every member is planned from an unknown state to its pin.");
  let unfinished = context.unfinishedClusters.length;
  return unfinished > 0 && walked.notes.push(
    `${unfinished} earlier rollout${unfinished === 1 ? "" : "s"} did not finish; members that one of them may have moved are planned as well.`
  ), walked;
}
function* walk(context, walked) {
  let take = (cluster, own) => {
    walked.drafts.push(...own.drafts), walked.notes.push(...own.notes), walked.skipped.push(...own.skipped), cluster.proxy !== void 0 && context.snapPins && serve(cluster, cluster.proxy, own.served, walked.proxies), own.direct !== void 0 && addDirect(walked, cluster, own.direct);
  }, order = keyOrder(context.clusters), found = order === context.clusters ? void 0 : /* @__PURE__ */ new Map();
  for (let cluster of order) {
    let baseEntry = context.baseClusters.get(cluster.name), components = componentsOf(context, cluster, baseEntry?.cluster), cells = readCells(context, cluster, components, baseEntry), own = { drafts: [], notes: [], skipped: [], served: [], direct: void 0 };
    draftStages(context, cluster, components, cells, own), context.snapPins && (cluster.proxy === void 0 ? own.direct = directPins(context, cluster, components, cells) : own.served = served(cluster, components, cells)), found ? found.set(cluster, own) : take(cluster, own), yield pinsEntry(cluster, components, cells);
  }
  if (found) for (let cluster of context.clusters) take(cluster, found.get(cluster));
}
function readCells(context, cluster, components, baseEntry) {
  let pins = /* @__PURE__ */ new Map(), cell = (member, baseMember, component) => {
    let to = memberState(cluster, member, component), from = baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : void 0;
    if (!to) return { to, pin: void 0, from, changed: !1 };
    let pin = pins.get(to);
    return pin || (pin = pinOf(to, `${component} on ${cluster.name}/${member.name}`), pins.set(to, pin)), { to, pin, from, changed: moves(context, cluster, member, component, from, to) };
  }, shared;
  return cluster.members.map((member) => {
    let baseMember = baseEntry?.members.get(member.name), plain = context.unfinishedClusters.length === 0 && !member.overrides && baseMember !== void 0 && !baseMember.overrides;
    if (plain && shared) return shared;
    let row = components.map((component) => cell(member, baseMember, component));
    return plain && (shared = row), row;
  });
}
function moves(context, cluster, member, component, from, to) {
  if (!sameState(from, to)) return !0;
  for (let unfinished of context.unfinishedClusters) {
    let entry = unfinished.get(cluster.name), other = entry?.members.get(member.name), state = entry && other ? memberState(entry.cluster, other, component) : void 0;
    if (state && !sameState(state, to)) return !0;
  }
  return !1;
}
function sameState(a, b) {
  return sameRun(a, b) && a?.hold === b.hold && a?.cohort === b.cohort;
}
function checkTransport(context, cluster, drafts) {
  let { transport } = context;
  if (transport.perMember) return;
  let onMembers = !1;
  for (let draft of drafts)
    for (let member of draft.members)
      for (let step of member.steps)
        if (step.on === "member" && (onMembers = !0, step.reboots))
          throw new RollgateError(
            `Step ${step.name} of ${draft.component} on ${cluster.name}/${member.name} reboots the member, so it cannot run on the runner that then waits for it; plan with a transport that reaches the member, such as --transport 'ssh {member}', so the waiting happens on another machine.`
          );
  if (!(!onMembers || cluster.members.length < 2 || transport.local))
    throw new RollgateError(
      transport.words.length === 0 ? `Cluster ${cluster.name} has ${cluster.members.length} members, and without --transport the steps of every one of them would run on this runner; give --transport 'ssh {member}' (the action's transport input), or --transport local to run them on this runner knowingly.` : `The transport ${JSON.stringify(transport.words.join(" "))} names no {member}, so the steps of the ${cluster.members.length} members of cluster ${cluster.name} would all run on one host; put {member} where the host goes, for example 'ssh {member}', or give --transport local to run them on this runner knowingly.`
    );
}
function draftStages(context, cluster, components, cells, walked) {
  if (!cells.some((row) => row.some((cell) => cell.changed || cell.from && !cell.pin))) return;
  cells.some((row) => row.some((cell) => cell.changed)) && requireParams(context, cluster);
  let ordered = orderMembers(cluster.members), drafts = [];
  components.forEach((component, column) => {
    let movers = [];
    for (let [member, row] of ordered) {
      if (!runsOn(context, component, member)) continue;
      let cell = cells[row]?.[column];
      if (!cell.pin) {
        cell.from && walked.notes.push(
          `${component} is removed from ${cluster.name}/${member.name}; rollgate does not remove components, so remove it by hand.`
        );
        continue;
      }
      if (!cell.changed) continue;
      let resume = context.observed ? resumeOf(
        context.observed.get(observedKey(cluster.name, member.name)),
        component,
        cell.to
      ) : NOT_OBSERVED;
      if (resume.kind === "skip") {
        walked.skipped.push({
          cluster: cluster.name,
          member: member.name,
          component,
          runs: resume.runs,
          observed: resume.at,
          reason: `runs its target ${resume.runs} and is in service`
        });
        continue;
      }
      movers.push({
        resume,
        member,
        from: cell.from ? pinOf(cell.from, `${component} on ${cluster.name}/${member.name} in the base`) : null,
        to: cell.pin
      });
    }
    if (movers.length === 0) return;
    let members = movers.map(
      ({ member, from, to }, index) => ({
        name: member.name,
        role: member.role,
        workload: member.workload,
        from,
        to,
        steps: memberSteps(context, cluster, member, component, to, "member", index === 0, from)
      })
    ), restoreFirst = /* @__PURE__ */ new Map();
    for (let { member, resume } of movers)
      resume.kind === "restore-first" && restoreFirst.set(member.name, resume);
    let policy = componentPolicy(context, component);
    policy?.rollout || walked.notes.push(
      `The ${context.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`
    );
    let strategy = policy?.rollout?.strategy ?? "serial", pause = cluster.pauseAfterMember ?? context.pack.rollout?.pauseAfterMember ?? "none", health = policy?.rollout?.member.find((step) => step.name === "health")?.run ?? null;
    drafts.push({
      cluster,
      component,
      members,
      strategy,
      pause,
      parts: splitParts(members, strategy, pause),
      health: health ? [...health] : null,
      first: !1,
      last: !1,
      ...restoreFirst.size > 0 ? { restoreFirst } : {}
    });
  }), checkTransport(context, cluster, drafts), orderDrafts(context, cluster, drafts, walked);
  let firstDraft = drafts[0], lastDraft = drafts[drafts.length - 1];
  firstDraft && (firstDraft.first = !0), lastDraft && (lastDraft.last = !0), walked.drafts.push(...drafts);
}
function finishStages(context, drafts) {
  let width = Math.max(2, String(drafts.length).length);
  return drafts.map((draft, index) => {
    let { cluster, component, members } = draft;
    return {
      // Key order is the output's: fixed here so plan.json reads the same field order on every stage.
      id: `${String(index + 1).padStart(width, "0")}-${cluster.name}-${component}`,
      wave: cluster.wave ?? null,
      cluster: cluster.name,
      component,
      from: summarise(members.map((m) => m.from)),
      to: summarise(members.map((m) => m.to)) ?? "",
      ...draft.orderReason !== void 0 ? { orderReason: draft.orderReason } : {},
      strategy: draft.strategy,
      proxy: cluster.proxy ?? null,
      runner: cluster.runner ?? null,
      gate: draft.parts.some((part) => part.approval) ? "approval" : "none",
      pauseAfterMember: draft.pause,
      health: draft.health,
      // Filled by linkStages (graph.ts) once every stage is known; here for plan.json's key order.
      needs: [],
      estimate: 0,
      before: [
        ...draft.first ? clusterSteps(
          context,
          cluster,
          context.pack.rollout?.first,
          members,
          context.baseClusters.get(cluster.name)?.cluster
        ) : [],
        ...proxyPins(context, cluster, component, members),
        ...componentSteps(context, cluster, component, "before", members)
      ],
      members,
      after: [
        ...componentSteps(context, cluster, component, "after", members),
        ...draft.last ? clusterSteps(context, cluster, context.pack.rollout?.finally, members, cluster) : []
      ],
      parts: draft.parts
    };
  });
}
var NOT_OBSERVED = { kind: "plan" };
function applyRestoreFirst(walked) {
  let restored = /* @__PURE__ */ new Set();
  for (let draft of walked.drafts)
    if (draft.restoreFirst)
      for (let member of draft.members) {
        let resume = draft.restoreFirst.get(member.name), key = `${draft.cluster.name}\0${member.name}`;
        if (resume?.kind !== "restore-first" || restored.has(key)) continue;
        let restore = member.steps.filter((step) => step.name === "restore");
        restore.length !== 0 && (restored.add(key), member.steps = [...restore.map((step) => ({ ...step, name: "restore-first" })), ...member.steps], walked.notes.push(
          `${draft.cluster.name}/${member.name} was left evacuated (observed ${resume.at}, running ${draft.component} ${resume.runs}): it is restored before its steps in stage ${draft.component}.`
        ));
      }
}

// src/plan/writer.ts
function* planChunks(context, transport, waves) {
  let policy = context.pack.name, hash = createHash2("sha256"), walked = startWalk(context);
  function* hashed(entries) {
    let first = !0;
    for (let entry of entries)
      hash.update(first ? entry : `,${entry}`), first = !1, yield entry;
  }
  let pins = new ChunkedFile("pins.json");
  for (let piece of jsonObjectPieces(
    [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "Pins" },
      { key: "clusters", items: hashed(walk(context, walked)), kind: "object" }
    ],
    { open: !0 }
  )) {
    let chunk = pins.add(piece);
    chunk && (yield chunk), yield* walked.queue.splice(0);
  }
  applyRestoreFirst(walked);
  let stages = finishStages(context, walked.drafts), schedule = linkStages(stages, context), planFile = new ChunkedFile("plan.json");
  function* stageItems() {
    for (let stage of stages) yield arrayItem(stage);
  }
  for (let piece of jsonObjectPieces(
    [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "RolloutPlan" },
      { key: "policy", value: policy },
      { key: "waves", value: waves },
      { key: "schedule", value: schedule },
      { key: "stages", items: stageItems(), kind: "array" },
      { key: "notes", value: walked.notes },
      // Only with --observed: without it plan.json is as it always was.
      ...context.observed ? [{ key: "skipped", value: walked.skipped }] : []
    ],
    { open: !0 }
  )) {
    hash.update(piece);
    let chunk = planFile.add(piece);
    chunk && (yield chunk);
  }
  let id = `sha256:${hash.update(`
}`).digest("hex")}`;
  for (let [file, key] of [
    [planFile, "id"],
    [pins, "plan"]
  ]) {
    for (let piece of jsonObjectPieces([{ key, value: id }], { opened: !0 })) file.add(piece);
    file.add(`
`), yield file.end();
  }
  for (let file of walked.direct.values())
    file.add(`
# rollgate plan ${id}
`), yield file.end();
  let plan = {
    apiVersion: "rollgate/v1",
    kind: "RolloutPlan",
    policy,
    waves,
    schedule,
    stages,
    notes: walked.notes,
    ...context.observed ? { skipped: walked.skipped } : {},
    id
  };
  for (let [name, text] of proxyFiles(walked, id)) yield wholeFile(`overrides/${name}`, text);
  for (let stage of stages)
    yield wholeFile(`jobs/${stage.id}.sh`, renderJobScript(stage, id, transport), !0);
  return yield* rollbackChunks(context, stages, id, transport), yield wholeFile("matrix.json", jsonFile({ ...matrixChunks(plan), clusterChunks: clusterChunks(plan) })), yield wholeFile("preview.md", renderPlanPreview(plan)), plan;
}

// src/plan/build.ts
function streamPlan(input) {
  return planStream(input, parseTransport(input.transport));
}
function planStream(input, transport) {
  let { result } = input, head = result.head.fleet;
  if (!head || result.head.findings.length > 0)
    throw new RollgateError(
      `The head manifest ${result.head.file} could not be read, so there is nothing to plan; rollgate check shows why.`
    );
  if (!result.policy)
    throw new RollgateError(
      `No policy pack judged ${result.head.file}, so rollgate cannot tell how to roll it out.`
    );
  if (result.base && (!result.base.fleet || result.base.findings.length > 0))
    throw new RollgateError(
      `The base manifest ${result.base.file} could not be read; a plan from an unknown base could start from the wrong versions.`
    );
  let context = planContext(
    head,
    result.base?.fleet,
    input.unfinished ?? [],
    result.policy,
    transport,
    observedIndex(input.observed)
  );
  return planChunks(context, transport, head.waves ?? null);
}
function planOnly(input) {
  let stream = planStream(
    input,
    input.transport === void 0 ? PREVIEW_TRANSPORT : parseTransport(input.transport)
  ), next = stream.next();
  for (; !next.done; ) next = stream.next();
  return next.value;
}
function buildPlan(input) {
  let stream = streamPlan(input), texts = /* @__PURE__ */ new Map(), next = stream.next();
  for (; !next.done; next = stream.next())
    texts.set(next.value.path, (texts.get(next.value.path) ?? "") + next.value.text);
  let plan = next.value, overrides = {}, jobs = {};
  for (let [file, text] of texts)
    file.startsWith("overrides/") ? overrides[file.slice(10)] = text : file.startsWith("jobs/") && (jobs[file.slice(5, -3)] = text);
  return {
    plan,
    pins: JSON.parse(texts.get("pins.json") ?? "null"),
    overrides,
    rollback: JSON.parse(texts.get("rollback.json") ?? "null"),
    jobs
  };
}
function bundleFiles(bundle) {
  let files = [
    { path: "plan.json", text: jsonFile(bundle.plan), executable: !1 },
    { path: "pins.json", text: jsonFile(bundle.pins), executable: !1 },
    { path: "rollback.json", text: jsonFile(bundle.rollback), executable: !1 }
  ];
  for (let [name, text] of Object.entries(bundle.overrides))
    files.push({ path: `overrides/${name}`, text, executable: !1 });
  for (let [id, text] of Object.entries(bundle.jobs))
    files.push({ path: `jobs/${id}.sh`, text, executable: !0 });
  return files;
}
export {
  DEFAULT_RUNNER,
  GITHUB_MATRIX_LIMIT,
  LOCAL_TRANSPORT,
  approvalEnvironment,
  buildPlan,
  bundleFiles,
  canonicalJson,
  contentId,
  matrixChunks,
  label as mermaidLabel,
  parseTransport,
  planOnly,
  renderJobScript,
  renderPlanPreview,
  shellQuote,
  shellWord,
  splitParts,
  streamPlan,
  transportArgv
};
