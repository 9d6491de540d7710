import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  readObserved,
  renderText
} from "./chunk-QZGYVZHU.js";
import {
  checkSources,
  gatherSources
} from "./chunk-5JVEXH24.js";
import {
  baseOptions,
  parseNow
} from "./chunk-PMDOHF4R.js";
import "./chunk-HTZNL3MI.js";
import {
  inertText
} from "./chunk-B7A5PP2Z.js";
import "./chunk-JNZWN4BN.js";
import "./chunk-WYT27V7G.js";
import "./chunk-U5LBE3R7.js";
import {
  RollgateError,
  loadManifest
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/plan-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { constants } from "node:fs";
import { lstat, mkdir, open, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path2 from "node:path";

// src/git/unfinished.ts
init_define_ROLLGATE_BUILTIN_PACKS();
async function readUnfinished(repository, manifest, shown, refs) {
  let rollouts = [];
  for (let { ref, sha } of refs) {
    let text = await repository.show(sha, manifest);
    if (text === void 0) continue;
    let loaded = loadManifest(text, `${shown}@${ref}`);
    if (!loaded.fleet || loaded.findings.length > 0)
      throw new RollgateError(
        `The manifest at the unfinished rollout ref ${ref} could not be read, so rollgate cannot tell what that rollout may have changed.`
      );
    rollouts.push({ ref, sha, fleet: loaded.fleet });
  }
  return rollouts;
}
async function resolveUnfinishedRefs(repository, refs) {
  let resolved = [];
  for (let ref of refs) {
    let sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The unfinished rollout ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
      );
    resolved.push({ ref, sha });
  }
  return resolved;
}

// src/io/plan-files.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { closeSync, mkdirSync, open as openCallback, openSync, writeSync } from "node:fs";
import path from "node:path";
async function writePlanChunks(dir, chunks) {
  let open2 = /* @__PURE__ */ new Map(), made = /* @__PURE__ */ new Set(), target = (file) => {
    let parts = file.split("/");
    if (parts.some((part) => part === "" || part === "." || part === ".."))
      throw new Error(`plan file path ${JSON.stringify(file)} is not a plain relative path`);
    let where = path.join(dir, ...parts), parent = path.dirname(where);
    return made.has(parent) || (mkdirSync(parent, { recursive: !0 }), made.add(parent)), where;
  }, pending = 0, failure, settled, created = (where, text, mode) => {
    pending++, openCallback(where, "w", mode, (error, descriptor) => {
      try {
        if (error) throw error;
        try {
          writeSync(descriptor, text);
        } finally {
          closeSync(descriptor);
        }
      } catch (problem) {
        failure ??= problem;
      }
      pending--, pending <= PENDING_LOW && settled?.();
    });
  }, drained = (level) => pending <= level ? void 0 : new Promise((resolve) => {
    settled = () => {
      pending > level || (settled = void 0, resolve());
    };
  }), done;
  try {
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (next.done) {
        done = next.value;
        break;
      }
      let chunk = next.value;
      if (failure) break;
      let descriptor = open2.get(chunk.path), mode = chunk.executable ? 493 : 420;
      if (descriptor === void 0) {
        if (chunk.end) {
          created(target(chunk.path), chunk.text, mode), pending >= PENDING_HIGH && await drained(PENDING_LOW);
          continue;
        }
        descriptor = openSync(target(chunk.path), "w", mode), open2.set(chunk.path, descriptor);
      }
      chunk.text !== "" && writeSync(descriptor, chunk.text), chunk.end && (open2.delete(chunk.path), closeSync(descriptor));
    }
  } catch (error) {
    failure ??= error;
  } finally {
    for (let descriptor of open2.values()) closeSync(descriptor);
    await drained(0);
  }
  if (failure === void 0) return done;
  let code = failure.code;
  throw typeof code == "string" && code.startsWith("E") ? new RollgateError(`Cannot write the plan under ${dir}: ${failure.message}.`) : failure;
}
var PENDING_HIGH = 512, PENDING_LOW = 64;

// src/report/old-findings.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function untouchedClustersWithOldFindings(result) {
  let touched = new Set(result.changes.map((change) => change.cluster)), clusters = /* @__PURE__ */ new Set();
  for (let finding of result.findings)
    finding.introduced !== !1 || finding.cluster === void 0 || touched.has(finding.cluster) || clusters.add(finding.cluster);
  return [...clusters].sort();
}

// src/cli/plan-command.ts
var PLAN_FILES = ["plan.json", "pins.json", "rollback.json", "matrix.json", "preview.md"], STAGING = ".rollgate-partial";
async function planCommand(values, io, services) {
  let planner = import("./plan-NUJRFEGU.js");
  planner.catch(() => {
  });
  let now = parseNow(values.now), where = baseOptions(values), unfinishedRefs = values["unfinished-ref"] ?? [], out = path2.resolve(io.cwd, String(values.out ?? "rollgate-plan")), sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? "policies"),
    repository: services.repository,
    ...where
  }), result = await checkSources(sources, now, values.strict === !0);
  if (result.findings.length > 0 && io.stderr(renderText(result)), !result.ok && !values.force)
    return io.stderr(
      `rollgate plan: the check found errors, so nothing was planned. Fix them, or plan anyway with --force.
`
    ), 1;
  let { repository } = services, unfinished = (await readUnfinished(
    repository,
    path2.resolve(io.cwd, where.head),
    where.head,
    await resolveUnfinishedRefs(repository, unfinishedRefs)
  )).map((rollout) => rollout.fleet), transport = values.transport, { streamPlan } = await planner, observed = values.observed ? await readObserved(io.cwd, String(values.observed)) : void 0, chunks = streamPlan({
    result,
    ...transport !== void 0 ? { transport } : {},
    unfinished,
    ...observed ? { observed } : {}
  });
  await prepareOut(out);
  let staging = path2.join(out, STAGING);
  await rm(staging, { recursive: !0, force: !0 });
  let plan;
  try {
    plan = await writePlanChunks(staging, chunks), await removeEarlierPlan(out), await moveInto(staging, out);
  } finally {
    await rm(staging, { recursive: !0, force: !0 });
  }
  let gated = plan.stages.filter((stage) => stage.gate === "approval").length, shown = inertText(String(values.out ?? "rollgate-plan")), lines = [
    `Plan ${plan.id}: ${plan.stages.length} stage${plan.stages.length === 1 ? "" : "s"}, ${gated} waiting for approval; written to ${shown}.`
  ];
  for (let stage of plan.stages)
    lines.push(
      inertText(
        `  ${stage.id}  ${stage.from ?? "(new)"} -> ${stage.to}  ${stage.strategy}  ${stage.members.map((m) => m.name).join(" ")}${stage.gate === "approval" ? "  [approval]" : ""}`
      )
    );
  for (let note of plan.notes) lines.push(`note: ${inertText(note)}`);
  let old = untouchedClustersWithOldFindings(result);
  old.length > 0 && lines.push(
    `note: not planned, as this change does not move them, and carrying findings already in the base: ${old.map(inertText).join(", ")}.`
  );
  for (let entry of plan.skipped ?? [])
    lines.push(
      inertText(
        `skipped: ${entry.cluster}/${entry.member} ${entry.component}: ${entry.reason} (observed ${entry.observed})`
      )
    );
  return io.stdout(`${lines.join(`
`)}
`), 0;
}
function cannotUse(out, error) {
  let code = error.code, why = code === "ENOTDIR" ? "a part of the path is a file" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "it cannot be written there" : error.message;
  return new RollgateError(`Cannot write the plan to --out ${out}: ${why}.`);
}
async function makeDirectories(out) {
  let missing = [];
  for (let at = path2.resolve(out); ; at = path2.dirname(at))
    try {
      if (!(await stat(at)).isDirectory()) throw cannotUse(out, { code: "ENOTDIR" });
      break;
    } catch (error) {
      if (error instanceof RollgateError) throw error;
      if (error.code !== "ENOENT" || path2.dirname(at) === at)
        throw cannotUse(out, error);
      missing.unshift(at);
    }
  for (let directory of missing)
    try {
      await mkdir(directory);
    } catch (error) {
      let code = error.code;
      if (code === "ENOENT")
        throw new RollgateError(`Cannot write the plan to --out ${out}: no directory can be made there.`);
      if (code !== "EEXIST") throw cannotUse(out, error);
    }
}
async function prepareOut(out) {
  let entries;
  try {
    let found = await lstat(out);
    if (found.isSymbolicLink())
      throw new RollgateError(
        `--out ${out} is a symbolic link; give a directory, so the plan is written where you see it.`
      );
    if (!found.isDirectory())
      throw new RollgateError(`--out ${out} is a file; give a directory for the plan.`);
    entries = await readdir(out);
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    if (error.code !== "ENOENT") throw cannotUse(out, error);
    await makeDirectories(out);
    return;
  }
  if (entries = entries.filter((name) => name !== STAGING), entries.length !== 0) {
    if (!entries.includes("plan.json") || !await isRolloutPlan(path2.join(out, "plan.json")))
      throw new RollgateError(
        `--out ${out} is not empty and holds no earlier plan (a plan.json of kind RolloutPlan); give a new or empty directory, so no other files are mixed in or removed.`
      );
    for (let folder of PLAN_FOLDERS) {
      let found = await lstat(path2.join(out, folder)).catch(() => {
      });
      if (found && !found.isDirectory())
        throw new RollgateError(
          `--out ${out} holds ${folder} that is not a directory (a link, or a file); rollgate writes the plan's ${folder} only into a real directory.`
        );
    }
  }
}
async function isRolloutPlan(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return !1;
  }
  try {
    if (!(await handle.stat()).isFile()) return !1;
    let start = Buffer.alloc(512), { bytesRead } = await handle.read(start, 0, start.length, 0);
    return /^\{\s*"apiVersion"\s*:\s*"rollgate\/v1"\s*,\s*"kind"\s*:\s*"RolloutPlan"\s*,/.test(
      start.subarray(0, bytesRead).toString("utf8")
    );
  } finally {
    await handle.close();
  }
}
var PLAN_FOLDERS = ["jobs", "overrides", "overrides/direct"], PLAN_FILE_IN = {
  jobs: /\.sh$/,
  overrides: /\.txt$/,
  "overrides/direct": /\.txt$/
};
async function removeEarlierPlan(out) {
  for (let name of PLAN_FILES) await rm(path2.join(out, name), { force: !0 });
  for (let folder of [...PLAN_FOLDERS].reverse()) {
    let where = path2.join(out, folder), names = await readdir(where).catch(() => []), pattern = PLAN_FILE_IN[folder];
    for (let name of names) {
      let file = path2.join(where, name);
      pattern.test(name) && !(await lstat(file)).isDirectory() && await rm(file, { force: !0 });
    }
    await rmdir(where).catch(() => {
    });
  }
}
async function moveInto(from, to) {
  for (let entry of await readdir(from, { withFileTypes: !0 })) {
    let source = path2.join(from, entry.name), target = path2.join(to, entry.name);
    entry.isDirectory() ? (await mkdir(target).catch((error) => {
      if (error.code !== "EEXIST") throw error;
    }), await moveInto(source, target)) : await rename(source, target);
  }
}
export {
  planCommand
};
