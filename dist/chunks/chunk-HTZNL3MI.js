import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-B7A5PP2Z.js";
import {
  loadPack
} from "./chunk-U5LBE3R7.js";
import {
  RULES,
  RollgateError,
  comparableVersion,
  compareFindings,
  describeState,
  formatMessage,
  keyPositionOf,
  loadManifest,
  manifestPaths,
  memberState,
  positionOf,
  sameRun,
  schemaFinding
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/check/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/check/diff.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function diffFleets(base, head) {
  let changes = [], baseClusters = new Map(base.clusters.map((c) => [c.name, c]));
  for (let cluster of head.clusters) {
    let before = baseClusters.get(cluster.name), names = /* @__PURE__ */ new Set([...Object.keys(before?.components ?? {}), ...Object.keys(cluster.components)]);
    for (let component of names) {
      let fromState = before?.components[component], toState = cluster.components[component];
      sameRun(fromState, toState) || changes.push(change(cluster.name, component, void 0, fromState, toState));
    }
    let baseOverriding = new Map(
      (before?.members ?? []).filter((m) => m.overrides).map((m) => [m.name, m])
    );
    for (let member of cluster.members) {
      let beforeMember = baseOverriding.get(member.name);
      if (!member.overrides && !beforeMember) continue;
      let overridden = /* @__PURE__ */ new Set([
        ...Object.keys(member.overrides ?? {}),
        ...Object.keys(beforeMember?.overrides ?? {})
      ]);
      for (let component of overridden) {
        let fromState = before ? merged(before, beforeMember?.overrides?.[component], component) : void 0, toState = merged(cluster, member.overrides?.[component], component), clusterFrom = before?.components[component], clusterTo = cluster.components[component];
        sameRun(fromState, toState) || sameRun(fromState, clusterFrom) && sameRun(toState, clusterTo) || changes.push(change(cluster.name, component, member.name, fromState, toState));
      }
    }
  }
  return changes;
}
function merged(cluster, own, component) {
  let shared = cluster.components[component];
  return own ? shared ? { ...shared, ...own } : own : shared;
}
function change(cluster, component, member, fromState, toState) {
  return {
    cluster,
    component,
    ...member ? { member } : {},
    from: fromState ? describeState(fromState) : null,
    to: toState ? describeState(toState) : null,
    ...fromState ? { fromState } : {},
    ...toState ? { toState } : {}
  };
}

// src/check/introduced.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/check/pack-fit.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/check/states.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function* statesOf(fleet) {
  for (let cluster of fleet.clusters) {
    for (let [component, state] of Object.entries(cluster.components))
      yield { cluster, component, state, path: manifestPaths.component(cluster, component) };
    for (let member of cluster.members)
      if (member.overrides)
        for (let [component, own] of Object.entries(member.overrides)) {
          let shared = cluster.components[component];
          yield {
            cluster,
            member,
            component,
            state: shared ? { ...shared, ...own } : own,
            path: manifestPaths.memberComponent(cluster, member, component)
          };
        }
  }
}

// src/check/pack-fit.ts
function checkAgainstPack(head, policy) {
  let findings = [], pack = policy.pack, report = (path, code, data, subject) => {
    let { line, column } = keyPositionOf(head.source, path);
    findings.push(schemaFinding(code, { file: head.source.file, line, column, ...subject }, data));
  };
  for (let cluster of head.fleet.clusters) {
    let size = cluster.members.length;
    if (pack.members?.min !== void 0 && size < pack.members.min || pack.members?.max !== void 0 && size > pack.members.max) {
      let range = pack.members.min === pack.members.max ? `exactly ${pack.members.min}` : `${pack.members.min ?? 1} to ${pack.members.max ?? "any number of"}`;
      report(
        [...manifestPaths.cluster(cluster), "members"],
        "MEMBER_COUNT",
        { cluster: cluster.name, size: `${size} member${size === 1 ? "" : "s"}`, pack: pack.name, range },
        { cluster: cluster.name }
      );
    }
  }
  for (let at of statesOf(head.fleet)) {
    let subject = {
      cluster: at.cluster.name,
      component: at.component,
      ...at.member ? { member: at.member.name } : {}
    }, spec = Object.hasOwn(pack.components, at.component) ? pack.components[at.component] : void 0;
    if (!spec) {
      report(
        at.path,
        "UNKNOWN_COMPONENT",
        { component: at.component, pack: pack.name, known: pack.order.join(", ") },
        subject
      );
      continue;
    }
    let source = spec.versioning.source, raw = source === "track" ? at.state.channel?.split("/")[0] : at.state.version;
    if (raw === void 0) {
      report(
        at.path,
        "VERSION_MISSING",
        {
          component: at.component,
          needed: source === "track" ? "a `channel` (track/risk)" : "a `version`",
          pack: pack.name
        },
        subject
      );
      continue;
    }
    let scheme = policy.schemes.get(at.component);
    scheme?.isValid(raw) || report(
      at.path,
      "UNREADABLE_VERSION",
      {
        component: at.component,
        what: source === "track" ? "track" : "version",
        version: raw,
        pack: pack.name,
        scheme: spec.versioning.scheme,
        known: scheme?.known ?? ""
      },
      subject
    );
  }
  return findings;
}

// src/check/run-rules.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function subjectKey(rule, code, subject) {
  return `${rule}\0${code ?? ""}\0${subject.cluster ?? ""}\0${subject.member ?? ""}\0${subject.component ?? ""}`;
}
function runRules(head, base, policy, changes, policyChanges, now, subjects, observed) {
  let findings = [], baseClusters = new Map(base?.fleet.clusters.map((c) => [c.name, c]) ?? []), baseMembers = /* @__PURE__ */ new Map();
  for (let rule of RULES) {
    if (!rule.check) continue;
    let configured = (component) => (component && Object.hasOwn(policy.pack.components, component) ? policy.pack.components[component]?.rules?.[rule.id] : void 0) ?? policy.pack.rules?.[rule.id] ?? rule.severity, context = {
      head,
      ...base ? { base } : {},
      policy,
      now,
      changes,
      policyChanges,
      ...observed ? { observed } : {},
      baseCluster: (name) => baseClusters.get(name),
      baseState(at) {
        let before = baseClusters.get(at.cluster.name);
        if (!before) return;
        if (!at.member) return before.components[at.component];
        let members = baseMembers.get(before);
        if (!members) {
          members = /* @__PURE__ */ new Map();
          for (let member2 of before.members)
            members.has(member2.name) || members.set(member2.name, member2);
          baseMembers.set(before, members);
        }
        let member = members.get(at.member.name);
        return member ? memberState(before, member, at.component) : void 0;
      },
      component: (name) => Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : void 0,
      scheme: (name) => policy.schemes.get(name),
      versionOf: (component, state) => comparableVersion(policy, component, state),
      states: statesOf,
      report(finding) {
        let setting = configured(finding.component);
        if (setting === "off") return;
        if (subjects) {
          subjects.add(subjectKey(rule.id, finding.messageId, finding));
          return;
        }
        let severity = setting, position = finding.at ?? {
          file: head.source.file,
          ...finding.atKey ? keyPositionOf(head.source, finding.path) : positionOf(head.source, finding.path)
        }, template = rule.messages[finding.messageId];
        if (template === void 0) throw new Error(`${rule.id} has no message ${finding.messageId}.`);
        findings.push({
          rule: rule.id,
          code: finding.messageId,
          ...finding.data ? { data: finding.data } : {},
          severity,
          message: formatMessage(template, finding.data),
          file: position.file,
          line: position.line,
          column: position.column,
          ...finding.cluster !== void 0 ? { cluster: finding.cluster } : {},
          ...finding.component !== void 0 ? { component: finding.component } : {},
          ...finding.member !== void 0 ? { member: finding.member } : {},
          ...finding.introduced !== void 0 ? { introduced: finding.introduced } : {}
        });
      }
    };
    rule.check(context);
  }
  return findings;
}

// src/check/introduced.ts
function markIntroduced(judged, base, policy, now) {
  if (judged.every((finding) => finding.introduced !== void 0)) return;
  let old = /* @__PURE__ */ new Set();
  for (let finding of checkAgainstPack(base, policy))
    old.add(subjectKey(finding.rule, finding.code, finding));
  runRules(base, void 0, policy, [], [], now, old);
  for (let finding of judged)
    finding.introduced ??= !old.has(subjectKey(finding.rule, finding.code, finding));
}

// src/check/index.ts
async function check(input) {
  let head = loadManifest(input.head.text, input.head.file), base = input.base ? loadManifest(input.base.text, input.base.file, head.source ? { known: head.source } : {}) : void 0, findings = [...head.findings];
  if (!head.fleet || !head.source || head.findings.length > 0)
    return finish({ findings, changes: [], head, ...base ? { base } : {} }, input.strict);
  let baseUsable = base?.fleet && base.source && base.findings.length === 0;
  if (base && !baseUsable) {
    let first = base.findings[0];
    findings.push(
      schemaFinding(
        "BASE_UNREADABLE",
        { file: head.file, line: 1, column: 1, severity: "warning" },
        { file: base.file, reason: first ? ` (line ${first.line}: ${first.message})` : "" }
      )
    );
  }
  let judgedHead = { fleet: head.fleet, source: head.source }, judgedBase = baseUsable ? { fleet: base.fleet, source: base.source } : void 0, policyName = judgedBase?.fleet.policy ?? head.fleet.policy, packFile = await input.resolvePack(
    policyName,
    judgedBase ? base.file : head.file
  );
  if (!packFile) {
    let { line, column } = positionOf(head.source, ["policy"]), known = input.knownPacks?.length ? ` The packs there are: ${input.knownPacks.join(", ")}.` : "";
    return findings.push(
      schemaFinding(
        /\.ya?ml$/.test(policyName) ? "PACK_PATH_NOT_FOUND" : "UNKNOWN_PACK",
        { file: head.file, line, column },
        { policy: policyName, known }
      )
    ), finish({ findings, changes: [], head, ...base ? { base } : {} }, input.strict);
  }
  let loaded = loadPack(packFile.text, packFile.file);
  if (!loaded.policy) {
    let first = loaded.findings[0];
    throw new RollgateError(
      `The policy pack ${packFile.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${printable(first.message)}` : "."}`
    );
  }
  let policy = loaded.policy, policyChanges = typeof input.policyChanges == "function" ? await input.policyChanges({
    head: head.fleet.policy,
    ...base?.fleet ? { base: base.fleet.policy } : {}
  }) : input.policyChanges ?? [];
  for (let change2 of policyChanges)
    change2.text !== void 0 && findings.push(...loadPack(change2.text, change2.file).findings);
  let changes = judgedBase ? diffFleets(judgedBase.fleet, judgedHead.fleet) : [], judged = [
    ...checkAgainstPack(judgedHead, policy),
    ...runRules(judgedHead, judgedBase, policy, changes, policyChanges, input.now, void 0, input.observed)
  ];
  return judgedBase && markIntroduced(judged, judgedBase, policy, input.now), findings.push(...judged), finish({ findings, changes, head, ...base ? { base } : {}, policy }, input.strict);
}
function finish(result, strict = !1) {
  result.findings.sort(compareFindings);
  let errors = 0, warnings = 0;
  for (let finding of result.findings)
    finding.message = printable(finding.message), finding.introduced ??= !0, !finding.introduced && !strict && (finding.severity = "warning"), finding.severity === "error" ? errors++ : warnings++;
  return { ok: errors === 0, summary: { errors, warnings }, ...result };
}

export {
  check
};
