// Builds the bundles: dist/cli.cjs (the `rollgate` command, with the files it loads when a run needs them in
// dist/chunks/), dist/index.js (the GitHub Action) and dist/lib.js (the library, `import('rollgate')`), and the
// library's type declarations under dist/types/.
// The built-in packs are embedded, already read and validated (the CLI's in dist/chunks/packs.json), so the action
// and the library need nothing beside them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const requireBanner =
  "import { createRequire as __rollgateCreateRequire } from 'node:module';\nconst require = __rollgateCreateRequire(import.meta.url);";
/**
 * Bundles a source module (a path, or `{ contents }` of one in the repository's root) into a temporary file and
 * imports it, to run rollgate's own code at build time.
 */
async function importSource(entry) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rollgate-build-'));
  try {
    const outfile = path.join(dir, 'module.mjs');
    await build({
      ...(typeof entry === 'string'
        ? { entryPoints: [entry] }
        : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: 'ts' } }),
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      banner: { js: requireBanner },
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The built-in packs as they ship: each one's text (policies/*.yaml stay the source people edit) and its value
// read and validated here by the same loadPack the CLI runs, so no start parses or validates their YAML again.
// A pack with findings fails the build. test/packs/precompiled.test.ts holds precompilePack to what loading the
// YAML gives.
const { precompilePack, loadPack } = await importSource('src/policy/pack.ts');
const packs = {};
for (const file of readdirSync('policies').sort()) {
  if (!file.endsWith('.yaml')) continue;
  const text = readFileSync(`policies/${file}`, 'utf8');
  const json = precompilePack(text, `builtin:${file.slice(0, -5)}`);
  if (!isDeepStrictEqual(JSON.parse(json), loadPack(text, file).policy.pack))
    throw new Error(`policies/${file}: its value does not survive JSON; it cannot be precompiled.`);
  packs[file.slice(0, -5)] = { text, json };
}

// The schema validators compiled once here rather than at every start: ajv's standalone code takes the
// place of src/schema/validators.ts in the bundles (that file says more).
const validators = (await importSource('src/schema/standalone.ts')).standaloneValidators();
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]schema[\\/]validators\.ts$/ }, () => ({
      contents: validators,
      loader: 'js',
      resolveDir: path.resolve('src/schema'),
    }));
  },
};

// What a check of a small fleet does not run is kept out of the code every start compiles: the CLI loads the yaml
// and semver packages, and the validators of every schema but the fleet's, from CommonJS files in dist/chunks/
// (*.cjs), with require(), on first use. In their place the CLI's bundle holds a stand-in module per
// package whose exports are `let` bindings: the first call (or `new`, or property read) loads the package and
// points every binding at the real export, so later calls go straight to it. A pack whose versions are tracks
// never loads semver; a check whose findings need no schema but the fleet's loads no other validator.
const sideFiles = ['yaml', 'semver'];
const sideLoader = `import { createRequire as __rollgateCreateRequire2 } from 'node:module';
import { basename as __rollgateBasename, dirname as __rollgateDirname } from 'node:path';
import { fileURLToPath as __rollgateFileURLToPath } from 'node:url';
// The bundle this lands in sits in dist/ (or, in a split build, dist/chunks/); the side files sit in dist/chunks/.
function loadSide(name) {
  const here = __rollgateFileURLToPath(import.meta.url);
  const folder = __rollgateBasename(__rollgateDirname(here)) === 'chunks' ? './' : './chunks/';
  return __rollgateCreateRequire2(import.meta.url)(folder + name);
}
`;

/** A stand-in module for a CommonJS package: every export a binding that the first use points at the real one. */
function standIn(name, exports) {
  const keys = Object.keys(exports).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  const lines = [sideLoader, 'let lib;', 'function load() {', '  if (lib) return lib;'];
  lines.push(`  lib = loadSide(${JSON.stringify(`${name}.cjs`)});`);
  const bound = keys.filter((key) => typeof exports[key] === 'function' || typeof exports[key] === 'object');
  for (const key of bound) lines.push(`  ${key} = lib.${key};`);
  lines.push('  whole = lib;', '  return lib;', '}');
  // Until then each export is a proxy that loads the package whatever is done with it: called, made with `new`,
  // read from (a class's static, `visit.BREAK`), or asked `instanceof`.
  lines.push(
    'const later = (key) => new Proxy(function () {}, {',
    '  apply: (_, self, args) => Reflect.apply(load()[key], self, args),',
    '  construct: (_, args) => Reflect.construct(load()[key], args),',
    '  get: (_, property) => Reflect.get(load()[key], property),',
    '  has: (_, property) => Reflect.has(load()[key], property),',
    '});',
  );
  for (const key of keys) {
    const value = exports[key];
    lines.push(
      typeof value === 'function' || (typeof value === 'object' && value !== null)
        ? `export let ${key} = later(${JSON.stringify(key)});`
        : `export const ${key} = ${JSON.stringify(value)};`,
    );
  }
  lines.push(
    'let whole = new Proxy({}, {',
    '  get: (_, property) => Reflect.get(load(), property),',
    '  has: (_, property) => Reflect.has(load(), property),',
    '});',
    'export { whole as default };',
  );
  return lines.join('\n');
}
const requireHere = createRequire(import.meta.url);
const standIns = Object.fromEntries(sideFiles.map((name) => [name, standIn(name, requireHere(name))]));

// The fleet's validator in the CLI's bundle; the others in dist/chunks/validators.cjs.
// ajv and its standalone code generator from one bundle: the generator knows its own ajv's code objects only.
const { createAjv, ajvStandalone } = await importSource({
  contents:
    "export { createAjv } from './src/schema/validators.ts'; export { default as ajvStandalone } from 'ajv/dist/standalone/index.js';",
});
const fleetValidator = `${ajvStandalone(createAjv({ source: true, esm: true }), { fleet: 'fleet' })}
${sideLoader}
let others;
export function validatorFor(name) {
  if (name === 'fleet') return fleet;
  others ??= loadSide('validators.cjs');
  return others[name];
}
`;
const otherValidators = ajvStandalone(createAjv({ source: true, esm: false }), {
  policy: 'policy',
  'snap-info': 'snap-info',
  'charm-info': 'charm-info',
});
// The built-in packs beside the CLI's chunks, read with require() when a run first asks for them: JSON.parse of the
// file costs far less than compiling the same text as a string literal in a chunk every start loads.
const cliPacks = `${sideLoader}
export function embeddedPacks() {
  return loadSide('packs.json');
}
`;
const cliSideFiles = {
  name: 'side-files',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]io[\\/]embedded-packs\.ts$/ }, () => ({
      contents: cliPacks,
      loader: 'js',
      resolveDir: path.resolve('src/io'),
    }));
    builder.onResolve({ filter: new RegExp(`^(?:${sideFiles.join('|')})$`) }, (args) => ({
      path: args.path,
      namespace: 'stand-in',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({
      contents: standIns[args.path],
      loader: 'js',
      resolveDir: process.cwd(),
    }));
    builder.onLoad({ filter: /[\\/]src[\\/]schema[\\/]validators\.ts$/ }, () => ({
      contents: fleetValidator,
      loader: 'js',
      resolveDir: path.resolve('src/schema'),
    }));
  },
};
/** The CommonJS files the CLI loads on first use: the packages, and the validators of the other schemas. */
async function buildSideFiles() {
  const side = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minifySyntax: true };
  mkdirSync('dist/chunks', { recursive: true });
  writeFileSync('dist/chunks/packs.json', JSON.stringify(packs));
  await Promise.all([
    ...[...sideFiles, 'simple-git'].map((name) =>
      build({ ...side, entryPoints: [requireHere.resolve(name)], outfile: `dist/chunks/${name}.cjs` }),
    ),
    build({
      ...side,
      stdin: { contents: otherValidators, resolveDir: process.cwd(), loader: 'js' },
      outfile: 'dist/chunks/validators.cjs',
    }),
  ]);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  define: {
    __ROLLGATE_BUILTIN_PACKS__: JSON.stringify(JSON.stringify(packs)),
    __ROLLGATE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  // @actions/* pull in CommonJS modules that call require(); ESM has none unless we make one.
  banner: { js: requireBanner },
  plugins: [precompiledValidators],
  logLevel: 'warning',
};

// The declarations of what src/lib.ts exports (tsconfig.lib.json), emitted by tsc while esbuild bundles; cleared
// first, so a moved source leaves no stale file.
rmSync('dist/types', { recursive: true, force: true });
const declarations = new Promise((resolve, reject) => {
  const tsc = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], {
    stdio: 'inherit',
  });
  tsc.on('error', reject);
  tsc.on('close', (status) =>
    status === 0
      ? resolve()
      : reject(new Error('build: tsc could not emit the type declarations (dist/types).')),
  );
});

// The CLI is one CommonJS file, dist/cli.cjs, that bin/rollgate.js (CommonJS too: bin/package.json) requires: node
// loads it without its ES module loader, whose start, and each module's resolving, reading and linking, cost a
// one-cluster check a fifth of its time. What only some runs use stays out of what a check compiles: the planner and
// the other commands sit in functions run on first import() (esbuild's lazy modules, compiled only then), simple-git
// and the side files above are files of their own in dist/chunks/. The old split ES module build (dist/cli.js and
// its chunks) is cleared.
rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/cli.js', { force: true });
const cliUrl = "const __rollgateModuleUrl = require('node:url').pathToFileURL(__filename).href;";
await Promise.all([
  build({
    ...common,
    format: 'cjs',
    // The modules' import.meta.url (the side loader, src/io/node-fs.ts), from CommonJS's __filename.
    banner: { js: cliUrl },
    define: { ...common.define, 'import.meta.url': '__rollgateModuleUrl' },
    plugins: [cliSideFiles],
    external: ['./chunks/simple-git.cjs'],
    alias: { 'simple-git': './chunks/simple-git.cjs' },
    entryPoints: { cli: 'src/cli/index.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
  }),
  build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { lib: 'src/lib.ts' }, outdir: 'dist' }),
  buildSideFiles(),
  declarations,
]);

// esbuild writes non-ASCII characters of strings as escapes, but not those of a regular expression literal. One
// such character makes node read the whole bundle as UTF-16 rather than Latin-1: decoding it, and V8's scanning of
// it, then cost a check as much as all its own work. Escape it in the source (\u2026 for …).
const cliText = readFileSync('dist/cli.cjs', 'latin1');
const nonAscii = cliText.search(/[\u0080-\u00ff]/);
if (nonAscii >= 0) {
  const line = cliText.slice(0, nonAscii).split('\n').length;
  throw new Error(
    `dist/cli.cjs:${line}: a character that is not ASCII, which slows every start; write it as a \\u escape in the source.`,
  );
}
