import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  codeSpan,
  inertText,
  inlineMarkdown
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

// src/cli/status-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";

// src/observe/progress.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var PROGRESS_RESULTS = [
  "ok",
  "failed",
  "passed-over",
  "approved",
  "waiting",
  "refused",
  "done"
];
var NAME = /^[^\u0000-\u001f\u007f]{0,256}$/, TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, PART = /^(all|[1-9]\d{0,5})$/, KEYS = ["stage", "part", "member", "step", "result", "time"];
function parseProgress(text) {
  let records = [], unreadable = 0;
  for (let line of text.split(`
`)) {
    if (line.trim() === "") continue;
    let record = readRecord(line);
    record && records.length < 1e6 ? records.push(record) : unreadable++;
  }
  return { records, unreadable };
}
function readRecord(line) {
  if (line.length > 2048) return;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return;
  }
  if (typeof value != "object" || value === null || Array.isArray(value)) return;
  let record = value;
  if (Object.keys(record).length !== KEYS.length || !KEYS.every((key) => typeof record[key] == "string")) return;
  let { stage, part, member, step, result, time } = record;
  if ([stage, member, step].every((name) => NAME.test(name)) && !(!PART.test(part) || !TIME.test(time)) && PROGRESS_RESULTS.includes(result))
    return record;
}

// src/observe/status.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function inOrder(records) {
  return records.map((record, index) => ({ record, index })).sort(
    (a, b) => a.record.time < b.record.time ? -1 : a.record.time > b.record.time ? 1 : a.index - b.index
  ).map(({ record }) => record);
}
function rolloutStatus(plan, records, unreadable = 0) {
  let byStage = new Map(plan.stages.map((stage) => [stage.id, []])), ignored = unreadable;
  for (let record of inOrder(records)) {
    let list = byStage.get(record.stage);
    list ? list.push(record) : ignored++;
  }
  let stages = plan.stages.map((stage) => {
    let own = byStage.get(stage.id) ?? [], partsDone = /* @__PURE__ */ new Set();
    for (let record of own)
      if (record.result === "done")
        if (record.part === "all") for (let part of stage.parts) partsDone.add(part.part);
        else partsDone.add(Number(record.part));
    let done = stage.parts.every((part) => partsDone.has(part.part)), last = own[own.length - 1], state2 = "pending";
    done ? state2 = "done" : last?.result === "failed" ? state2 = "failed" : last?.result === "waiting" ? state2 = "waiting" : last?.result === "refused" ? state2 = "not-approved" : own.length > 0 && (state2 = "running");
    let byMember = /* @__PURE__ */ new Map();
    for (let record of own) {
      let list = byMember.get(record.member);
      list ? list.push(record) : byMember.set(record.member, [record]);
    }
    let members = stage.members.map((member) => {
      let mine = byMember.get(member.name) ?? [], lastStep = member.steps[member.steps.length - 1]?.name, latest = mine[mine.length - 1];
      return done || mine.some(
        (record) => record.step === lastStep && (record.result === "ok" || record.result === "passed-over")
      ) ? { name: member.name, state: "done" } : latest ? state2 === "failed" && latest === last ? { name: member.name, state: "failed", step: latest.step } : {
        name: member.name,
        state: latest.result === "failed" ? "failed" : "started",
        step: latest.step
      } : { name: member.name, state: "pending" };
    }), status = {
      id: stage.id,
      cluster: stage.cluster,
      component: stage.component,
      state: state2,
      partsDone: partsDone.size,
      parts: stage.parts.length,
      members
    };
    state2 === "failed" && last && (status.failed = { member: last.member, step: last.step, time: last.time });
    let next = stage.parts.find((part) => !partsDone.has(part.part));
    return next?.approval && state2 !== "failed" && (status.waiting = { part: next.part, reason: next.reason ?? "approval" }, state2 === "running" && last?.result === "done" && (status.state = "waiting")), status;
  }), firstOpen = stages.find((stage) => stage.state !== "done"), failed = stages.some((stage) => stage.state === "failed"), state;
  return firstOpen ? failed ? state = "failed" : firstOpen.waiting && firstOpen.state !== "running" ? state = "waiting" : stages.some((stage) => stage.state !== "pending") ? state = "running" : state = "not-started" : state = "done", {
    plan: plan.id,
    state,
    done: stages.filter((stage) => stage.state === "done").length,
    stages,
    remaining: stages.filter((stage) => stage.state !== "done").map((stage) => stage.id),
    ignored
  };
}

// src/observe/status-render.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var STATUS_FORMATS = ["text", "json", "markdown"];
function statusSentence(status) {
  let total = status.stages.length, counted = `${status.done} of ${total} stage${total === 1 ? "" : "s"} done`, failed = status.stages.find((stage) => stage.state === "failed");
  if (status.state === "done") return `Rollout done: ${counted}.`;
  if (failed?.failed)
    return `Rollout failed at stage ${failed.id}, member ${failed.failed.member || "(stage)"}, step ${failed.failed.step} (${failed.failed.time}); ${counted}.`;
  let waiting = status.stages.find((stage) => stage.state !== "done");
  return status.state === "waiting" && waiting?.waiting ? `Rollout waits for approval of stage ${waiting.id} part ${waiting.waiting.part} (${waiting.waiting.reason}); ${counted}.` : status.state === "running" ? `Rollout under way: ${counted}.` : `Rollout not started: ${counted}.`;
}
function membersText(stage) {
  let member = (m) => m.state === "failed" ? `${m.name} failed at ${m.step}` : m.state === "started" ? `${m.name} at ${m.step}` : `${m.name} ${m.state}`;
  return stage.members.map(member).join(", ");
}
function renderStatusText(status) {
  let lines = [inertText(statusSentence(status))], width = Math.max(0, ...status.stages.map((stage) => stage.id.length));
  for (let stage of status.stages) {
    let waits = stage.waiting && stage.state !== "done" ? `  waits for approval of part ${stage.waiting.part}` : "";
    lines.push(
      inertText(`  ${stage.id.padEnd(width)}  ${stage.state.padEnd(12)}  ${membersText(stage)}${waits}`)
    );
  }
  return status.remaining.length > 0 && status.state !== "done" && lines.push(inertText(`Remaining: ${status.remaining.join(", ")}.`)), status.ignored > 0 && lines.push(
    `${status.ignored} progress record${status.ignored === 1 ? "" : "s"} left out (another plan's, or unreadable).`
  ), `${lines.join(`
`)}
`;
}
function renderStatusJson(status) {
  return `${JSON.stringify(status, null, 2)}
`;
}
var ICONS = {
  done: ":white_check_mark: done",
  failed: ":x: failed",
  waiting: ":hourglass: waiting",
  "not-approved": ":no_entry: not approved",
  running: ":arrows_counterclockwise: running",
  pending: "pending"
};
function markdownSentence(status) {
  let total = status.stages.length, counted = `${status.done} of ${total} stage${total === 1 ? "" : "s"} done`, failed = status.stages.find((stage) => stage.state === "failed");
  if (status.state === "done") return `:white_check_mark: **Rollout done**: ${counted}.`;
  if (failed?.failed)
    return `:x: **Rollout failed** at stage ${codeSpan(failed.id)}, member ${codeSpan(failed.failed.member || "(stage)")}, step ${codeSpan(failed.failed.step)} (${codeSpan(failed.failed.time)}); ${counted}.`;
  let waiting = status.stages.find((stage) => stage.state !== "done");
  return status.state === "waiting" && waiting?.waiting ? `:hourglass: **Rollout waits for approval** of stage ${codeSpan(waiting.id)} part ${waiting.waiting.part}: ${inlineMarkdown(waiting.waiting.reason)}; ${counted}.` : status.state === "running" ? `**Rollout under way**: ${counted}.` : `**Rollout not started**: ${counted}.`;
}
function renderStatusMarkdown(status) {
  let lines = [
    `### Rollout status ${codeSpan(status.plan.replace(/^sha256:/, "").slice(0, 12))}`,
    "",
    markdownSentence(status),
    "",
    "| Stage | State | Members | Waits for |",
    "| --- | --- | --- | --- |"
  ];
  for (let stage of status.stages.slice(0, 200)) {
    let members = stage.members.map(
      (m) => `${codeSpan(m.name)} ${m.state}${m.step && m.state !== "done" ? ` (${codeSpan(m.step)})` : ""}`
    ).join(", "), waits = stage.waiting && stage.state !== "done" ? `approval of part ${stage.waiting.part}: ${inlineMarkdown(stage.waiting.reason)}` : "\u2013";
    lines.push(`| ${codeSpan(stage.id)} | ${ICONS[stage.state]} | ${members || "\u2013"} | ${waits} |`);
  }
  return status.stages.length > 200 && lines.push("", `\u2026and ${status.stages.length - 200} more stages.`), `${lines.join(`
`)}
`;
}
var STATUS_RENDERERS = {
  text: renderStatusText,
  json: renderStatusJson,
  markdown: renderStatusMarkdown
};

// src/cli/status-command.ts
var MAX_PLAN_BYTES = 512 * 1024 * 1024, MAX_PROGRESS_BYTES = 256 * 1024 * 1024;
async function statusCommand(values, io) {
  let format = String(values.format ?? "text");
  if (!STATUS_FORMATS.includes(format))
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${STATUS_FORMATS.join(", ")}.`);
  if (!values.plan)
    throw new RollgateError(
      "--plan is required: the folder rollgate plan wrote, for example --plan rollgate-plan."
    );
  let dir = String(values.plan), planFile = path.join(dir, "plan.json"), planText = await readText(path.resolve(io.cwd, planFile));
  if (planText === void 0)
    throw new RollgateError(
      `${inertText(planFile)} does not exist; give --plan the folder rollgate plan wrote.`
    );
  if (planText.length > MAX_PLAN_BYTES)
    throw new RollgateError(`${inertText(planFile)} is larger than rollgate reads.`);
  let plan = readPlan(planText, inertText(planFile)), records = [], unreadable = 0;
  for (let file of values.progress ?? []) {
    let text = await readText(path.resolve(io.cwd, file));
    if (text === void 0) continue;
    if (text.length > MAX_PROGRESS_BYTES)
      throw new RollgateError(`${inertText(file)} is larger than rollgate reads.`);
    let read = parseProgress(text);
    records.push(...read.records), unreadable += read.unreadable;
  }
  return io.stdout(STATUS_RENDERERS[format](rolloutStatus(plan, records, unreadable))), 0;
}
function readPlan(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RollgateError(`${file} is not JSON; give --plan the folder rollgate plan wrote.`);
  }
  let bad = () => new RollgateError(`${file} is not a plan rollgate wrote (kind RolloutPlan with stages).`), plan = value;
  if (!plan || typeof plan != "object" || plan.kind !== "RolloutPlan" || typeof plan.id != "string" || !Array.isArray(plan.stages)) throw bad();
  for (let stage of plan.stages)
    if (!(stage && typeof stage.id == "string" && typeof stage.cluster == "string" && typeof stage.component == "string" && Array.isArray(stage.members) && stage.members.every(
      (m) => m && typeof m.name == "string" && Array.isArray(m.steps) && m.steps.every((s) => s && typeof s.name == "string")
    ) && Array.isArray(stage.parts) && stage.parts.every((p) => p && Number.isInteger(p.part) && typeof p.approval == "boolean"))) throw bad();
  return plan;
}
export {
  statusCommand
};
