import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  readText
} from "./chunk-WYT27V7G.js";
import {
  loadPack,
  rememberPrecompiledPack
} from "./chunk-U5LBE3R7.js";
import {
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  define_ROLLGATE_BUILTIN_PACKS_default,
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/io/paths.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";
function toPosix(file) {
  return file.split(path.sep).join("/");
}
function shownPath(from, file, fallback) {
  return toPosix(path.relative(from, path.resolve(from, file))) || fallback;
}

// src/io/packs.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var PACK_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
function isPackPath(nameOrPath) {
  return /\.ya?ml$/.test(nameOrPath);
}
function builtinPacks() {
  if (typeof define_ROLLGATE_BUILTIN_PACKS_default < "u") {
    let packs2 = /* @__PURE__ */ new Map();
    for (let [name, { text, json }] of Object.entries(define_ROLLGATE_BUILTIN_PACKS_default))
      rememberPrecompiledPack(text, json), packs2.set(name, text);
    return packs2;
  }
  let packs = /* @__PURE__ */ new Map(), dir = path2.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    let candidate = path2.join(dir, "policies");
    if (existsSync(path2.join(candidate, "microcloud.yaml"))) {
      for (let file of readdirSync(candidate).sort())
        file.endsWith(".yaml") && packs.set(file.slice(0, -5), readFileSync(path2.join(candidate, file), "utf8"));
      break;
    }
    dir = path2.dirname(dir);
  }
  return packs;
}
function checkPoliciesFolder(cwd, policies, given, mayBeAbsent) {
  let isFolder;
  try {
    isFolder = statSync(path2.resolve(cwd, policies)).isDirectory();
  } catch {
    if (mayBeAbsent) return;
    throw new RollgateError(
      `${given} names no folder: ${shownPath(cwd, policies, ".")} does not exist. Name the folder of your own packs, or leave it out to judge by rollgate's packs alone.`
    );
  }
  if (!isFolder)
    throw new RollgateError(
      `${given} names no folder: ${shownPath(cwd, policies, ".")} is a file. Name the folder of your own packs, or leave it out to judge by rollgate's packs alone.`
    );
}
function packResolver(policiesDir, read) {
  let builtin = builtinPacks();
  return {
    async resolve(nameOrPath, manifestFile) {
      let manifestDir = path2.posix.dirname(toPosix(manifestFile)), own = await readPackFile(nameOrPath, policiesDir, read, manifestDir);
      if (own) return own;
      let text = isPackPath(nameOrPath) ? void 0 : builtin.get(nameOrPath);
      return text === void 0 ? void 0 : { file: `builtin:${nameOrPath}`, text };
    },
    known: [...builtin.keys()].sort()
  };
}
function workingTreePacks(cwd, policies) {
  let policiesDir = shownPath(cwd, policies, ".");
  return { ...packResolver(policiesDir, (file) => readText(path2.resolve(cwd, file), cwd)), policiesDir };
}
async function loadNamedPack(cwd, name, policies) {
  let { resolve, known, policiesDir } = workingTreePacks(cwd, policies), found = await resolve(name, "fleet.yaml");
  if (!found)
    throw new RollgateError(
      `There is no pack named ${JSON.stringify(name)} in ${policiesDir}/ or among rollgate's packs (${known.join(", ")}).`
    );
  let { policy, findings } = loadPack(found.text, found.file), first = findings[0];
  if (!policy)
    throw new RollgateError(
      `The policy pack ${found.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : "."}`
    );
  return policy;
}
function packPath(nameOrPath, manifestDir) {
  if (!isPackPath(nameOrPath)) return;
  let file = path2.posix.normalize(path2.posix.join(toPosix(manifestDir), nameOrPath));
  if (!(file.startsWith("../") || file === ".." || path2.posix.isAbsolute(file)))
    return file;
}
async function readPackFile(nameOrPath, policiesDir, read, manifestDir) {
  if (isPackPath(nameOrPath)) {
    let file = packPath(nameOrPath, manifestDir);
    if (file === void 0) return;
    let text = await read(file);
    return text === void 0 ? void 0 : { file, text };
  }
  if (PACK_NAME.test(nameOrPath))
    for (let extension of [".yaml", ".yml"]) {
      let file = path2.posix.join(toPosix(policiesDir), `${nameOrPath}${extension}`), text = await read(file);
      if (text !== void 0) return { file, text };
    }
}

export {
  toPosix,
  shownPath,
  builtinPacks,
  checkPoliciesFolder,
  packResolver,
  workingTreePacks,
  loadNamedPack,
  packPath
};
