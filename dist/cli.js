import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  readObserved,
  renderText
} from "./chunks/chunk-QZGYVZHU.js";
import {
  checkSources,
  gatherSources
} from "./chunks/chunk-5JVEXH24.js";
import {
  baseOptions,
  parseNow
} from "./chunks/chunk-PMDOHF4R.js";
import "./chunks/chunk-HTZNL3MI.js";
import {
  codeSpan,
  inertText,
  inlineMarkdown
} from "./chunks/chunk-B7A5PP2Z.js";
import {
  builtinPacks,
  checkPoliciesFolder,
  toPosix
} from "./chunks/chunk-JNZWN4BN.js";
import "./chunks/chunk-WYT27V7G.js";
import "./chunks/chunk-U5LBE3R7.js";
import {
  RULES,
  RollgateError
} from "./chunks/chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunks/chunk-6UA2Z66A.js";

// src/cli/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/cli/main.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";

// src/git/repository.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";
function gitRepository(directory) {
  let client, started = () => client ??= import("./chunks/dist-QLH53DGG.js").then(
    ({ simpleGit }) => simpleGit({ baseDir: directory, maxConcurrentProcesses: 4, trimmed: !1 })
  ), calls = {
    revparse: async (args) => (await started()).revparse(args),
    show: async (args) => (await started()).show(args),
    raw: async (args) => (await started()).raw(args)
  }, git = () => calls, top, root = () => (top ??= git().revparse(["--show-toplevel"]).then((out) => out.trim()), top), relative = async (file) => toPosix(path.relative(await root(), path.resolve(directory, file)));
  return {
    root,
    async show(ref, file) {
      let inRepository = await relative(file), entry;
      try {
        entry = await git().raw(["ls-tree", "-z", "--full-tree", ref, "--", inRepository]);
      } catch {
        return;
      }
      let mode = entry.slice(0, entry.indexOf(" "));
      if (mode === "120000")
        throw new RollgateError(
          `${inRepository} is a symbolic link at ${ref}; rollgate reads only regular files, so a link in the repository cannot make it read a file elsewhere.`
        );
      if (mode.startsWith("100"))
        try {
          return await git().show([`${ref}:${inRepository}`]);
        } catch {
          return;
        }
    },
    async resolve(ref) {
      try {
        return (await git().revparse(["--verify", "--quiet", `${ref}^{commit}`])).trim() || void 0;
      } catch {
        return;
      }
    },
    async refs(prefix) {
      return (await git().raw([
        "for-each-ref",
        "--format=%(objectname) %(refname)",
        "--",
        prefix.replace(/\/+$/, "")
      ])).split(`
`).filter((line) => line.trim()).map((line) => {
        let [sha = "", ref = ""] = line.split(" ");
        return { sha, ref };
      });
    },
    async ensureCommit(sha, ref) {
      let present = async () => {
        try {
          return await git().raw(["cat-file", "-e", `${sha}^{commit}`]), !0;
        } catch {
          return !1;
        }
      };
      if (await present()) return !0;
      for (let wanted of ref === void 0 ? [sha] : [sha, ref]) {
        try {
          await git().raw(["fetch", "--no-tags", "--depth=1", "origin", wanted]);
        } catch {
          continue;
        }
        if (await present()) return !0;
      }
      return !1;
    },
    async changed(ref, paths, to) {
      let relativePaths = (await Promise.all(paths.map(relative))).filter((file) => file !== ".." && !file.startsWith("../") && !path.isAbsolute(file)).map((file) => `:(top,literal)${file}`);
      if (relativePaths.length === 0) return [];
      let commits = to === void 0 ? [ref] : [ref, to], fields = (await git().raw(["diff", "--name-status", "-z", "-M", ...commits, "--", ...relativePaths])).split("\0").filter((field) => field !== ""), files = [], firstChangedLine = async (file) => {
        let diff = await git().raw(["diff", "-U0", ...commits, "--", `:(top,literal)${file}`]), hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/m.exec(diff);
        return hunk ? Math.max(1, Number(hunk[1])) : void 0;
      };
      for (let at = 0; at < fields.length; ) {
        let code = fields[at++] ?? "", status = code.startsWith("A") ? "added" : code.startsWith("D") ? "removed" : code.startsWith("R") ? "renamed" : "edited";
        (code.startsWith("R") || code.startsWith("C")) && at++;
        let file = fields[at++] ?? "", changedLine = status === "removed" ? void 0 : await firstChangedLine(file);
        files.push({ path: file, status, ...changedLine !== void 0 ? { line: changedLine } : {} });
      }
      if (to !== void 0) return files;
      let untracked = await git().raw([
        "ls-files",
        "--others",
        "--exclude-standard",
        "-z",
        "--full-name",
        "--",
        ...relativePaths
      ]), known = new Set(files.map((file) => file.path));
      for (let file of untracked.split("\0"))
        file !== "" && !known.has(file) && files.push({ path: file, status: "added", line: 1 });
      return files;
    }
  };
}

// src/io/failure.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function describeFailure(error) {
  if (error instanceof RollgateError) return error.message;
  let code = error?.code;
  return typeof code == "string" && code.startsWith("ERR_PARSE_ARGS") ? `${error.message.replace(/\.?$/, ".")} Run with --help for the flags.` : `internal error: ${(error instanceof Error ? error.message : String(error)).split(`
`)[0]}. This is a bug in rollgate; please report it with the input that caused it.`;
}

// src/version.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VERSION = "0.1.0";

// src/cli/commands.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/cli/check-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/git/place.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { realpath } from "node:fs/promises";
import path2 from "node:path";
async function placeIn(repository, cwd) {
  let top;
  try {
    top = await repository.root();
  } catch {
    top = cwd;
  }
  let real = (directory2) => realpath(directory2).catch(() => path2.resolve(directory2)), [root, here] = await Promise.all([real(top), real(cwd)]), directory = toPosix(path2.relative(root, here));
  return directory.startsWith("..") || path2.isAbsolute(directory) ? { root: here, directory: "" } : { root, directory };
}

// src/report/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/json.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function toJsonReport(result) {
  return {
    ok: result.ok,
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    changes: result.changes.map((c) => ({
      cluster: c.cluster,
      component: c.component,
      ...c.member !== void 0 ? { member: c.member } : {},
      from: c.from,
      to: c.to
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...f.code !== void 0 ? { code: f.code } : {},
      file: f.file,
      line: f.line,
      column: f.column,
      ...f.cluster !== void 0 ? { cluster: f.cluster } : {},
      ...f.component !== void 0 ? { component: f.component } : {},
      ...f.member !== void 0 ? { member: f.member } : {},
      // Whether the change brought it; false: the base had it too (a warning unless --strict).
      introduced: f.introduced !== !1
    }))
  };
}
function renderJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/report/markdown.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/drift-table.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function driftFindings(findings) {
  return findings.filter((finding) => finding.rule === "drift");
}
function driftTable(findings) {
  let drifted = driftFindings(findings);
  if (drifted.length === 0) return [];
  let lines = [
    "### Drift",
    "",
    `${drifted.length} member state${drifted.length === 1 ? "" : "s"} differ${drifted.length === 1 ? "s" : ""} from the manifest (rollgate observe).`,
    "",
    "| Member | Component | Runs | Manifest | Observed |",
    "| --- | --- | --- | --- | --- |"
  ];
  for (let finding of drifted) {
    let cell = (key) => finding.data?.[key] !== void 0 ? codeSpan(String(finding.data[key])) : "\u2014";
    lines.push(
      `| ${codeSpan(`${finding.cluster ?? ""}/${finding.member ?? ""}`)} | ${codeSpan(finding.component ?? "")} | ${cell("found")} | ${cell("expected")} | ${cell("at")} |`
    );
  }
  return lines;
}

// src/report/markdown.ts
function verdictLine(result) {
  let { errors, warnings } = result.summary;
  return `${result.ok ? warnings > 0 ? ":warning:" : ":white_check_mark:" : ":x:"} **rollgate ${result.ok ? "passed" : "failed"}**: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`;
}
function changeTable(result) {
  if (result.changes.length === 0) return ["No component versions change."];
  let rows = ["| Cluster | Component | From | To |", "| --- | --- | --- | --- |"];
  for (let c of result.changes)
    rows.push(
      `| ${codeSpan(c.member ? `${c.cluster}/${c.member}` : c.cluster)} | ${codeSpan(c.component)} | ${c.from === null ? "(new)" : codeSpan(c.from)} | ${c.to === null ? "(removed)" : codeSpan(c.to)} |`
    );
  return rows;
}
function findingItem(f) {
  let icon = f.severity === "error" ? ":x:" : ":warning:", old = f.introduced === !1 ? " _(already in the base)_" : "";
  return `- ${icon} ${codeSpan(f.rule)} ${inlineMarkdown(f.message)}${old} (${codeSpan(`${f.file}:${f.line}:${f.column}`)})`;
}
var FOLD_OLD_FINDINGS_ABOVE = 5;
function findingSections(result) {
  if (result.findings.length === 0) return ["No findings."];
  let own = result.findings.filter((f) => f.introduced !== !1), old = result.findings.filter((f) => f.introduced === !1), lines = byCluster(own);
  if (old.length === 0) return lines;
  let title = `Already in the base (${old.length} finding${old.length === 1 ? "" : "s"} this change did not bring)`;
  return old.length <= FOLD_OLD_FINDINGS_ABOVE ? [...lines, "", `#### ${title}`, ...byCluster(old, "#####")] : [
    ...lines,
    "",
    "<details>",
    `<summary>${title}</summary>`,
    ...byCluster(old, "#####"),
    "",
    "</details>"
  ];
}
function byCluster(findings, heading = "####") {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = groups.get(finding.cluster ?? "");
    group ? group.push(finding) : groups.set(finding.cluster ?? "", [finding]);
  }
  let lines = [];
  for (let [cluster, inCluster] of [...groups].sort(
    ([a], [b]) => a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)
  )) {
    lines.push("", `${heading} ${cluster ? `Cluster ${codeSpan(cluster)}` : "Fleet"}`, "");
    let ordered = [...inCluster].sort(
      (a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
    );
    for (let f of ordered) lines.push(findingItem(f));
  }
  return lines;
}
function renderMarkdown(result) {
  let drift = driftTable(result.findings);
  return `${["### rollgate policy check", "", verdictLine(result), "", ...changeTable(result), ...drift.length ? ["", ...drift] : [], "", "### Findings", ...findingSections(result)].join(`
`)}
`;
}

// src/report/sarif.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { pathToFileURL } from "node:url";
var SOURCE_ROOT = "%SRCROOT%", PROJECT = "https://github.com/rollgate/rollgate", BUILTIN = "builtin:", RULES_PAGE = `${PROJECT}/blob/v${VERSION}/docs/rules.md`;
function artifactLocation(file, place) {
  if (file.startsWith(BUILTIN)) return { uri: `${BUILTIN}${encodeURIComponent(file.slice(BUILTIN.length))}` };
  let segments = [...place?.directory ? place.directory.split("/") : [], ...file.split(/[\\/]/)], resolved = [];
  for (let segment of segments)
    segment === "" || segment === "." || (segment === ".." && resolved.length > 0 && resolved[resolved.length - 1] !== ".." ? resolved.pop() : resolved.push(segment));
  return { uri: resolved.map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT };
}
function ruleName(rule) {
  return rule.id.split(/[^a-z0-9]+/i).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function shortDescription(description) {
  let end = description.search(/[.;:](\s|$)/);
  return `${(end < 0 ? description : description.slice(0, end)).trim()}.`;
}
function template(message, slot) {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name) => slot(name));
}
function sarifRule(rule) {
  let anchor = `${RULES_PAGE}#rules`, messages = Object.values(rule.messages), text = [
    rule.description,
    ...messages.length > 0 ? ["", "What it reports:", ...messages.map((m) => `- ${template(m, (name) => `<${name}>`)}`)] : [],
    "",
    `Its default level is ${rule.severity}; a pack may set it to error, warning or off in its rules, for the pack or for one component. The rules are described at ${anchor}.`
  ].join(`
`), markdown = [
    `**\`${rule.id}\`**: ${rule.description}`,
    ...messages.length > 0 ? ["", "What it reports:", "", ...messages.map((m) => `- ${template(m, (name) => `*${name}*`)}`)] : [],
    "",
    `Default level: **${rule.severity}**. A pack sets it (\`error\`, \`warning\` or \`off\`) in its \`rules:\`, for the whole pack or for one component.`,
    "",
    `See [the rules](${anchor}) for every rule and what each catches.`
  ].join(`
`);
  return {
    id: rule.id,
    name: ruleName(rule),
    shortDescription: { text: shortDescription(rule.description) },
    fullDescription: { text: rule.description },
    help: { text, markdown },
    helpUri: anchor,
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.id.split("/")[0]] }
  };
}
function sarifResult(finding, place) {
  return {
    ruleId: finding.rule,
    ruleIndex: RULES.findIndex((rule) => rule.id === finding.rule),
    level: finding.severity,
    message: { text: finding.message },
    // The message id (or bad-input code) the JSON report calls `code`, for tools that tell findings apart by it, and
    // whether the change brought it (false: the base had it too).
    properties: {
      ...finding.code !== void 0 ? { code: finding.code } : {},
      introduced: finding.introduced !== !1
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, place),
          region: { startLine: finding.line, startColumn: finding.column }
        }
      }
    ]
  };
}
function renderSarif(result, options = {}) {
  let place = options.repository, sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rollgate",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: PROJECT,
            rules: RULES.map(sarifRule)
          }
        },
        ...place ? {
          originalUriBaseIds: {
            [SOURCE_ROOT]: { uri: `${pathToFileURL(place.root).href.replace(/\/?$/, "/")}` }
          }
        } : {},
        columnKind: "utf16CodeUnits",
        results: result.findings.map((finding) => sarifResult(finding, place))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/types.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var FORMATS = ["text", "json", "markdown", "sarif"];

// src/report/index.ts
var RENDERERS = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  sarif: renderSarif
};

// src/cli/check-command.ts
async function checkCommand(values, io, services) {
  let format = String(values.format ?? "text");
  if (!FORMATS.includes(format))
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${FORMATS.join(", ")}.`);
  let now = parseNow(values.now), where = baseOptions(values), sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? "policies"),
    repository: services.repository,
    ...where
  }), observed = values.observed ? await readObserved(io.cwd, String(values.observed)) : void 0, result = await checkSources(sources, now, values.strict === !0, observed), repository = format === "sarif" ? await placeIn(services.repository, io.cwd) : void 0;
  return io.stdout(
    RENDERERS[format](result, {
      color: io.isTTY && format === "text" && !io.env.NO_COLOR,
      ...repository ? { repository } : {}
    })
  ), result.ok ? 0 : 1;
}

// src/cli/command.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/cli/commands.ts
var STRICT_OPTION = { strict: { type: "boolean", default: !1 } }, STRICT_FLAG = {
  strict: {
    about: 'Keep findings the change did not bring (the base has them too) at their severity; by default they are warnings, marked "already in the base", and fail nothing.'
  }
}, CHECK_OPTIONS = {
  head: { type: "string" },
  base: { type: "string" },
  "base-ref": { type: "string" },
  policies: { type: "string", default: "policies" },
  format: { type: "string", default: "text" },
  now: { type: "string" },
  ...STRICT_OPTION,
  observed: { type: "string" }
}, CHECK = {
  summary: "Judge a manifest change by its policy pack.",
  usage: "rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF] [--policies DIR] [--format text|json|markdown|sarif] [--now ISO-8601] [--strict] [--observed observed.json]",
  options: CHECK_OPTIONS,
  flags: {
    head: { value: "FILE", about: "The manifest to judge; required." },
    base: {
      value: "FILE",
      about: "The manifest as it was before the change, read from a file, to judge the change against."
    },
    "base-ref": {
      value: "REF",
      about: "A git ref (your pull request's base) to read the manifest as it was and the packs that judge from, so a pack the change edits does not judge it."
    },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    format: {
      value: "FORMAT",
      about: "The report: text for a terminal, json, markdown as the pull request comment has it, or sarif for code scanning."
    },
    now: {
      value: "ISO-8601",
      about: "The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock)."
    },
    ...STRICT_FLAG,
    observed: {
      value: "FILE",
      about: "What the members run (rollgate observe --out): a drift finding for each member that runs neither its base nor its head pin, or is not held where the manifest holds it."
    }
  },
  examples: [
    "rollgate check --head fleet.yaml --base-ref origin/main",
    "rollgate check --head fleet.yaml --base old.yaml --format sarif > rollgate.sarif"
  ],
  exitCodes: "0 no error-level finding; 1 at least one; 2 could not run (one sentence on stderr).",
  run: (values, io, _positionals, services) => checkCommand(values, io, services)
}, PLAN_OPTIONS = {
  head: { type: "string" },
  base: { type: "string" },
  "base-ref": { type: "string" },
  "unfinished-ref": { type: "string", multiple: !0 },
  policies: { type: "string", default: "policies" },
  out: { type: "string", default: "rollgate-plan" },
  transport: { type: "string" },
  now: { type: "string" },
  force: { type: "boolean", default: !1 },
  ...STRICT_OPTION,
  observed: { type: "string" }
}, PLAN_USAGE = 'rollgate plan --head fleet.yaml [--base old.yaml | --base-ref REF] [--unfinished-ref REF]... [--policies DIR] [--out DIR] [--transport "ssh {member}" | --transport local] [--now ISO-8601] [--force] [--strict] [--observed observed.json]', PLAN = {
  summary: "Turn a merged manifest into pins, proxy overrides and staged rollout jobs.",
  usage: PLAN_USAGE,
  options: PLAN_OPTIONS,
  flags: {
    head: { value: "FILE", about: "The merged manifest to plan; required." },
    base: {
      value: "FILE",
      about: "The manifest as last rolled out, read from a file; without a base every member is moved to its pins."
    },
    "base-ref": {
      value: "REF",
      about: "A git ref (refs/rollgate/rolled-out) to read the manifest as last rolled out and the packs that judge from."
    },
    "unfinished-ref": {
      value: "REF",
      about: "A git ref of a rollout that started and did not finish, whose members are planned again from wherever they may be."
    },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    out: {
      value: "DIR",
      about: "The folder the plan is written to: new, empty, or an earlier plan's, whose files the new plan replaces."
    },
    transport: {
      value: "COMMAND",
      about: 'How the job scripts reach a member, with {member} where the host goes, for example "ssh {member}"; local runs every command where the job runs, knowingly (default: the same, refused for a cluster of several members and for a step that reboots one).'
    },
    observed: {
      value: "FILE",
      about: "What the members run (rollgate observe --out): members that already run their target and are in service are skipped (plan.json says which and why), and members a failed stage left evacuated are restored first. Without it the plan is made from the manifests alone."
    },
    now: {
      value: "ISO-8601",
      about: "The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock)."
    },
    force: { about: "Plan even when the check finds errors." },
    ...STRICT_FLAG
  },
  examples: [
    'rollgate plan --head fleet.yaml --base-ref refs/rollgate/rolled-out --out rollgate-plan --transport "ssh {member}"',
    'rollgate plan --head fleet.yaml --base old.yaml --transport "ssh {member}" --out plan'
  ],
  exitCodes: "0 planned; 1 the check found errors, so nothing was written (--force plans anyway); 2 could not run (one sentence on stderr).",
  run: async (values, io, _positionals, services) => (await import("./chunks/plan-command-YFRWST6M.js")).planCommand(values, io, services)
}, PATH_OPTIONS = {
  pack: { type: "string" },
  policies: { type: "string", default: "policies" },
  format: { type: "string", default: "text" }
}, PATH_USAGE = "rollgate path --pack NAME COMPONENT FROM TO [--policies DIR] [--format text|json]", PATH = {
  summary: "Print the upgrade path a pack's rules allow between two versions.",
  usage: PATH_USAGE,
  options: PATH_OPTIONS,
  flags: {
    pack: { value: "NAME", about: "The pack whose jump rules the path follows; required." },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    format: { value: "FORMAT", about: "text, or json: {pack, component, from, to, allowed, path, reason}." }
  },
  examples: [
    "rollgate path --pack microshift microshift 4.14 4.18",
    "rollgate path --pack openstack identity 2023.1 2025.1 --format json"
  ],
  exitCodes: "0 a path (or FROM is TO already); 1 no path, and why; 2 could not run (an unknown pack, component or version).",
  positionals: !0,
  takesPack: !0,
  run: async (values, io, positionals) => (await import("./chunks/path-command-DYLYVU7P.js")).pathCommand(values, io, positionals)
}, EDIT_OPTIONS = {
  file: { type: "string", default: "fleet.yaml" },
  force: { type: "boolean", default: !1 },
  "base-ref": { type: "string" },
  policies: { type: "string", default: "policies" },
  now: { type: "string" }
}, EDIT_FLAGS = {
  file: { value: "FILE", about: "The manifest to edit in place." },
  force: { about: "Write the edit even when it fails rollgate check." },
  "base-ref": {
    value: "REF",
    about: "A git ref (your pull request's base) to judge the edit against, instead of the file as it was, so several edits on one branch are judged together."
  },
  policies: {
    value: "DIR",
    about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
  },
  now: {
    value: "ISO-8601",
    about: "The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock)."
  }
}, STORE_OPTIONS = {
  store: { type: "string" },
  charmhub: { type: "string" }
}, STORE_FLAGS = {
  store: {
    value: "URL",
    about: "The Snap Store, an Enterprise Store or a Snap Store Proxy to look revisions up in (default: ROLLGATE_STORE_URL, else https://api.snapcraft.io)."
  },
  charmhub: {
    value: "URL",
    about: "The Charmhub to look charm revisions up in (default: ROLLGATE_CHARMHUB_URL, else https://api.charmhub.io)."
  }
}, BUMP_OPTIONS = {
  to: { type: "string" },
  cluster: { type: "string" },
  wave: { type: "string" },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS,
  ...STRICT_OPTION
}, BUMP_USAGE = "rollgate bump COMPONENT --to VERSION|CHANNEL@REVISION|CHANNEL [--cluster NAME | --wave NAME] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601] [--strict]", BUMP = {
  summary: "Move a component to a version in fleet.yaml, keeping its comments, if check allows it.",
  usage: BUMP_USAGE,
  options: BUMP_OPTIONS,
  flags: {
    to: {
      value: "VERSION|CHANNEL@REVISION|CHANNEL",
      about: "Where the component goes: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel alone (5.21/stable), whose current revision for each cluster's architecture the pack's datasource gives; required."
    },
    cluster: { value: "NAME", about: "Move the component in this cluster only." },
    wave: {
      value: "NAME",
      about: "Move the component in the clusters of this wave only (with neither, in every cluster that runs it)."
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS,
    ...STRICT_FLAG
  },
  examples: [
    "rollgate bump lxd --to 5.21/stable@36020 --wave canary --base-ref origin/main",
    "rollgate bump lxd --to 5.21/stable --wave canary --store http://snap-proxy.internal:8080",
    "rollgate bump microshift --to 4.16.9 --cluster lab"
  ],
  exitCodes: "0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.",
  positionals: !0,
  run: async (values, io, positionals, services) => (await import("./chunks/bump-command-QFV2ZIP6.js")).bumpCommand(values, io, positionals, services)
}, PROMOTE_OPTIONS = { ...EDIT_OPTIONS, ...STRICT_OPTION }, PROMOTE_USAGE = "rollgate promote FROM-WAVE TO-WAVE [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601] [--strict]", PROMOTE = {
  summary: "Set the clusters of a later wave to what an earlier wave runs, if check allows it.",
  usage: PROMOTE_USAGE,
  options: PROMOTE_OPTIONS,
  flags: { ...EDIT_FLAGS, ...STRICT_FLAG },
  examples: [
    "rollgate promote staging production --base-ref origin/main",
    "rollgate promote canary staging --file fleets/eu.yaml"
  ],
  exitCodes: "0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.",
  positionals: !0,
  run: async (values, io, positionals, services) => (await import("./chunks/promote-command-ZPA23RV7.js")).promoteCommand(values, io, positionals, services)
}, UPDATE_OPTIONS = {
  wave: { type: "string" },
  component: { type: "string" },
  format: { type: "string", default: "text" },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS
}, UPDATE_USAGE = "rollgate update [--wave NAME] [--component NAME] [--format text|json] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]", UPDATE = {
  summary: "Move each component's earliest lagging wave to its channel's newest revision in the store.",
  usage: UPDATE_USAGE,
  options: UPDATE_OPTIONS,
  flags: {
    wave: {
      value: "NAME",
      about: "Update this wave only, and only when no earlier wave is behind."
    },
    component: { value: "NAME", about: "Update this component only." },
    format: {
      value: "text|json",
      about: "json writes nothing: it prints what the update would change and whether check accepts it."
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS
  },
  examples: [
    "rollgate update --base-ref origin/main",
    "rollgate update --component lxd --format json --store http://snap-proxy.internal:8080"
  ],
  exitCodes: "0 written, or nothing to change (json: the update passes check); 1 the update fails check, nothing written (--force writes it); 2 could not run (a store failed: nothing written).",
  run: async (values, io, _positionals, services) => (await import("./chunks/update-command-DOVFDT6U.js")).updateCommand(values, io, services)
}, INIT_OPTIONS = {
  pack: { type: "string" },
  file: { type: "string", default: "fleet.yaml" },
  schema: { type: "string" },
  policies: { type: "string", default: "policies" },
  force: { type: "boolean", default: !1 }
}, INIT_USAGE = "rollgate init --pack NAME [--file fleet.yaml] [--schema URL|PATH] [--policies DIR] [--force]", INIT = {
  summary: "Write a starter fleet.yaml for a pack, with the schema line editors read.",
  usage: INIT_USAGE,
  options: INIT_OPTIONS,
  flags: {
    pack: { value: "NAME", about: "The pack the fleet is judged by; required." },
    file: { value: "FILE", about: "Where the manifest is written." },
    schema: {
      value: "URL|PATH",
      about: "The schema the file's first line points editors at, for example ./node_modules/rollgate/schemas/fleet.schema.json (default: this release's schema on GitHub)."
    },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    force: { about: "Overwrite the file when it exists." }
  },
  examples: [
    "rollgate init --pack microcloud",
    "rollgate init --pack microshift --file edge.yaml --schema ./node_modules/rollgate/schemas/fleet.schema.json"
  ],
  exitCodes: "0 written; 2 could not (the file exists, an unknown pack, a folder that cannot be written).",
  takesPack: !0,
  run: async (values, io) => (await import("./chunks/init-command-65V5LUP5.js")).initCommand(values, io)
};

// src/cli/help.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function wrap(prefix, text, indent) {
  let lines = [], line = prefix, empty = !0;
  for (let word of text.split(/\s+/).filter(Boolean))
    !empty && line.length + 1 + word.length > 100 ? (lines.push(line), line = `${" ".repeat(indent)}${word}`) : line = empty ? `${line}${word}` : `${line} ${word}`, empty = !1;
  return lines.push(line), lines.join(`
`);
}
function commandHelp(command, builtinPacks2) {
  let rows = Object.entries(command.flags).map(([flag, help]) => {
    let definition = command.options[flag], fallback = definition?.default, about = typeof fallback == "string" ? `${help.about.replace(/\.$/, "")} (default: ${fallback}).` : help.about, repeat = definition?.multiple ? " (may be given more than once)" : "";
    return {
      name: `--${flag}${help.value ? ` ${help.value}` : ""}`,
      about: repeat ? about.replace(/\.$/, `${repeat}.`) : about
    };
  });
  rows.push({ name: "-h, --help", about: "Print this help." });
  let column = Math.max(...rows.map((row) => row.name.length)) + 4, lines = [
    `Usage: ${command.usage}`,
    "",
    command.summary,
    "",
    "Flags:",
    ...rows.map((row) => wrap(`  ${row.name.padEnd(column - 2)}`, row.about, column)),
    "",
    "Examples:",
    ...command.examples.map((example) => `  ${example}`)
  ];
  return command.takesPack && lines.push("", wrap("Packs that ship with rollgate: ", `${builtinPacks2.join(", ")}.`, 2)), lines.push("", wrap("Exit codes: ", command.exitCodes, 2)), `${lines.join(`
`)}
`;
}

// src/cli/observe-commands.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var OBSERVE_OPTIONS = {
  head: { type: "string" },
  policies: { type: "string", default: "policies" },
  transport: { type: "string" },
  out: { type: "string", default: "observed.json" },
  concurrency: { type: "string", default: "32" },
  timeout: { type: "string", default: "30" }
}, OBSERVE = {
  summary: "Ask every member what it runs (snaps, LXD cluster status) and write observed.json.",
  usage: 'rollgate observe --head fleet.yaml [--transport "ssh {member}"] [--out observed.json] [--concurrency N] [--timeout SECONDS] [--policies DIR]',
  options: OBSERVE_OPTIONS,
  flags: {
    head: { value: "FILE", about: "The manifest whose members are asked; required." },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    transport: {
      value: "COMMAND",
      about: 'How a member is reached, as for rollgate plan, with {member} for its name, for example "ssh {member}" (default: on this machine).'
    },
    out: { value: "FILE", about: "Where observed.json is written." },
    concurrency: { value: "N", about: "At most this many members are asked at once." },
    timeout: {
      value: "SECONDS",
      about: "A member whose command has not ended by then is recorded as unknown, never as drift."
    }
  },
  examples: [
    'rollgate observe --head fleet.yaml --transport "ssh {member}" --out observed.json',
    'rollgate observe --head fleet.yaml --transport "ssh -o ConnectTimeout=5 {member}" --concurrency 64 --timeout 20'
  ],
  exitCodes: "0 written (members that did not answer are unknown in it); 2 could not run (one sentence on stderr).",
  run: async (values, io, _positionals, services) => (await import("./chunks/observe-command-UKQWH25K.js")).observeCommand(values, io, services)
}, STATUS_OPTIONS = {
  plan: { type: "string" },
  progress: { type: "string", multiple: !0 },
  format: { type: "string", default: "text" }
}, STATUS = {
  summary: "Show where a rollout stands: done, failed where, waiting for which approval, what remains.",
  usage: "rollgate status --plan DIR [--progress FILE]... [--format text|json|markdown]",
  options: STATUS_OPTIONS,
  flags: {
    plan: { value: "DIR", about: "The folder rollgate plan wrote (its plan.json); required." },
    progress: {
      value: "FILE",
      about: "A progress file the job scripts wrote (ROLLGATE_PROGRESS, JSON lines); give one per job, or repeat. A file that does not exist is a job that never started."
    },
    format: { value: "FORMAT", about: "text for a terminal, json, or markdown for a job summary." }
  },
  examples: [
    "rollgate status --plan rollgate-plan --progress progress/*.jsonl",
    'rollgate status --plan rollgate-plan --progress progress.jsonl --format markdown >> "$GITHUB_STEP_SUMMARY"'
  ],
  exitCodes: "0 printed, whatever the rollout's state; 2 could not run (one sentence on stderr).",
  run: async (values, io) => (await import("./chunks/status-command-WY47KSQC.js")).statusCommand(values, io)
};

// src/cli/main.ts
var COMMANDS = {
  check: CHECK,
  plan: PLAN,
  observe: OBSERVE,
  status: STATUS,
  path: PATH,
  bump: BUMP,
  promote: PROMOTE,
  update: UPDATE,
  init: INIT
};
function helpOf(command) {
  return commandHelp(command, [...builtinPacks().keys()].sort());
}
function usage() {
  let lines = ["Usage: rollgate <command> [flags]", "", "Commands:"];
  for (let [name, command] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(9)} ${command.summary}`);
  return lines.push("", "Exit codes: 0 pass, 1 findings at error level, 2 could not run."), lines.push("Run rollgate <command> --help for its flags."), `${lines.join(`
`)}
`;
}
async function main(argv, io, services = { repository: gitRepository(io.cwd) }) {
  if (io.env.GITHUB_ACTIONS !== "true") return runCli(argv, io, services);
  let resume = randomUUID();
  io.stdout(`::stop-commands::${resume}
`);
  try {
    return await runCli(argv, io, services);
  } finally {
    io.stdout(`::${resume}::
`);
  }
}
async function runCli(argv, io, services) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io.stdout(usage()), name === void 0 ? 2 : 0;
  if (name === "--version")
    return io.stdout(`rollgate ${VERSION}
`), 0;
  let command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command)
    return io.stderr(
      `rollgate: unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(", ")}.
`
    ), 2;
  if (rest.includes("--help") || rest.includes("-h"))
    return io.stdout(helpOf(command)), 0;
  try {
    let { values, positionals, tokens } = parseArgs({
      args: rest,
      options: command.options,
      strict: !0,
      allowPositionals: command.positionals ?? !1,
      tokens: !0
    });
    if (typeof values.policies == "string") {
      let named = tokens.some((token) => token.kind === "option" && token.name === "policies");
      checkPoliciesFolder(io.cwd, values.policies, `--policies ${JSON.stringify(values.policies)}`, !named);
    }
    return await command.run(
      values,
      io,
      positionals,
      services
    );
  } catch (error) {
    return io.stderr(`rollgate ${name}: ${inertText(describeFailure(error))}
`), 2;
  }
}

// src/cli/index.ts
async function run() {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    env: process.env
  });
}
export {
  run
};
