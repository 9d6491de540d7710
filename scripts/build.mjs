// Builds the bundles: dist/cli.js (the `rollgate` command, with the chunks it loads when a command needs them in
// dist/chunks/), dist/index.js (the GitHub Action) and dist/lib.js (the library, `import('rollgate')`), and the
// library's type declarations under dist/types/.
// The built-in packs are embedded, already read and validated, so the bundles need nothing beside them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const requireBanner =
  "import { createRequire as __rollgateCreateRequire } from 'node:module';\nconst require = __rollgateCreateRequire(import.meta.url);";

/** Bundles a source module into a temporary file and imports it, to run rollgate's own code at build time. */
async function importSource(entry) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rollgate-build-'));
  try {
    const outfile = path.join(dir, 'module.mjs');
    await build({
      entryPoints: [entry],
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

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  define: {
    __ROLLGATE_BUILTIN_PACKS__: JSON.stringify(packs),
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

// The CLI is split: what only some runs load (the planner, simple-git) goes to dist/chunks/ with the code the
// chunks share, so a check compiles only the code it runs. Chunks are named by their content, so the old ones are
// cleared first. The action and the library stay one file each.
rmSync('dist/chunks', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { lib: 'src/lib.ts' }, outdir: 'dist' }),
  declarations,
]);
