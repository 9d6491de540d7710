// Builds the two bundles: dist/cli.js (the `rollgate` command) and dist/index.js (the GitHub Action).
// The built-in packs are embedded, so the bundles need nothing beside them.
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
  define: { __ROLLGATE_BUILTIN_PACKS__: JSON.stringify(packs) },
  // @actions/* pull in CommonJS modules that call require(); ESM has none unless we make one.
  banner: { js: requireBanner },
  plugins: [precompiledValidators],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { cli: 'src/cli/index.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir: 'dist' });
