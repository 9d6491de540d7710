// The bad-input corpus: every file under test/corpus/bad/ goes through `rollgate check`, in this process (the CLI's
// main on the source) and as the command a user runs (bin/rollgate.js on the bundle), and must get what
// test/corpus/cases.ts says: a finding of a rule on a line, or one sentence and exit 2. Never a crash.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/findings.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { EXPECTATIONS, type Expectation } from './cases.js';

const CORPUS = path.join(REPO_ROOT, 'test', 'corpus', 'bad');
const BIN = path.join(REPO_ROOT, 'bin', 'rollgate.js');
const NOW = '2026-11-22';
const HEAD_PASS = 'examples/microcloud/head-pass.yaml';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'rollgate-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
}

async function runLibrary(args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const exit = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: REPO_ROOT,
    isTTY: false,
    env: {},
  });
  return { exit, stdout, stderr };
}

const execFileAsync = promisify(execFile);

async function runProcess(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { exit: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { exit: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The `rollgate check` arguments that judge a corpus file the way its folder says. */
function argsFor(file: string): string[] {
  const common = ['--now', NOW, '--format', 'json'];
  const [folder, name] = file.split('/') as [string, string];
  const corpusFile = `test/corpus/bad/${file}`;
  if (folder === 'manifests') return ['check', '--head', corpusFile, ...common];
  if (folder === 'bases') return ['check', '--head', HEAD_PASS, '--base', corpusFile, ...common];
  // A pack is judged through a small valid head that names it.
  const head = path.join(scratch, `uses-${name}`);
  writeFileSync(
    head,
    [
      'apiVersion: rollgate/v1',
      'kind: Fleet',
      `policy: ${name.replace(/\.yaml$/, '')}`,
      'clusters:',
      '  - name: lab',
      '    members: [lab-1]',
      '    components:',
      '      microceph: { channel: squid/stable, revision: 4067, hold: true, cohort: true }',
      '',
    ].join('\n'),
  );
  return ['check', '--head', head, '--policies', 'test/corpus/bad/packs', ...common];
}

/** The lines of a file a finding names, read as the CLI read it. */
function lineCount(file: string): number {
  const text = readFileSync(path.resolve(REPO_ROOT, file), 'utf8');
  return text.split('\n').length;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a message must never carry.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** What holds for every outcome, whatever the input: no stack trace, printable one-line messages inside the file. */
function expectWellBehaved(outcome: Outcome) {
  expect(outcome.stderr).not.toMatch(/\n\s+at |internal error|RangeError|TypeError/);
  if (outcome.exit === 2) {
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^rollgate check: [^\n]+\.\n$/);
    return;
  }
  expect(outcome.stderr).toBe('');
  const report = JSON.parse(outcome.stdout) as { findings: Finding[] };
  for (const finding of report.findings) {
    expect(finding.message).not.toMatch(CONTROL);
    expect(finding.message).not.toMatch(/undefined|\[object Object\]/);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    if (!finding.file.startsWith('builtin:'))
      expect(finding.line).toBeLessThanOrEqual(lineCount(finding.file));
  }
}

function expectAsExpected(outcome: Outcome, expectation: Expectation) {
  expectWellBehaved(outcome);
  expect(outcome.exit).toBe(expectation.exit);
  if (expectation.exit === 2) {
    expect(outcome.stderr).toMatch(expectation.stderr);
    return;
  }
  const { findings } = JSON.parse(outcome.stdout) as { findings: Finding[] };
  const found = findings.find(
    (f) => f.rule === expectation.rule && f.line === expectation.line && f.code === expectation.code,
  );
  expect(
    found,
    `no ${expectation.rule} finding ${expectation.code} on line ${expectation.line}; got ${JSON.stringify(findings, null, 1)}`,
  ).toBeDefined();
  expect(found?.severity).toBe(expectation.severity ?? 'error');
}

const files = ['manifests', 'packs', 'bases'].flatMap((folder) =>
  readdirSync(path.join(CORPUS, folder)).map((name) => `${folder}/${name}`),
);

describe('the bad-input corpus', () => {
  it('holds at least 50 files, each with an expectation, and no expectation without its file', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(files.filter((file) => !(file in EXPECTATIONS))).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((file) => !files.includes(file))).toEqual([]);
  });

  it.concurrent.for(files.map((file) => [file] as const))(
    '%s: as expected through the library and the command',
    async ([file]) => {
      const expectation = EXPECTATIONS[file] as Expectation;
      const args = argsFor(file);
      const [library, command] = await Promise.all([runLibrary(args), runProcess(args)]);
      expectAsExpected(library, expectation);
      expectAsExpected(command, expectation);
      // The bundle validates with validators compiled at build time: it must say what the source says.
      expect(command.stdout).toBe(library.stdout);
      expect(command.stderr).toBe(library.stderr);
    },
  );
});

describe('inputs made at run time', () => {
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(scratch, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return path.relative(REPO_ROOT, file);
  };
  const check = async (head: string, extra: string[] = []) => {
    const args = ['check', '--head', head, ...extra, '--now', NOW, '--format', 'json'];
    const [library, command] = await Promise.all([runLibrary(args), runProcess(args)]);
    expect(command.stdout).toBe(library.stdout);
    return library;
  };
  const corpusText = (file: string) => readFileSync(path.join(CORPUS, file), 'utf8');

  it('a 50 MB file gets one yaml/syntax finding on its size', async () => {
    const head = write('fifty.yaml', `# ${'x'.repeat(50 * 1024 * 1024)}\n`);
    const outcome = await check(head);
    expectAsExpected(outcome, {
      exit: 1,
      rule: 'yaml/syntax',
      code: 'TOO_LARGE',
      line: 1,
    });
    expect(JSON.parse(outcome.stdout).findings).toHaveLength(1);
  });

  it('CRLF line ends move no finding off its line', async () => {
    const head = write('crlf.yaml', corpusText('manifests/channel-candidate.yaml').replace(/\n/g, '\r\n'));
    expectAsExpected(await check(head), EXPECTATIONS['manifests/channel-candidate.yaml'] as Expectation);
  });

  it('a byte-order mark before a valid manifest is read as UTF-8 and passes', async () => {
    const head = write('bom.yaml', `\uFEFF${readFileSync(path.join(REPO_ROOT, HEAD_PASS), 'utf8')}`);
    const outcome = await check(head, ['--base', 'examples/microcloud/base.yaml']);
    expectWellBehaved(outcome);
    expect(outcome.exit).toBe(0);
    expect(JSON.parse(outcome.stdout).findings).toEqual([]);
  });

  // A file this large is read one cluster at a time; a fault deep inside must still be found at its line.
  const bigFleet = (fault: (cluster: number) => string | undefined) => {
    const lines = ['apiVersion: rollgate/v1', 'kind: Fleet', 'policy: microcloud', 'clusters:'];
    let faultLine = 0;
    for (let i = 0; i < 2000; i++) {
      lines.push(
        `  - name: site-${i}`,
        `    members: [site-${i}-1, site-${i}-2, site-${i}-3]`,
        '    components:',
        '      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }',
        '      microovn:   { channel: 24.03/stable, revision: 667,   hold: true, cohort: true }',
        '      lxd:        { channel: 5.21/stable,  revision: 33110, hold: true, cohort: true }',
        '      microcloud: { channel: 2/stable,     revision: 1144,  hold: true, cohort: true }',
      );
      const extra = fault(i);
      if (extra !== undefined) {
        lines.push(extra);
        faultLine = lines.length;
      }
    }
    return { text: `${lines.join('\n')}\n`, faultLine };
  };

  it.each([
    ['a duplicate key', '      lxd: { channel: 5.21/stable, revision: 1 }', 'yaml/syntax', 'DUPLICATE_KEY'],
    [
      'a __proto__ component',
      '      __proto__: { channel: squid/stable, revision: 1 }',
      'schema',
      'propertyNames',
    ],
    ['an alias to nowhere', '      lxd-extra: *nothing', 'yaml/syntax', 'ALIAS_BEFORE_ANCHOR'],
    ['a tab', '\tlxd-extra: { channel: 5.21/stable, revision: 1 }', 'yaml/syntax', 'TAB_AS_INDENT'],
  ] as const)('%s in the 1,500th of 2,000 clusters is found on its line', async (_, fault, rule, code) => {
    const { text, faultLine } = bigFleet((i) => (i === 1499 ? fault : undefined));
    expect(text.length).toBeGreaterThan(256 * 1024);
    const head = write(`big-${rule.replace('/', '-')}-${faultLine}.yaml`, text);
    expectAsExpected(await check(head), { exit: 1, rule, code, line: faultLine });
  });
});

describe('arguments the command cannot run with get one sentence and exit 2', () => {
  it.each([
    [
      'a head that does not exist',
      ['check', '--head', 'test/corpus/nothing.yaml'],
      /^rollgate check: The head manifest \S*test\/corpus\/nothing\.yaml does not exist\.\n$/,
    ],
    [
      'a head that is a directory',
      ['check', '--head', 'test/corpus'],
      /^rollgate check: \S*test\/corpus is a directory, not a manifest file\.\n$/,
    ],
    [
      'a base that does not exist',
      ['check', '--head', HEAD_PASS, '--base', 'nothing.yaml'],
      /^rollgate check: The base manifest \S*nothing\.yaml does not exist\.\n$/,
    ],
    ['no head', ['check'], /^rollgate check: --head is required/],
    [
      'a --now that is no date',
      ['check', '--head', HEAD_PASS, '--now', 'tomorrow; rm -rf /'],
      /^rollgate check: --now "tomorrow; rm -rf \/" is not an ISO 8601 date or time/,
    ],
    [
      'an unknown format',
      ['check', '--head', HEAD_PASS, '--format', 'html'],
      /^rollgate check: --format "html" is not one of text, json, markdown, sarif\.\n$/,
    ],
    [
      'an unknown flag',
      ['check', '--head', HEAD_PASS, '--exec', 'id'],
      /^rollgate check: Unknown option '--exec'.* Run with --help for the flags\.\n$/,
    ],
    [
      'both --base and --base-ref',
      ['check', '--head', HEAD_PASS, '--base', HEAD_PASS, '--base-ref', 'HEAD'],
      /^rollgate check: Give --base or --base-ref, not both\.\n$/,
    ],
  ])('%s', async (_, args, sentence) => {
    const [library, command] = await Promise.all([runLibrary(args), runProcess(args)]);
    for (const outcome of [library, command]) {
      expect(outcome.exit).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(sentence);
    }
  });
});
