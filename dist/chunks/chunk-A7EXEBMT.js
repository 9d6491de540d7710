import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  parseNow
} from "./chunk-PMDOHF4R.js";
import {
  check
} from "./chunk-HTZNL3MI.js";
import {
  inertText
} from "./chunk-B7A5PP2Z.js";
import {
  shownPath,
  workingTreePacks
} from "./chunk-JNZWN4BN.js";
import {
  replaceText,
  requireText
} from "./chunk-WYT27V7G.js";
import {
  RollgateError,
  describeState,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  loadManifest,
  memberState,
  parseDocument,
  stringify
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/edit/manifest-edit.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var RUN_FIELDS = ["version", "channel", "revision"];
function readFleet(text, file) {
  let loaded = loadManifest(text, file), first = loaded.findings[0];
  if (!loaded.fleet || first) {
    let where = first ? ` (line ${first.line}: ${first.message})` : "";
    throw new RollgateError(
      `${file} is not a manifest rollgate can edit${where}; fix it first (rollgate check --head ${file} shows why).`
    );
  }
  return loaded.fleet;
}
function applyMoves(text, file, moves) {
  let fleet = readFleet(text, file), document = parseDocument(text, { keepSourceTokens: !1, uniqueKeys: !0 }), splices = [], edits = [];
  for (let move of moves) {
    let cluster = fleet.clusters.find((c) => c.name === move.cluster);
    if (!cluster) throw new RollgateError(`${file} has no cluster named ${move.cluster}.`);
    let state = cluster.components[move.component];
    if (!state) throw new RollgateError(`Cluster ${move.cluster} in ${file} runs no ${move.component}.`);
    let where = `${move.component} in cluster ${move.cluster}`, map = mapAt(document.contents, ["clusters", cluster.index, "components", move.component], where), next = { ...state, ...move.run }, changed = !1;
    for (let field of RUN_FIELDS) {
      let value = move.run[field];
      if (!(value === void 0 || state[field] === value)) {
        if (state[field] === void 0)
          throw new RollgateError(
            `${where} has no \`${field}\` to set: it pins ${describeState(state)}, so move it to ${state.version !== void 0 ? "a version" : "a channel and revision (CHANNEL@REVISION)"}, or edit ${file} by hand.`
          );
        splices.push(replaceValue(map, field, value, where)), changed = !0;
      }
    }
    changed && edits.push({
      cluster: move.cluster,
      component: move.component,
      from: describeState(state),
      to: describeState(next)
    });
    for (let member of cluster.members) {
      let own = member.overrides?.[move.component];
      if (!own) continue;
      let before = memberState(cluster, member, move.component), memberWhere = `${move.component} on member ${member.name} of cluster ${move.cluster}`, memberMap = mapAt(
        document.contents,
        ["clusters", cluster.index, "members", member.index, "components", move.component],
        memberWhere
      ), memberChanged = !1;
      for (let field of RUN_FIELDS) {
        let value = move.run[field];
        value === void 0 || own[field] === void 0 || own[field] === value || (splices.push(replaceValue(memberMap, field, value, memberWhere)), memberChanged = !0);
      }
      if (memberChanged) {
        let after = { ...before, ...move.run };
        edits.push({
          cluster: move.cluster,
          component: move.component,
          member: member.name,
          from: describeState(before),
          to: describeState(after)
        });
      }
    }
  }
  return { text: splice(text, splices), edits };
}
function mapAt(root, path2, where) {
  let node = root;
  for (let segment of path2)
    if (refuseShared(node, where), isMap(node) ? node = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)
    )?.value : isSeq(node) && typeof segment == "number" ? node = node.items[segment] : node = void 0, node == null)
      throw new RollgateError(`Cannot find ${where} in the manifest's YAML.`);
  if (refuseShared(node, where), !isMap(node))
    throw new RollgateError(
      `${where} is not written as a mapping, so rollgate cannot edit it; edit it by hand.`
    );
  return node;
}
function refuseShared(node, where) {
  if (isAlias(node) || node && typeof node == "object" && "anchor" in node && node.anchor)
    throw new RollgateError(
      `${where} is written with a YAML anchor or alias, so editing it would also move whatever shares it; write its values out, or edit it by hand.`
    );
}
function replaceValue(map, field, value, where) {
  let scalar = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === field)?.value;
  if (!isScalar(scalar) || !scalar.range)
    throw new RollgateError(`${where} has a \`${field}\` that is not a plain value; edit it by hand.`);
  return refuseShared(scalar, where), { start: scalar.range[0], end: scalar.range[1], text: render(value, scalar.type) };
}
function render(value, type) {
  return typeof value == "number" ? String(value) : type === "QUOTE_DOUBLE" ? JSON.stringify(value) : type === "QUOTE_SINGLE" ? `'${value.replaceAll("'", "''")}'` : stringify(value).trimEnd();
}
function splice(text, splices) {
  let out = text;
  for (let { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}

// src/cli/edit.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";

// src/edit/guard.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var key = (f) => JSON.stringify([f.rule, f.code, f.cluster ?? "", f.component ?? "", f.member ?? "", sorted(f.data)]);
function sorted(data) {
  return Object.entries(data ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
async function judgeEdit(input) {
  let common = {
    resolvePack: input.resolvePack,
    now: input.now,
    ...input.knownPacks ? { knownPacks: input.knownPacks } : {}
  }, base = input.base === null ? {} : { base: { file: input.file, text: input.base ?? input.original } }, before = await check({ head: { file: input.file, text: input.original }, ...base, ...common }), after = await check({
    head: { file: input.file, text: input.edited },
    ...base,
    ...common,
    ...input.strict ? { strict: !0 } : {}
  }), known = new Set(before.findings.filter((f) => f.severity === "error").map(key)), errors = after.findings.filter((f) => f.severity === "error");
  return {
    introduced: errors.filter((f) => !known.has(key(f))),
    preexisting: errors.filter((f) => known.has(key(f))),
    warnings: after.findings.filter((f) => f.severity === "warning")
  };
}

// src/cli/edit.ts
async function readEditTarget(io, file) {
  let absolute = path.resolve(io.cwd, file), shown = shownPath(io.cwd, absolute, file);
  return { absolute, shown, text: await requireText(absolute, "manifest", io.cwd) };
}
async function finishEdit(io, services, command, target, outcome, values) {
  if (outcome.edits.length === 0)
    return io.stdout(`${target.shown} already runs that; nothing to change.
`), 0;
  let verdict = await judgeEditTarget(io, services, target, outcome, values), list = (findings) => findings.map((f) => `  ${f.rule} (line ${f.line}): ${inertText(f.message)}
`).join(""), moves = outcome.edits.map(
    (edit) => `  ${inertText(edit.cluster)}${edit.member ? `/${inertText(edit.member)}` : ""}: ${inertText(edit.component)} ${inertText(edit.from)} -> ${inertText(edit.to)}
`
  ).join("");
  if (verdict.introduced.length > 0) {
    let rules = [...new Set(verdict.introduced.map((f) => f.rule))].join(", ");
    if (!values.force)
      return io.stderr(
        `rollgate ${command}: this change fails rollgate check (${rules}):
${moves}${list(verdict.introduced)}`
      ), io.stderr(`Nothing was written to ${target.shown}. Write it anyway with --force.
`), 1;
    io.stderr(
      `rollgate ${command}: written with --force, although it fails rollgate check (${rules}):
${list(verdict.introduced)}`
    );
  }
  return verdict.preexisting.length > 0 && io.stderr(
    `rollgate ${command}: ${target.shown} already had ${verdict.preexisting.length} error${verdict.preexisting.length === 1 ? "" : "s"} that this change does not cause:
${list(verdict.preexisting)}`
  ), verdict.warnings.length > 0 && io.stderr(`rollgate ${command}: warnings:
${list(verdict.warnings)}`), await replaceText(target.absolute, target.shown, target.text, outcome.text), io.stdout(`${moves}Wrote ${target.shown}.
`), 0;
}
async function judgeEditTarget(io, services, target, outcome, values) {
  let { resolve, known } = workingTreePacks(io.cwd, String(values.policies ?? "policies")), base = typeof values["base-ref"] == "string" ? await textAtRef(services.repository, values["base-ref"], target) ?? null : void 0;
  return judgeEdit({
    file: target.shown,
    original: target.text,
    edited: outcome.text,
    ...base !== void 0 ? { base } : {},
    resolvePack: resolve,
    knownPacks: known,
    now: parseNow(values.now),
    ...values.strict === !0 ? { strict: !0 } : {}
  });
}
async function textAtRef(repository, ref, target) {
  let sha = await repository.resolve(ref);
  if (!sha)
    throw new RollgateError(
      `The base ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
    );
  return repository.show(sha, target.absolute);
}

export {
  RUN_FIELDS,
  readFleet,
  applyMoves,
  readEditTarget,
  finishEdit,
  judgeEditTarget
};
