import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackResolver, TextFile } from '../check/index.js';
import { RollgateError } from '../findings.js';
import { type Policy, loadPack as parsePack, rememberPrecompiledPack } from '../policy/pack.js';
import { embeddedPacks } from './embedded-packs.js';
import { readText } from './files.js';
import { existsSync, readdirSync, readFileSync, statSync } from './node-fs.js';
import { shownPath, toPosix } from './paths.js';

const PACK_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Whether a manifest's `policy` is a path to a pack file rather than a pack name. */
export function isPackPath(nameOrPath: string): boolean {
  return /\.ya?ml$/.test(nameOrPath);
}

/**
 * The packs that ship with rollgate: embedded in the bundle, already read and validated (loadPack takes their
 * precompiled value), or read from the package's policies/ folder.
 */
export function builtinPacks(): Map<string, string> {
  const embedded = embeddedPacks();
  if (embedded) {
    const packs = new Map<string, string>();
    for (const [name, { text, json }] of Object.entries(embedded)) {
      rememberPrecompiledPack(text, json);
      packs.set(name, text);
    }
    return packs;
  }
  const packs = new Map<string, string>();
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(dir, 'policies');
    if (existsSync(path.join(candidate, 'microcloud.yaml'))) {
      for (const file of readdirSync(candidate).sort()) {
        if (file.endsWith('.yaml'))
          packs.set(file.slice(0, -5), readFileSync(path.join(candidate, file), 'utf8'));
      }
      break;
    }
    dir = path.dirname(dir);
  }
  return packs;
}

/**
 * Checks that the folder of the repository's own packs is a folder, so a typo in it does not quietly leave only the
 * built-in packs to judge; one sentence when it is not. `given` names it in that sentence (`--policies "x"`); the
 * default folder may be absent (`mayBeAbsent`), a folder named on purpose may not.
 */
export function checkPoliciesFolder(
  cwd: string,
  policies: string,
  given: string,
  mayBeAbsent: boolean,
): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(path.resolve(cwd, policies)).isDirectory();
  } catch {
    if (mayBeAbsent) return;
    throw new RollgateError(
      `${given} names no folder: ${shownPath(cwd, policies, '.')} does not exist. Name the folder of your own packs, or leave it out to judge by rollgate's packs alone.`,
    );
  }
  if (!isFolder)
    throw new RollgateError(
      `${given} names no folder: ${shownPath(cwd, policies, '.')} is a file. Name the folder of your own packs, or leave it out to judge by rollgate's packs alone.`,
    );
}

/** Reads a file's text, or undefined when it does not exist. */
export type ReadText = (file: string) => Promise<string | undefined> | string | undefined;

/**
 * Resolves packs the way the README promises: a path relative to the manifest; else a name in the
 * policies directory (through `read`, which may read the working tree or a git ref); else a built-in pack.
 */
export function packResolver(
  policiesDir: string,
  read: ReadText,
): { resolve: PackResolver; known: string[] } {
  const builtin = builtinPacks();
  return {
    async resolve(nameOrPath, manifestFile) {
      const manifestDir = path.posix.dirname(toPosix(manifestFile));
      const own = await readPackFile(nameOrPath, policiesDir, read, manifestDir);
      if (own) return own;
      const text = isPackPath(nameOrPath) ? undefined : builtin.get(nameOrPath);
      return text === undefined ? undefined : { file: `builtin:${nameOrPath}`, text };
    },
    known: [...builtin.keys()].sort(),
  };
}

/**
 * The resolver of packs on disk: the policies directory (relative to cwd) as the working tree holds it, then the
 * built-in packs. `policiesDir` is the directory as shown in messages.
 */
export function workingTreePacks(
  cwd: string,
  policies: string,
): { resolve: PackResolver; known: string[]; policiesDir: string } {
  const policiesDir = shownPath(cwd, policies, '.');
  return { ...packResolver(policiesDir, (file) => readText(path.resolve(cwd, file), cwd)), policiesDir };
}

/** Loads a pack by name from the policies directory, then from the packs rollgate ships; one sentence when it cannot. */
export async function loadNamedPack(cwd: string, name: string, policies: string): Promise<Policy> {
  const { resolve, known, policiesDir } = workingTreePacks(cwd, policies);
  const found = await resolve(name, 'fleet.yaml');
  if (!found)
    throw new RollgateError(
      `There is no pack named ${JSON.stringify(name)} in ${policiesDir}/ or among rollgate's packs (${known.join(', ')}).`,
    );
  const { policy, findings } = parsePack(found.text, found.file);
  const first = findings[0];
  if (!policy)
    throw new RollgateError(
      `The policy pack ${found.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : '.'}`,
    );
  return policy;
}

/**
 * The file a manifest's `policy` names when it is a path (relative to the manifest's folder), with forward slashes;
 * undefined for a pack name, or a path that climbs out of the tree rollgate runs in (the manifest is untrusted).
 */
export function packPath(nameOrPath: string, manifestDir: string): string | undefined {
  if (!isPackPath(nameOrPath)) return undefined;
  const file = path.posix.normalize(path.posix.join(toPosix(manifestDir), nameOrPath));
  if (file.startsWith('../') || file === '..' || path.posix.isAbsolute(file)) return undefined;
  return file;
}

async function readPackFile(
  nameOrPath: string,
  policiesDir: string,
  read: ReadText,
  manifestDir: string,
): Promise<TextFile | undefined> {
  if (isPackPath(nameOrPath)) {
    const file = packPath(nameOrPath, manifestDir);
    if (file === undefined) return undefined;
    const text = await read(file);
    return text === undefined ? undefined : { file, text };
  }
  if (!PACK_NAME.test(nameOrPath)) return undefined;
  for (const extension of ['.yaml', '.yml']) {
    const file = path.posix.join(toPosix(policiesDir), `${nameOrPath}${extension}`);
    const text = await read(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}
