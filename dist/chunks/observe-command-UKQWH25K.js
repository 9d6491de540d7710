import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  parseTransport,
  transportArgv
} from "./chunk-3Q2G4D2C.js";
import {
  checkSources,
  gatherSources
} from "./chunk-5JVEXH24.js";
import "./chunk-HTZNL3MI.js";
import {
  inertText
} from "./chunk-B7A5PP2Z.js";
import "./chunk-JNZWN4BN.js";
import "./chunk-WYT27V7G.js";
import "./chunk-U5LBE3R7.js";
import {
  RollgateError,
  memberState
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/observe-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";

// src/io/member-commands.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { spawn } from "node:child_process";
function processAsk(options) {
  return (member, run) => runBounded(
    transportArgv({ name: "observe", on: "member", host: member, run }, options.transport),
    options
  );
}
function runBounded(argv, options) {
  return new Promise((resolve) => {
    let [program, ...args] = argv, child = spawn(program, args, {
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: !0
    }), out = [], err = [], outBytes = 0, errBytes = 0, truncated = !1, settled = !1, finish = (outcome) => {
      settled || (settled = !0, clearTimeout(timer), resolve(outcome));
    }, kill = () => {
      try {
        child.pid !== void 0 && process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    }, timer = setTimeout(() => {
      kill(), finish({ kind: "timeout", seconds: options.timeoutSeconds });
    }, options.timeoutSeconds * 1e3), collect = (chunks, chunk, bytes) => bytes + chunk.length > options.maxBytes ? (truncated = !0, kill(), bytes) : (chunks.push(chunk), bytes + chunk.length);
    child.stdout.on("data", (chunk) => {
      outBytes = collect(out, chunk, outBytes);
    }), child.stderr.on("data", (chunk) => {
      errBytes = collect(err, chunk, errBytes);
    }), child.on("error", (error) => {
      finish({
        kind: "unreachable",
        reason: error.code === "ENOENT" ? `${program} was not found` : `${program} could not start (${error.code ?? "error"})`
      });
    }), child.on("close", (code) => {
      finish({
        kind: "exited",
        code: code ?? 1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        truncated
      });
    });
  });
}

// src/observe/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/observe/probe.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/observe/lxc-cluster.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/observe/types.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var SERVICE_STATUSES = ["Online", "Evacuated", "Offline", "Blocked"];

// src/observe/lxc-cluster.ts
var MAX_LXC_MEMBERS = 1e4;
function parseLxcClusterList(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  if (!Array.isArray(value) || value.length > MAX_LXC_MEMBERS) return;
  let entries = [];
  for (let item of value) {
    if (typeof item != "object" || item === null) return;
    let { server_name: name, status } = item;
    if (typeof name != "string" || name.length === 0 || name.length > 253) return;
    entries.push({
      name,
      status: SERVICE_STATUSES.includes(status) ? status : "unknown"
    });
  }
  return entries;
}

// src/observe/snap-list.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var HEADER = ["Name", "Version", "Rev", "Tracking", "Publisher", "Notes"], NAME = /^[a-z0-9](?:-?[a-z0-9]){0,39}$/, VERSION = /^[A-Za-z0-9:.+~_-]{1,32}$/, REVISION = /^(x?)([0-9]{1,10})$/, TRACKING = /^[A-Za-z0-9._-]{1,64}(?:\/[A-Za-z0-9._-]{1,64}){0,2}(?:\/…)?$/, PUBLISHER = /^\S{1,80}$/, NOTE = /^[a-z][a-z-]{0,31}$/;
function parseSnapList(text) {
  let lines = text.split(`
`).filter((line, index, all) => line !== "" || index < all.length - 1);
  if (lines.length === 0) return { ok: !0, rows: [] };
  let header = (lines[0] ?? "").trim().split(/ +/);
  if (header.length !== HEADER.length || header.some((word, index) => word !== HEADER[index]))
    return {
      ok: !1,
      line: 1,
      reason: "its header is not Name Version Rev Tracking Publisher Notes"
    };
  if (lines.length - 1 > 1e3)
    return { ok: !1, line: 1002, reason: "it lists more than 1000 snaps" };
  let rows = [];
  for (let index = 1; index < lines.length; index++) {
    let words = (lines[index] ?? "").trim().split(/ +/), bad = (reason) => ({ ok: !1, line: index + 1, reason });
    if (words.length !== 6) return bad("a row does not have six columns");
    let [name, version, rev, tracking, publisher, notes] = words;
    if (!NAME.test(name)) return bad("a Name is no snap name");
    if (!VERSION.test(version)) return bad("a Version is no snap version");
    let revision = REVISION.exec(rev);
    if (!revision) return bad("a Rev is no revision");
    if (tracking !== "-" && !TRACKING.test(tracking)) return bad("a Tracking is no channel");
    if (!PUBLISHER.test(publisher)) return bad("a Publisher is unreadable");
    let noteList = notes === "-" ? [] : notes.split(",");
    if (noteList.some((note) => !NOTE.test(note)))
      return bad("a Notes cell is not `-` or comma-joined notes");
    rows.push({
      name,
      version,
      revision: revision[1] === "x" ? void 0 : Number(revision[2]),
      tracking: tracking === "-" ? void 0 : tracking,
      notes: noteList
    });
  }
  return { ok: !0, rows };
}

// src/observe/probe.ts
var snapListCommand = (snaps) => ["snap", "list", ...snaps], LXC_CLUSTER_LIST = ["lxc", "cluster", "list", "--format", "json"];
function isSnap(pack, component) {
  let spec = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0;
  return spec ? (spec.datasource ?? pack.datasource) === "snap-store" && pack.rollout?.pins !== "none" : !1;
}
function evacuatesMembers(pack) {
  return Object.values(pack.components).some(
    (spec) => [...spec.rollout?.member ?? [], ...spec.rollout?.before ?? []].some(
      (step) => step.run[0] === "lxc" && step.run[1] === "cluster" && step.run[2] === "evacuate"
    )
  );
}
function probesOf(fleet, pack) {
  let service = evacuatesMembers(pack), probes = [];
  for (let cluster of fleet.clusters)
    for (let member of cluster.members) {
      let components = componentsOfMember(cluster, member);
      probes.push({
        cluster: cluster.name,
        member: member.name,
        components,
        snaps: components.filter((component) => isSnap(pack, component)),
        service
      });
    }
  return probes;
}
function componentsOfMember(cluster, member) {
  return [.../* @__PURE__ */ new Set([...Object.keys(cluster.components), ...Object.keys(member.overrides ?? {})])].filter((name) => memberState(cluster, member, name) !== void 0).sort();
}
async function observeMember(probe, ask, now) {
  let components = {};
  for (let name of probe.components)
    probe.snaps.includes(name) || (components[name] = {
      status: "unsupported",
      reason: "rollgate reads back snaps only; this component is not one"
    });
  let unknown = (reason) => {
    for (let name of probe.snaps) components[name] = { status: "unknown", reason };
    return {
      cluster: probe.cluster,
      name: probe.member,
      at: now().toISOString(),
      status: "unknown",
      reason,
      ...probe.service ? { service: "unknown" } : {},
      components
    };
  };
  if (probe.snaps.length > 0) {
    let outcome = await ask(probe.member, snapListCommand(probe.snaps)), failed = notAnswered(outcome, "snap list");
    if (failed !== void 0) return unknown(failed);
    let answer = outcome, noneInstalled = answer.code !== 0 && answer.stderr.includes("no matching snaps installed");
    if (answer.code !== 0 && !noneInstalled) return unknown(`snap list exited with code ${answer.code}`);
    let parsed = noneInstalled ? { ok: !0, rows: [] } : parseSnapList(answer.stdout);
    if (!parsed.ok)
      return unknown(`snap list printed what rollgate cannot read (line ${parsed.line}: ${parsed.reason})`);
    let byName = new Map(parsed.rows.map((row) => [row.name, row]));
    for (let name of probe.snaps) {
      let row = byName.get(name);
      components[name] = row ? {
        status: "found",
        ...row.tracking !== void 0 ? { channel: row.tracking } : {},
        ...row.revision !== void 0 ? { revision: row.revision } : {},
        version: row.version,
        held: row.notes.includes("held"),
        cohort: row.notes.includes("in-cohort")
      } : { status: "absent" };
    }
  }
  let service;
  if (probe.service) {
    let outcome = await ask(probe.member, LXC_CLUSTER_LIST), failed = notAnswered(outcome, "lxc cluster list");
    if (failed !== void 0 && outcome.kind !== "exited") return unknown(failed);
    service = (outcome.kind === "exited" && outcome.code === 0 && !outcome.truncated ? parseLxcClusterList(outcome.stdout) : void 0)?.find((entry) => entry.name === probe.member)?.status ?? "unknown";
  }
  return {
    cluster: probe.cluster,
    name: probe.member,
    at: now().toISOString(),
    status: "answered",
    ...service !== void 0 ? { service } : {},
    components
  };
}
function notAnswered(outcome, what) {
  if (outcome.kind === "timeout") return `${what} did not answer within ${outcome.seconds}s`;
  if (outcome.kind === "unreachable") return `${what} could not be run: ${outcome.reason}`;
  if (outcome.truncated) return `${what} printed more than rollgate reads`;
  if (outcome.code === 255) return `${what} could not reach the member (exit 255)`;
}
async function inPool(items, limit, work) {
  let results = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let index = next++;
      results[index] = await work(items[index], index);
    }
  };
  return await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)), results;
}

// src/observe/index.ts
async function observeFleet(fleet, pack, ask, options) {
  let at = options.now().toISOString(), probes = probesOf(fleet, pack), done = 0, unknown = 0, members = await inPool(probes, options.concurrency, async (probe) => {
    let member = await observeMember(probe, ask, options.now);
    return done++, member.status === "unknown" && unknown++, options.progress?.(done, probes.length, unknown), member;
  });
  return { apiVersion: "rollgate/v1", kind: "Observed", manifest: options.manifest, at, members };
}

// src/cli/observe-command.ts
var MAX_OUTPUT_BYTES = 1024 * 1024;
function wholeNumber(value, flag, min, max) {
  let text = String(value), number = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= min && number <= max))
    throw new RollgateError(`--${flag} ${JSON.stringify(text)} is not a whole number from ${min} to ${max}.`);
  return number;
}
async function observeCommand(values, io, services) {
  if (!values.head)
    throw new RollgateError(
      "--head is required: the manifest whose members to ask, for example --head fleet.yaml."
    );
  let concurrency = wholeNumber(values.concurrency ?? "32", "concurrency", 1, 1024), timeoutSeconds = wholeNumber(values.timeout ?? "30", "timeout", 1, 3600), transport = parseTransport(values.transport), outName = String(values.out ?? "observed.json"), sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? "policies"),
    repository: services.repository,
    head: String(values.head)
  }), result = await checkSources(sources, /* @__PURE__ */ new Date()), fleet = result.head.fleet;
  if (!fleet || result.head.findings.length > 0 || !result.policy) {
    let first = result.findings[0];
    throw new RollgateError(
      `${inertText(sources.head.file)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ""}; rollgate check says why.`
    );
  }
  let tty = io.isTTY, observed = await observeFleet(
    fleet,
    result.policy.pack,
    processAsk({ transport, timeoutSeconds, maxBytes: MAX_OUTPUT_BYTES, env: io.env }),
    {
      manifest: sources.head.file,
      concurrency,
      now: () => /* @__PURE__ */ new Date(),
      progress: progressLine(io, tty)
    }
  ), out = path.resolve(io.cwd, outName), aside = `${out}.rollgate-partial`;
  await writeFile(aside, `${JSON.stringify(observed, null, 2)}
`), await rename(aside, out);
  let unknown = observed.members.filter((member) => member.status === "unknown"), lines = [
    `Observed ${observed.members.length} member${observed.members.length === 1 ? "" : "s"} of ${inertText(sources.head.file)}: ${observed.members.length - unknown.length} answered, ${unknown.length} unknown; written to ${inertText(outName)}.`
  ];
  for (let member of unknown.slice(0, 20))
    lines.push(
      `  ${inertText(member.cluster)}/${inertText(member.name)}: ${inertText(member.reason ?? "unknown")}`
    );
  return unknown.length > 20 && lines.push(`  and ${unknown.length - 20} more.`), io.stdout(`${lines.join(`
`)}
`), 0;
}
function progressLine(io, tty) {
  return (done, total, unknown) => {
    let step = Math.max(1, Math.floor(total / 20)), text = `rollgate observe: ${done}/${total} members asked, ${unknown} unknown`;
    tty ? io.stderr(`\r${text}${done === total ? `
` : ""}`) : (done % step === 0 || done === total) && io.stderr(`${text}
`);
  };
}
export {
  observeCommand
};
