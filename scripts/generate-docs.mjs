// Writes what the docs and schemas say about the rules from the one rule registry (src/rules/index.ts): the rules
// table of docs/rules.md and the rule severities of schemas/policy.schema.json. `npm run docs` runs it and
// `npm run build` too; test/rules/registry.test.ts fails when the files drift from the registry.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rollgate-docs-'));
try {
  const outfile = path.join(dir, 'rules-docs.mjs');
  await build({
    entryPoints: ['scripts/rules-docs.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    // yaml's CommonJS build calls require(); an ESM bundle has none unless we make one.
    banner: {
      js: "import { createRequire as __rollgateCreateRequire } from 'node:module';\nconst require = __rollgateCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const docs = await import(pathToFileURL(outfile).href);
  const write = (file, make) => {
    const before = readFileSync(file, 'utf8');
    const after = make(before);
    if (after !== before) {
      writeFileSync(file, after);
      console.log(`generate-docs: wrote ${file}`);
    }
  };
  write('docs/rules.md', docs.rulesPage);
  write('schemas/policy.schema.json', docs.policySchema);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
