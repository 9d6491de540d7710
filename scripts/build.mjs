// Builds the bundles: dist/cli.js (the `rollgate` command), dist/index.js (the GitHub Action) and dist/lib.js (the
// library, `import('rollgate')`), and the library's type declarations under dist/types/.
// The built-in packs are embedded, so the bundles need nothing beside them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packs = Object.fromEntries(
  readdirSync('policies')
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => [file.slice(0, -5), readFileSync(`policies/${file}`, 'utf8')]),
);

const requireBanner =
  "import { createRequire as __rollgateCreateRequire } from 'node:module';\nconst require = __rollgateCreateRequire(import.meta.url);";

// The schema validators compiled once here rather than at every start: ajv's standalone code takes the
// place of src/schema/validators.ts in the bundles (that file says more).
async function standaloneValidators() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rollgate-build-'));
  try {
    const outfile = path.join(dir, 'standalone.mjs');
    await build({
      entryPoints: ['src/schema/standalone.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      banner: { js: requireBanner },
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(outfile).href)).standaloneValidators();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const validators = await standaloneValidators();
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

await Promise.all([
  build({ ...common, entryPoints: { cli: 'src/cli/index.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { lib: 'src/lib.ts' }, outdir: 'dist' }),
  declarations,
]);
