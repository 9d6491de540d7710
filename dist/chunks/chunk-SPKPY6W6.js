import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-6FK5OOZN.js";
import {
  inertText
} from "./chunk-NS7JSAAE.js";
import {
  packPath,
  packResolver,
  readText,
  requireText,
  shownPath
} from "./chunk-LUJEUZ2G.js";
import {
  RollgateError
} from "./chunk-UGKETN7K.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/io/sources.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";
async function gatherSources(options) {
  let { repository, cwd } = options, headPath = path.resolve(cwd, options.head), display = (file) => shownPath(cwd, file, file), commitOf = async (ref, what) => {
    let sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The ${what} ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
      );
    return sha;
  }, headSha = options.headRef !== void 0 ? await commitOf(options.headRef, "head") : void 0, headText;
  if (headSha !== void 0) {
    let text = await repository.show(headSha, headPath);
    if (text === void 0)
      throw new RollgateError(`The head commit ${headSha} has no manifest ${display(options.head)}.`);
    headText = text;
  } else headText = await requireText(headPath, "head manifest", cwd);
  let head = { file: display(options.head), text: headText }, policiesDir = display(options.policies), base, readPacks, policyChanges = [];
  if (options.baseRef !== void 0) {
    let sha = await commitOf(options.baseRef, "base"), baseText = await repository.show(sha, headPath);
    baseText !== void 0 && (base = { file: head.file, text: baseText }), readPacks = (file) => repository.show(sha, path.resolve(cwd, file)), policyChanges = async (named) => {
      let watched = [path.resolve(cwd, options.policies)];
      for (let name of /* @__PURE__ */ new Set([named.head, named.base])) {
        let file = name === void 0 ? void 0 : packPath(name, path.posix.dirname(head.file));
        file !== void 0 && watched.push(path.resolve(cwd, file));
      }
      let root = await repository.root(), edited = [];
      for (let changed of await repository.changed(sha, watched, headSha)) {
        if (!/\.ya?ml$/.test(changed.path)) continue;
        let absolute = path.join(root, changed.path), text = changed.status === "removed" ? void 0 : headSha !== void 0 ? await repository.show(headSha, absolute) : await readText(absolute, root);
        edited.push({
          file: display(absolute),
          what: changed.status,
          ...changed.line !== void 0 ? { line: changed.line } : {},
          ...text !== void 0 ? { text } : {}
        });
      }
      return edited;
    };
  } else {
    if (options.headRef !== void 0)
      throw new RollgateError("A head commit is judged against a base commit; give a base ref too.");
    options.base !== void 0 && (base = {
      file: display(options.base),
      text: await requireText(path.resolve(cwd, options.base), "base manifest", cwd)
    }), readPacks = (file) => readText(path.resolve(cwd, file), cwd);
  }
  let { resolve, known } = packResolver(policiesDir, readPacks);
  return { head, ...base ? { base } : {}, resolvePack: resolve, knownPacks: known, policyChanges };
}
function checkSources(sources, now, strict = !1) {
  return check({
    head: sources.head,
    ...sources.base ? { base: sources.base } : {},
    resolvePack: sources.resolvePack,
    ...sources.policyChanges ? { policyChanges: sources.policyChanges } : {},
    knownPacks: sources.knownPacks,
    now,
    ...strict ? { strict } : {}
  });
}

// src/report/text.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 };
function renderText(result, options = {}) {
  let paint = (color, text) => options.color ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text, lines = [];
  if (result.changes.length > 0) {
    lines.push(paint("bold", "Changes"));
    for (let c of result.changes)
      lines.push(
        `  ${inertText(c.cluster)}${c.member ? `/${inertText(c.member)}` : ""}  ${inertText(c.component)}  ${c.from === null ? "(new)" : inertText(c.from)} -> ${c.to === null ? "(removed)" : inertText(c.to)}`
      );
    lines.push("");
  }
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let key = finding.cluster ?? "", group = groups.get(key);
    group ? group.push(finding) : groups.set(key, [finding]);
  }
  for (let [cluster, findings] of groups) {
    lines.push(paint("bold", cluster ? `Cluster ${inertText(cluster)}` : "Fleet"));
    for (let f of findings) {
      let severity = f.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      lines.push(
        `  ${paint("dim", `${inertText(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${inertText(f.message)}${f.introduced === !1 ? " (already in the base)" : ""}  ${paint("dim", inertText(f.rule))}`
      );
    }
    lines.push("");
  }
  let { errors, warnings } = result.summary, verdict = result.ok ? paint("green", "pass") : paint("red", "fail");
  return lines.push(
    `${verdict}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`
  ), `${lines.join(`
`)}
`;
}

export {
  gatherSources,
  checkSources,
  renderText
};
