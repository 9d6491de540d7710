import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/plan/shell.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function shellQuote(value) {
  if (value.includes("\0"))
    throw new RollgateError("A command argument contains a NUL byte, which no shell argument can carry.");
  return value.includes("'") ? `'${value.replace(/'/g, "'\\''")}'` : `'${value}'`;
}
function shellWord(value) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : shellQuote(value);
}
var LOCAL_TRANSPORT = { words: [], command: "arguments", perMember: !1 }, PREVIEW_TRANSPORT = { words: [], command: "arguments", perMember: !0 }, SSH_VALUE_OPTIONS = "BbcDEeFIiJLlmOoPpQRSWw", REMOTE_SHELLS = ["ssh", "autossh", "pdsh", "dsh", "clush", "rsh"];
function parseTransport(template) {
  if (template === void 0 || template.trim() === "") return LOCAL_TRANSPORT;
  if (template.trim() === "local") return { ...LOCAL_TRANSPORT, local: !0 };
  if (hasControl(template))
    throw new RollgateError(
      'The transport must be one line of words, for example --transport "ssh {member}".'
    );
  let words = template.trim().split(/\s+/);
  if (words[0]?.includes("{"))
    throw new RollgateError(
      'The transport must start with a program, for example "ssh {member}"; {member} and {command} come after it.'
    );
  if (words.filter((word) => word === "{command}").length > 1)
    throw new RollgateError("The transport names {command} twice; the command goes in once.");
  for (let word of words) {
    for (let match of word.matchAll(/\{([^}]*)\}/g))
      if (match[1] !== "member" && match[1] !== "command")
        throw new RollgateError(
          `The transport uses {${match[1]}}; it knows {member} (the host) and {command} (the command as one quoted string).`
        );
    if (/[{}]/.test(word.replaceAll("{member}", "").replaceAll("{command}", "")))
      throw new RollgateError(
        `The transport word ${JSON.stringify(word)} has a brace that opens or closes no {member} or {command}.`
      );
    if (word.includes("{command}") && word !== "{command}")
      throw new RollgateError(
        'In the transport, {command} must be a word of its own, for example "ssh {member} {command}".'
      );
  }
  let members = words.filter((word) => word.includes("{member}")).length;
  if (members > 1 || words.some((word) => word.split("{member}").length > 2))
    throw new RollgateError(
      'The transport names {member} more than once; it goes once, where the host goes, for example "ssh {member}".'
    );
  let commandAt = words.indexOf("{command}");
  if (commandAt >= 0 && commandAt !== words.length - 1)
    throw new RollgateError(
      'The transport puts {command} before other words; the command goes last, for example "ssh {member} {command}".'
    );
  let shell = words.findIndex(
    (word) => REMOTE_SHELLS.includes(word.split("/").pop() ?? "")
  ), ssh = shell >= 0 && words[shell].split("/").pop() === "ssh" ? shell : -1;
  if (ssh >= 0) {
    let host = sshHost(words, ssh);
    if (members > 0 && (host < 0 || !words[host].includes("{member}")))
      throw new RollgateError(
        'The transport names {member} where ssh does not take its host; put it in the host, for example "ssh -o BatchMode=yes root@{member}".'
      );
    if (host >= 0 && words.slice(host + 1).some((word) => word !== "{command}"))
      throw new RollgateError(
        `The transport has words after ssh's host ${JSON.stringify(words[host])}, where ssh takes the command; rollgate puts the command there itself.`
      );
  }
  return words.some(
    (word) => REMOTE_SHELLS.includes(word.split("/").pop() ?? "")
  ) && !words.includes("{command}") && words.push("{command}"), { words, command: words.includes("{command}") ? "word" : "arguments", perMember: members > 0 };
}
function sshHost(words, ssh) {
  for (let at = ssh + 1; at < words.length; at++) {
    let word = words[at];
    if (word === "--") return at + 1 < words.length ? at + 1 : -1;
    if (word === "{command}") return -1;
    if (!word.startsWith("-") || word === "-") return at;
    let letters = word.slice(1);
    [...letters].findIndex((letter) => SSH_VALUE_OPTIONS.includes(letter)) === letters.length - 1 && at++;
  }
  return -1;
}
function transportArgv(step, transport) {
  if (step.on === "runner" || transport.words.length === 0) return step.run;
  let host = step.host ?? "", argv = [];
  for (let word of transport.words)
    word === "{command}" ? argv.push(step.run.map(shellWord).join(" ")) : argv.push(word.replaceAll("{member}", host));
  return transport.command === "word" ? argv : [...argv, ...step.run];
}
function comment(text) {
  return `# ${text.replace(CONTROL, " ")}`;
}
var CONTROL = /[\u0000-\u001f\u007f]/g;
function hasControl(text) {
  return text.search(CONTROL) >= 0;
}

export {
  shellQuote,
  shellWord,
  LOCAL_TRANSPORT,
  PREVIEW_TRANSPORT,
  parseTransport,
  transportArgv,
  comment
};
