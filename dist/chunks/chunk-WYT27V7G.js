import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  RollgateError,
  YAML_LIMITS
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/io/files.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { lstat, open, realpath, rename, unlink } from "node:fs/promises";
import path from "node:path";
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
  let relative = path.relative(folder, file);
  return relative === "" || !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}
async function refuseEscape(file, root) {
  let named = path.resolve(file);
  if (!isInside(named, path.resolve(root))) return;
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
  let folder = path.dirname(file), name = path.basename(file), lock = path.join(folder, `.${name}.rollgate-lock`), lockHandle;
  try {
    lockHandle = await calls.open(lock, EXCLUSIVE, 384);
  } catch (error) {
    throw error.code === "EEXIST" ? new RollgateError(
      `Another rollgate edit is writing ${shown} (${path.basename(lock)} is there); nothing was written. Run this again when it is done, or remove that file if no edit is running.`
    ) : new RollgateError(`Cannot write ${shown}: ${error.message}.`);
  }
  let temporary = path.join(folder, `.${name}.rollgate-${randomUUID()}.tmp`), written = !1;
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

export {
  readText,
  requireText,
  replaceText
};
