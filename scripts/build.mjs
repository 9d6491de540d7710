// Builds the two bundles: dist/cli.js (the `rollgate` command) and dist/index.js (the GitHub Action).
// The built-in packs are embedded, so the bundles need nothing beside them.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const packs = Object.fromEntries(
  readdirSync('policies')
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => [file.slice(0, -5), readFileSync(`policies/${file}`, 'utf8')]),
);

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  define: { __ROLLGATE_BUILTIN_PACKS__: JSON.stringify(packs) },
  // @actions/* pull in CommonJS modules that call require(); ESM has none unless we make one.
  banner: { js: "import { createRequire as __rollgateCreateRequire } from 'node:module';\nconst require = __rollgateCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { cli: 'src/cli/index.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir: 'dist' });
