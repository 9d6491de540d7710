import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  parseObserved
} from "./chunk-5JVEXH24.js";
import {
  inertText
} from "./chunk-B7A5PP2Z.js";
import {
  readText
} from "./chunk-WYT27V7G.js";
import {
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/io/observed-file.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";
var MAX_OBSERVED_BYTES = 64 * 1024 * 1024;
async function readObserved(cwd, file) {
  let text = await readText(path.resolve(cwd, file));
  if (text === void 0)
    throw new RollgateError(
      `--observed ${inertText(file)} does not exist; write it with rollgate observe --out ${inertText(file)}.`
    );
  if (text.length > MAX_OBSERVED_BYTES)
    throw new RollgateError(`--observed ${inertText(file)} is larger than rollgate reads (64 MiB).`);
  return parseObserved(text, inertText(file));
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
  readObserved,
  renderText
};
