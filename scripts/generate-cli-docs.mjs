// Writes the generated part of docs/cli.md (every command's --help) from src/cli/, as actions/checkout's
// generate-docs writes its README from action.yml. test/cli/reference.test.ts fails when the page is stale.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The built-in packs, as scripts/build.mjs embeds them: the bundle below runs from a folder with no policies/ beside it.
const packs = Object.fromEntries(
  readdirSync('policies')
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => [file.slice(0, -5), { text: readFileSync(`policies/${file}`, 'utf8') }]),
);

const dir = mkdtempSync(path.join(os.tmpdir(), 'rollgate-docs-'));
try {
  const outfile = path.join(dir, 'reference.mjs');
  await build({
    entryPoints: ['src/cli/reference.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    define: {
      __ROLLGATE_BUILTIN_PACKS__: JSON.stringify(JSON.stringify(packs)),
      __ROLLGATE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    },
    banner: {
      js: "import { createRequire as __rollgateCreateRequire } from 'node:module';\nconst require = __rollgateCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const { withCliReference } = await import(pathToFileURL(outfile).href);
  const page = readFileSync('docs/cli.md', 'utf8');
  const next = withCliReference(page);
  if (next === page) console.log('docs/cli.md is up to date.');
  else {
    writeFileSync('docs/cli.md', next);
    console.log('Wrote docs/cli.md.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
