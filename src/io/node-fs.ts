// node:fs for the modules a check loads, taken through require rather than imported. An ESM import of node:fs makes
// node read every export of it to build the module's namespace, and reading fs.ReadStream loads node's streams: a
// tenth of the CPU a one-cluster check costs, for classes it never uses.
import { createRequire } from 'node:module';

const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

/** fs.existsSync. */
export const existsSync = fs.existsSync;
/** fs.readdirSync. */
export const readdirSync = fs.readdirSync;
/** fs.readFileSync. */
export const readFileSync = fs.readFileSync;
/** fs.statSync. */
export const statSync = fs.statSync;
/** fs.writeSync. */
export const writeSync = fs.writeSync;
