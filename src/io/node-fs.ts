// node:fs for the modules a check loads, taken through require rather than imported. An ESM import of node:fs makes
// node read every export of it to build the module's namespace, and reading fs.ReadStream loads node's streams: a
// tenth of the CPU a one-cluster check costs, for classes it never uses. node:fs/promises is as costly to load (it
// brings node's readline), so a check reads its files with the synchronous calls, and fs.promises is loaded by
// what writes.
import { createRequire } from 'node:module';

const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

/** fs.closeSync. */
export const closeSync = fs.closeSync;
/** fs.constants. */
export const constants = fs.constants;
/** fs.existsSync. */
export const existsSync = fs.existsSync;
/** fs.fstatSync. */
export const fstatSync = fs.fstatSync;
/** fs.openSync. */
export const openSync = fs.openSync;
/** fs.readdirSync. */
export const readdirSync = fs.readdirSync;
/** fs.readFileSync. */
export const readFileSync = fs.readFileSync;
/** fs.readSync. */
export const readSync = fs.readSync;
/** fs.realpathSync.native: the system's realpath, as node:fs/promises' realpath. */
export const realpathNative = fs.realpathSync.native;
/** fs.statSync. */
export const statSync = fs.statSync;
/** fs.writeSync. */
export const writeSync = fs.writeSync;

/** node:fs/promises, loaded on first use. */
export function fsPromises(): typeof import('node:fs/promises') {
  return fs.promises;
}
