// The package as a fleet repository gets it: `npm pack`, installed into an empty folder, then the command through
// npx, the library through import('rollgate'), and its type declarations through tsc. `npm test` builds dist/ first.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fleet.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let scratch: string;
let consumer: string;
let tarball: string;

beforeAll(async () => {
  if (
    !existsSync(path.join(REPO_ROOT, 'dist/lib.js')) ||
    !existsSync(path.join(REPO_ROOT, 'dist/types/lib.d.ts'))
  )
    throw new Error('dist/lib.js or dist/types/ is missing: run `npm run build` first (`npm test` does).');
  scratch = await mkdtemp(path.join(tmpdir(), 'rollgate-package-'));
  const { stdout } = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
    cwd: REPO_ROOT,
  });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!packed) throw new Error('npm pack made no tarball');
  tarball = path.join(scratch, packed.filename);
  consumer = path.join(scratch, 'fleet-repo');
  await mkdir(consumer);
  await writeFile(
    path.join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'fleet-repo', private: true, type: 'module' }, null, 2)}\n`,
  );
  // The dependencies come from npm's cache when they are there (npm ci filled it), else from the registry.
  await run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: consumer,
  });
  await writeFile(
    path.join(consumer, 'fleet.yaml'),
    await readFile(path.join(REPO_ROOT, 'examples/microcloud/head-fail.yaml'), 'utf8'),
  );
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the packed package, installed into an empty folder', () => {
  it('holds the command, the library, its declarations, the packs and the schemas, and no test or source file', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    for (const file of [
      'package/bin/rollgate.js',
      'package/bin/package.json',
      'package/dist/cli.cjs',
      'package/dist/lib.js',
      'package/dist/types/lib.d.ts',
      'package/policies/microcloud.yaml',
      'package/schemas/fleet.schema.json',
    ])
      expect(files).toContain(file);
    expect(files.filter((file) => /^package\/(src|test)\//.test(file))).toEqual([]);
  });

  it('runs `npx rollgate check` with the built-in packs, exit 1 on findings', async () => {
    const result = await run(npx, ['--no', 'rollgate', 'check', '--head', 'fleet.yaml', '--format', 'json'], {
      cwd: consumer,
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; findings: Array<{ rule: string }> };
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.rule)).toContain('hold/required');
    const { stdout: version } = await run(npx, ['--no', '--', 'rollgate', '--version'], { cwd: consumer });
    const { version: packageVersion } = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8'),
    );
    expect(version).toBe(`rollgate ${packageVersion}\n`);
  });

  it("gives check, the renderers and the planner to import('rollgate')", async () => {
    const script = `
      import { readFile } from 'node:fs/promises';
      const rollgate = await import('rollgate');
      const { resolve } = rollgate.packResolver('policies', () => undefined);
      const text = await readFile('fleet.yaml', 'utf8');
      const result = await rollgate.check({ head: { file: 'fleet.yaml', text }, resolvePack: resolve, now: new Date('2026-11-22') });
      const sarif = JSON.parse(rollgate.renderSarif(result));
      console.log(JSON.stringify({
        ok: result.ok,
        text: rollgate.renderText(result).split('\\n').at(-2),
        sarifVersion: sarif.version,
        formats: rollgate.FORMATS,
        planner: [rollgate.buildPlan, rollgate.streamPlan, rollgate.renderPlanPreview, rollgate.matrixChunks].map((f) => typeof f),
      }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      text: expect.stringMatching(/^fail: \d+ errors/),
      sarifVersion: '2.1.0',
      formats: ['text', 'json', 'markdown', 'sarif'],
      planner: ['function', 'function', 'function', 'function'],
    });
  });

  it('types the library for TypeScript: a right use compiles, a wrong one does not', async () => {
    await writeFile(
      path.join(consumer, 'use.ts'),
      [
        "import { type CheckResult, check, packResolver, renderMarkdown, type Plan, buildPlan } from 'rollgate';",
        "const { resolve } = packResolver('policies', () => undefined);",
        "export const result: Promise<CheckResult> = check({ head: { file: 'f.yaml', text: '' }, resolvePack: resolve, now: new Date() });",
        'export const markdown = async (): Promise<string> => renderMarkdown(await result);',
        'export const plan = async (): Promise<Plan> => buildPlan({ result: await result }).plan;',
        '// @ts-expect-error: ok is a boolean, so the declarations are real types, not any.',
        'export const wrong: string = (await result).ok;',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: true,
        },
        files: ['use.ts'],
      }),
    );
    const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const outcome = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(outcome).toBe('');
  });
});
