import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  RollgateError,
  YAML_LIMITS,
  loadPack,
  rememberPrecompiledPack
} from "./chunk-UGKETN7K.js";
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

// src/io/files.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { lstat, open, realpath, rename, unlink } from "node:fs/promises";
import path2 from "node:path";
var MAX_READ_BYTES = 2 * YAML_LIMITS.maxBytes;
async function readText(file, root) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw code === "ELOOP" ? new RollgateError(
      `${file} is a symbolic link; rollgate reads only regular files, so a link in a checkout cannot make it read a file elsewhere.`
    ) : new RollgateError(`Cannot read ${file}: ${error.message}.`);
  }
  try {
    root !== void 0 && await refuseEscape(file, root);
    let stat = await handle.stat();
    if (stat.isDirectory()) throw new RollgateError(`${file} is a directory, not a manifest file.`);
    if (!stat.isFile())
      throw new RollgateError(
        `${file} is not a regular file (a pipe, device or socket); rollgate reads files.`
      );
    if (stat.size > MAX_READ_BYTES) {
      let size = stat.size >= 1073741824 ? `${(stat.size / 1073741824).toFixed(1)} GiB` : `${(stat.size / 1048576).toFixed(1)} MiB`;
      throw new RollgateError(
        `${file} is ${size}; rollgate reads files of at most ${YAML_LIMITS.maxBytes / 2 ** 20} MiB.`
      );
    }
    return (await handle.readFile()).toString("utf8");
  } catch (error) {
    throw error instanceof RollgateError ? error : new RollgateError(`Cannot read ${file}: ${error.message}.`);
  } finally {
    await handle.close();
  }
}
function isInside(file, folder) {
  let relative = path2.relative(folder, file);
  return relative === "" || !relative.startsWith(`..${path2.sep}`) && relative !== ".." && !path2.isAbsolute(relative);
}
async function refuseEscape(file, root) {
  let named = path2.resolve(file);
  if (!isInside(named, path2.resolve(root))) return;
  let [real, realRoot] = await Promise.all([realpath(named), realpath(root)]);
  if (!isInside(real, realRoot))
    throw new RollgateError(
      `${file} lies under a symbolic link that leads out of ${root}; rollgate does not follow links out of the repository it reads.`
    );
}
async function requireText(file, what, root) {
  let text = await readText(file, root);
  if (text === void 0) throw new RollgateError(`The ${what} ${file} does not exist.`);
  return text;
}
var EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
async function replaceText(file, shown, expected, text, calls = { open, rename }) {
  let folder = path2.dirname(file), name = path2.basename(file), lock = path2.join(folder, `.${name}.rollgate-lock`), lockHandle;
  try {
    lockHandle = await calls.open(lock, EXCLUSIVE, 384);
  } catch (error) {
    throw error.code === "EEXIST" ? new RollgateError(
      `Another rollgate edit is writing ${shown} (${path2.basename(lock)} is there); nothing was written. Run this again when it is done, or remove that file if no edit is running.`
    ) : new RollgateError(`Cannot write ${shown}: ${error.message}.`);
  }
  let temporary = path2.join(folder, `.${name}.rollgate-${randomUUID()}.tmp`), written = !1;
  try {
    if (await readText(file) !== expected)
      throw new RollgateError(
        `${shown} changed after rollgate read it (another edit of it ran meanwhile); nothing was written, so that edit stands. Run this again.`
      );
    let { mode } = await lstat(file), handle = await calls.open(temporary, EXCLUSIVE, 384);
    try {
      await handle.chmod(mode & 4095), await handle.writeFile(text), await handle.sync();
    } finally {
      await handle.close();
    }
    await calls.rename(temporary, file), written = !0, await syncFolder(folder);
  } catch (error) {
    throw error instanceof RollgateError ? error : new RollgateError(
      `Cannot write ${shown}: ${error.message}${written ? "" : `; ${shown} is as it was`}.`
    );
  } finally {
    written || await unlink(temporary).catch(() => {
    }), await lockHandle.close().catch(() => {
    }), await unlink(lock).catch(() => {
    });
  }
}
async function syncFolder(folder) {
  try {
    let handle = await open(folder, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}

// src/io/packs.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path3 from "node:path";
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
  let packs = /* @__PURE__ */ new Map(), dir = path3.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    let candidate = path3.join(dir, "policies");
    if (existsSync(path3.join(candidate, "microcloud.yaml"))) {
      for (let file of readdirSync(candidate).sort())
        file.endsWith(".yaml") && packs.set(file.slice(0, -5), readFileSync(path3.join(candidate, file), "utf8"));
      break;
    }
    dir = path3.dirname(dir);
  }
  return packs;
}
function checkPoliciesFolder(cwd, policies, given, mayBeAbsent) {
  let isFolder;
  try {
    isFolder = statSync(path3.resolve(cwd, policies)).isDirectory();
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
      let manifestDir = path3.posix.dirname(toPosix(manifestFile)), own = await readPackFile(nameOrPath, policiesDir, read, manifestDir);
      if (own) return own;
      let text = isPackPath(nameOrPath) ? void 0 : builtin.get(nameOrPath);
      return text === void 0 ? void 0 : { file: `builtin:${nameOrPath}`, text };
    },
    known: [...builtin.keys()].sort()
  };
}
function workingTreePacks(cwd, policies) {
  let policiesDir = shownPath(cwd, policies, ".");
  return { ...packResolver(policiesDir, (file) => readText(path3.resolve(cwd, file), cwd)), policiesDir };
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
  let file = path3.posix.normalize(path3.posix.join(toPosix(manifestDir), nameOrPath));
  if (!(file.startsWith("../") || file === ".." || path3.posix.isAbsolute(file)))
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
      let file = path3.posix.join(toPosix(policiesDir), `${nameOrPath}${extension}`), text = await read(file);
      if (text !== void 0) return { file, text };
    }
}

export {
  toPosix,
  shownPath,
  readText,
  requireText,
  replaceText,
  builtinPacks,
  checkPoliciesFolder,
  packResolver,
  workingTreePacks,
  loadNamedPack,
  packPath
};
