// The bundled CLI keeps what a check of a plain manifest does not run out of the code every start compiles: the
// yaml and semver packages and the validators of the schemas other than the fleet's sit in CommonJS files beside
// its chunks (dist/chunks/*.cjs, scripts/build.mjs), loaded on first use. Guards which runs load which of them,
// by what the process loads (never by time), and that a run that needs one loads it and judges as the source does.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, removeWorkspaces, rollgate, workspace } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

// Preloaded into the CLI's process: notes the name of every CommonJS side file it loads.
const HOOK = `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (/\\.cjs$/.test(request)) appendFileSync(process.env.ROLLGATE_TEST_LOADED, request.replace(/.*\\//, '') + '\\n');
  return load.apply(this, arguments);
};
// And, at exit, node's own modules it loaded (process.moduleLoadList), as "node:" and the name.
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule '));
  appendFileSync(process.env.ROLLGATE_TEST_LOADED, builtins.map((entry) => 'node:' + entry.slice(13) + '\\n').join(''));
});
`;

/** Runs `rollgate check` on an example's base and head in a folder without policies/, and what it loaded. */
async function checkExample(
  pack: string,
  extra: Record<string, string> = {},
  policy?: string,
  head = 'head-pass',
) {
  const read = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples', pack, `${name}.yaml`), 'utf8');
  const withPolicy = (text: string) => (policy ? text.replace(/^policy: .*$/m, `policy: ${policy}`) : text);
  const folder = workspace({
    'base.yaml': withPolicy(read('base')),
    'head.yaml': withPolicy(read(head)),
    'hook.cjs': HOOK,
    ...extra,
  });
  const loaded = path.join(folder, 'loaded.txt');
  writeFileSync(loaded, '');
  const run = await rollgate(
    ['check', '--base', 'base.yaml', '--head', 'head.yaml', '--now', '2026-11-22', '--format', 'json'],
    folder,
    { NODE_OPTIONS: `--require ${path.join(folder, 'hook.cjs')}`, ROLLGATE_TEST_LOADED: loaded },
  );
  return { run, loaded: readFileSync(loaded, 'utf8').split('\n').filter(Boolean).sort() };
}

describe('the side files of the bundled CLI', () => {
  it('a check of a plain manifest, tracks pack, no finding, loads neither yaml, semver nor the other validators', async () => {
    const { run, loaded } = await checkExample('microcloud');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).ok).toBe(true);
    expect(loaded).not.toContain('semver.cjs');
    expect(loaded).not.toContain('validators.cjs');
    // Written plainly and without findings: read and judged without the yaml package.
    expect(loaded).not.toContain('yaml.cjs');
  });

  it('a check of a plain manifest loads neither node:crypto, node:fs/promises, node streams nor the ES module loader', async () => {
    // node:crypto is for the temporary files of edits and a workflow's stop token; node:fs/promises for writing
    // (a check reads with the synchronous calls); the streams come with process.stdout or an ESM import of node:fs,
    // and a check writes its report with fs.writeSync; bin/rollgate.js and dist/cli.cjs are CommonJS.
    const { run, loaded } = await checkExample('microcloud');
    expect(JSON.parse(run.stdout).ok).toBe(true);
    expect(loaded).toContain('node:fs');
    expect(loaded).not.toContain('node:crypto');
    expect(loaded).not.toContain('node:fs/promises');
    expect(loaded).not.toContain('node:internal/modules/esm/module_job');
    expect(loaded).not.toContain('node:stream');
    expect(loaded).not.toContain('node:internal/streams/readable');
  });

  it('a check of a plain manifest with findings places them without the yaml package', async () => {
    const { run, loaded } = await checkExample('microcloud', {}, undefined, 'head-fail');
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout).findings as Array<{ rule: string; line: number; column: number }>;
    // Positions found from the plain reading, as the yaml package would place them (test/property/pieces.test.ts).
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toContain('skew/members 14:11');
    expect(loaded).not.toContain('yaml.cjs');
  });

  it('a check with a semver pack loads semver, and passes', async () => {
    const { run, loaded } = await checkExample('kubernetes');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).ok).toBe(true);
    expect(loaded).toContain('semver.cjs');
  });

  it('a check with a pack file of its own loads the pack schema validator, and judges the broken pack', async () => {
    // Not the built-in pack's text, so it is read and validated rather than taken precompiled.
    const pack = `${readFileSync(path.join(REPO_ROOT, 'policies', 'microcloud.yaml'), 'utf8')}# our own copy\n`;
    const good = await checkExample('microcloud', { 'own.yaml': pack }, './own.yaml');
    expect(good.run.stderr).toBe('');
    expect(JSON.parse(good.run.stdout).ok).toBe(true);
    expect(good.loaded).toContain('validators.cjs');
    const broken = await checkExample(
      'microcloud',
      { 'own.yaml': pack.replace(/^kind: PolicyPack$/m, 'kind: Pack') },
      './own.yaml',
    );
    expect(broken.run.status).toBe(2);
    expect(broken.run.stderr).toMatch(/own\.yaml is broken at line \d+/);
    expect(broken.loaded).toContain('validators.cjs');
  });
});
