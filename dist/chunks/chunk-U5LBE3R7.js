import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  createScheme,
  parseYamlFile,
  positionOf,
  sameScheme,
  schemaFinding,
  validateSchema
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/policy/pack.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var STEP_PLACEHOLDERS = [
  "component",
  "member",
  "cluster",
  "channel",
  "track",
  "revision",
  "version",
  "proxy",
  "attempts",
  "from"
], PLACEHOLDER = /\{([a-z][a-z-]*)\}/g, validatedAtBuild = /* @__PURE__ */ new Map();
function rememberPrecompiledPack(text, json) {
  validatedAtBuild.set(text, json);
}
function loadPack(text, file) {
  let precompiled = validatedAtBuild.get(text);
  if (precompiled !== void 0)
    return { policy: policyOf(JSON.parse(precompiled), file, text), findings: [] };
  let { source, findings } = parseYamlFile(text, file);
  if (!source) return { findings };
  let schemaFindings = validateSchema("policy", source);
  if (schemaFindings.length > 0) return { findings: schemaFindings };
  let pack = source.value, problems = checkPack(pack, source);
  return problems.length > 0 ? { findings: problems } : { policy: policyOf(pack, file, text), findings: [] };
}
function policyOf(pack, file, text) {
  let schemes = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    schemes.set(name, createScheme(component.versioning));
  return { pack, file, text, schemes };
}
function checkPack(pack, source) {
  let findings = [], report = (path, code, data) => {
    let { line, column } = positionOf(source, path);
    findings.push(schemaFinding(code, { file: source.file, line, column }, data));
  }, params = Object.keys(pack.params ?? {});
  for (let name of params)
    STEP_PLACEHOLDERS.includes(name) && report(["params", name], "PARAM_NAME_TAKEN", { param: name, placeholder: `{${name}}` });
  let names = Object.keys(pack.components);
  for (let name of names)
    pack.order.includes(name) || report(["order"], "ORDER_MISSING", { component: name });
  pack.order.forEach((name, i) => {
    Object.hasOwn(pack.components, name) || report(["order", i], "ORDER_UNKNOWN", { component: name });
  });
  let cycle = findRequiresCycle(pack);
  cycle && report(["components", cycle[0], "requires"], "REQUIRES_CYCLE", { cycle: cycle.join(" -> ") });
  for (let [name, component] of Object.entries(pack.components)) {
    let base = ["components", name], scheme = createScheme(component.versioning), checkVersion = (path, version, ranges) => {
      scheme.isValid(version) || ranges && scheme.isRange(version) || report(path, "UNKNOWN_VERSION", { version, scheme: component.versioning.scheme, component: name });
    };
    (component.versioning.versions ?? []).forEach((v, i) => {
      checkVersion([...base, "versioning", "versions", i], v, !1);
    }), (component.jump?.limits ?? []).forEach((limit, i) => {
      limit.from !== void 0 && checkVersion([...base, "jump", "limits", i, "from"], limit.from, !0), limit.to !== void 0 && checkVersion([...base, "jump", "limits", i, "to"], limit.to, !0);
    }), (component.eol ?? []).forEach((e, i) => {
      checkVersion([...base, "eol", i, "version"], e.version, !0);
    }), (component.blocked ?? []).forEach((b, i) => {
      b.version !== void 0 && checkVersion([...base, "blocked", i, "version"], b.version, !0);
    }), (component.requires ?? []).forEach((requirement, i) => {
      checkVersion([...base, "requires", i, "version"], requirement.version, !0);
      for (let [other, versions] of Object.entries(requirement.needs)) {
        let path = [...base, "requires", i, "needs", other];
        checkNeeded(pack, other, versions, path, `\`${name}\` requires`, report) && pack.order.indexOf(other) > pack.order.indexOf(name) && report(path, "REQUIRES_LATER_IN_ORDER", { component: name, other });
      }
    }), (component.skew ?? []).forEach((skew, i) => {
      let other = pack.components[skew.of];
      !other || !Object.hasOwn(pack.components, skew.of) ? report([...base, "skew", i, "of"], "SKEW_UNKNOWN_COMPONENT", { component: name, other: skew.of }) : sameScheme(other.versioning, component.versioning) || report([...base, "skew", i, "of"], "SKEW_SCHEMES_DIFFER", { component: name, other: skew.of });
    }), checkSteps(component, base, report, params);
  }
  for (let key of ["first", "finally"])
    (pack.rollout?.[key] ?? []).forEach((step, i) => {
      checkStep(step, ["rollout", key, i], report, params), (step.on === "control" || step.each) && report(["rollout", key, i, "on"], "STEP_NOT_ON_CONTROL", { step: step.name });
      for (let [other, versions] of Object.entries(step.needs ?? {}))
        checkNeeded(pack, other, versions, ["rollout", key, i, "needs", other], `Step \`${step.name}\` needs`, report);
    });
  return findings;
}
function checkNeeded(pack, component, versions, path, who, report) {
  let policy = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0;
  if (!policy)
    return report(path, "UNKNOWN_REFERENCE", { who, component }), !1;
  let scheme = createScheme(policy.versioning);
  return versions.forEach((v, j) => {
    !scheme.isValid(v) && !scheme.isRange(v) && report([...path, j], "UNKNOWN_VERSION", { version: v, scheme: policy.versioning.scheme, component });
  }), !0;
}
function checkSteps(component, base, report, params) {
  let rollout = component.rollout;
  if (rollout)
    for (let key of ["before", "member", "after", "rollback"])
      (rollout[key] ?? []).forEach((step, i) => {
        checkStep(step, [...base, "rollout", key, i], report, params), (step.on === "control" || step.each) && (key === "member" || key === "rollback") && report([...base, "rollout", key, i, "on"], "STEP_NOT_ON_CONTROL", { step: step.name });
      });
}
function checkStep(step, path, report, params) {
  let args = step.run.map((arg, i) => [arg, ["run", i]]);
  (step.unless ?? []).forEach((arg, i) => {
    args.push([arg, ["unless", i]]);
  }), step.creates !== void 0 && args.push([step.creates, ["creates"]]), (step.onlyIf ?? []).forEach((arg, i) => {
    args.push([arg, ["onlyIf", i]]);
  }), (step.expect ?? []).forEach((expectation, i) => {
    let tests = ["is", "has", "lacks", "like"].filter((key) => expectation[key] !== void 0);
    tests.length !== 1 && report([...path, "expect", i], "EXPECT_ONE_TEST", { step: step.name, count: String(tests.length) });
    for (let key of ["match", "like"]) {
      let expression = expectation[key];
      if (expression !== void 0)
        try {
          new RegExp(expression.replaceAll(PLACEHOLDER, "x"));
        } catch {
          report([...path, "expect", i, key], "EXPECT_NOT_REGEX", { step: step.name });
        }
    }
    for (let key of ["what", "match", "is", "has", "lacks", "like"]) {
      let text = expectation[key];
      text !== void 0 && args.push([text, ["expect", i, key]]);
    }
  }), step.unless && step.creates !== void 0 && report([...path, "unless"], "UNLESS_AND_CREATES", { step: step.name });
  let known = [...STEP_PLACEHOLDERS, ...params];
  for (let [arg, where] of args)
    for (let match of arg.matchAll(PLACEHOLDER))
      known.includes(match[1]) || report([...path, ...where], "UNKNOWN_PLACEHOLDER", {
        step: step.name,
        placeholder: `{${match[1]}}`,
        known: known.map((p) => `{${p}}`).join(", ")
      });
}
function findRequiresCycle(pack) {
  let edges = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    edges.set(name, [...new Set((component.requires ?? []).flatMap((r) => Object.keys(r.needs)))]);
  let state = /* @__PURE__ */ new Map(), stack = [], visit = (name) => {
    if (state.get(name) === "done") return null;
    if (state.get(name) === "open") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "open"), stack.push(name);
    for (let next of edges.get(name) ?? []) {
      let cycle = visit(next);
      if (cycle) return cycle;
    }
    return stack.pop(), state.set(name, "done"), null;
  };
  for (let name of edges.keys()) {
    let cycle = visit(name);
    if (cycle) return cycle;
  }
  return null;
}

export {
  PLACEHOLDER,
  rememberPrecompiledPack,
  loadPack
};
