// SARIF that code scanning and the SARIF tools accept: valid against the official SARIF 2.1.0 schema (shipped in
// test/report/data/ from oasis-tcs/sarif-spec, sarif-2.1/schema/, the OASIS errata 01 text), URIs encoded and relative
// to the repository root, the rules with their descriptions and help, and the tool's version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, check } from '../../src/check/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/findings.js';
import { artifactLocation, renderSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { removeWorkspaces, repository, workspace } from '../helpers/cli.js';
import { MICROCLOUD_PACK, REPO_ROOT } from '../helpers/fleet.js';

afterAll(removeWorkspaces);

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/microcloud', `${name}.yaml`), 'utf8');
const packageVersion = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'))
  .version as string;

/** The official schema is draft-04 (`id`); ajv's default dialect is draft-07, where the same schema says `$id`. */
function sarifValidator() {
  const {
    $schema: _dialect,
    id,
    ...schema
  } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/report/data/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: id, ...schema });
}
const validate = sarifValidator();

function valid(text: string): unknown[] {
  validate(JSON.parse(text));
  return validate.errors ?? [];
}

let failing: CheckResult;
beforeAll(async () => {
  failing = await check({
    base: { file: 'fleet base.yaml', text: example('base') },
    head: { file: 'fleets/my fleet.yaml', text: example('head-fail') },
    resolvePack: (name) =>
      name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK } : undefined,
    now: new Date('2026-11-22T00:00:00Z'),
  });
});

interface SarifLog {
  runs: Array<{
    tool: {
      driver: {
        version: string;
        rules: Array<{
          id: string;
          name: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
          defaultConfiguration: { level: string };
        }>;
      };
    };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: { startLine: number; startColumn: number };
        };
      }>;
    }>;
  }>;
}

const parsed = (text: string) => JSON.parse(text) as SarifLog;
const uris = (log: SarifLog) =>
  log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation) ?? [];

describe('SARIF against the official 2.1.0 schema', () => {
  it('the schema catches what code scanning rejects: a URI with a space', () => {
    const log = parsed(renderSarif(failing));
    const broken = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    if (broken) broken.uri = 'fleets/my fleet.yaml';
    expect(valid(JSON.stringify(log))).not.toEqual([]);
  });

  it('passes for a failing check, with and without the repository place', () => {
    expect(valid(renderSarif(failing))).toEqual([]);
    expect(
      valid(renderSarif(failing, { repository: { root: '/work/my repo', directory: 'sub dir' } })),
    ).toEqual([]);
  });

  it('passes for a passing check (no results) and for findings a hostile manifest shaped', () => {
    const empty: CheckResult = { ...failing, ok: true, summary: { errors: 0, warnings: 0 }, findings: [] };
    expect(valid(renderSarif(empty))).toEqual([]);
    const hostile: Finding = {
      rule: 'schema',
      code: 'pattern',
      severity: 'error',
      message: 'a <b>name</b> with ]( and \u0000 and `ticks`',
      file: 'x:y/#frag?q=1%20 é.yaml',
      line: 1,
      column: 1,
    };
    const text = renderSarif({ ...failing, findings: [hostile] });
    expect(valid(text)).toEqual([]);
    expect(uris(parsed(text))[0]?.uri).toBe('x%3Ay/%23frag%3Fq%3D1%2520%20%C3%A9.yaml');
  });
});

describe('artifact locations', () => {
  it('percent-encodes each path segment: a space is %20', () => {
    expect(artifactLocation('fleets/my fleet.yaml')).toEqual({
      uri: 'fleets/my%20fleet.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('puts the directory the run was in before the file, so the URI is relative to the repository root', () => {
    expect(artifactLocation('fleet.yaml', { root: '/r', directory: 'sites/eu west' })).toEqual({
      uri: 'sites/eu%20west/fleet.yaml',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactLocation('../packs/p.yaml', { root: '/r', directory: 'sites/eu' }).uri).toBe(
      'sites/packs/p.yaml',
    );
    expect(artifactLocation('fleets\\prod\\fleet.yaml').uri).toBe('fleets/prod/fleet.yaml');
  });

  it("leaves a built-in pack's name, which is no file in the repository, as the URI it is", () => {
    expect(artifactLocation('builtin:microcloud', { root: '/r', directory: 'a' })).toEqual({
      uri: 'builtin:microcloud',
    });
  });

  it('names the repository root as a file URI ending in a slash, when the adapter gives it', () => {
    const log = parsed(renderSarif(failing, { repository: { root: '/work/my repo', directory: '' } }));
    expect(log.runs[0]?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/my%20repo/' } });
    expect(parsed(renderSarif(failing)).runs[0]?.originalUriBaseIds).toBeUndefined();
  });
});

describe('the tool and its rules', () => {
  it("carries rollgate's version", () => {
    expect(parsed(renderSarif(failing)).runs[0]?.tool.driver.version).toBe(packageVersion);
  });

  it('describes every rule of the registry: name, short and full description, help as text and markdown', () => {
    const rules = parsed(renderSarif(failing)).runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of rules.entries()) {
      const source = RULES[i];
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.fullDescription.text).toBe(source?.description);
      expect(rule.shortDescription.text).toMatch(/^\S.*\.$/);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(rule.fullDescription.text.length + 1);
      expect(rule.help.text).toContain(rule.fullDescription.text);
      expect(rule.help.markdown).toContain(`\`${rule.id}\``);
      expect(rule.help.markdown).toContain(`**${source?.severity}**`);
      expect(rule.defaultConfiguration.level).toBe(source?.severity);
      // What the rule reports, from its messages, placeholders named.
      for (const message of Object.values<string>(source?.messages ?? {})) {
        const shown = message.replace(/\{\{\s*(\w+)\s*\}\}/g, '*$1*');
        expect(rule.help.markdown).toContain(`- ${shown}`);
      }
    }
    const jump = rules.find((r) => r.id === 'skew/jump');
    expect(jump?.help.text).toMatch(/What it reports:\n- <component> <from> -> <to> in <where> jumps/);
  });

  it("carries each finding's code as a property, as the JSON report does", () => {
    const log = parsed(renderSarif(failing));
    const withCode = failing.findings.findIndex((f) => f.code !== undefined);
    expect(withCode).toBeGreaterThanOrEqual(0);
    const result = log.runs[0]?.results[withCode] as unknown as { properties?: { code?: string } };
    expect(result.properties?.code).toBe(failing.findings[withCode]?.code);
  });

  it('gives each finding a result with its rule, level, message and region', () => {
    const log = parsed(renderSarif(failing));
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(log.runs[0]?.results).toHaveLength(failing.findings.length);
    for (const [i, result] of (log.runs[0]?.results ?? []).entries()) {
      const finding = failing.findings[i] as Finding;
      expect(result.ruleId).toBe(finding.rule);
      expect(rules[result.ruleIndex]?.id).toBe(finding.rule);
      expect(result.level).toBe(finding.severity);
      expect(result.message.text).toBe(finding.message);
      expect(result.locations[0]?.physicalLocation.region).toEqual({
        startLine: finding.line,
        startColumn: finding.column,
      });
    }
  });
});

describe('rollgate check --format sarif names files from the repository root', () => {
  async function sarifIn(cwd: string, head: string): Promise<SarifLog> {
    let out = '';
    const io: CliIo = {
      stdout: (text) => {
        out += text;
      },
      stderr: () => {},
      cwd,
      isTTY: false,
      env: {},
    };
    expect(await main(['check', '--head', head, '--format', 'sarif', '--now', '2026-11-22'], io)).toBe(1);
    return parsed(out);
  }

  it('run from a subfolder with a space in its name', async () => {
    const root = repository({ 'eu sites/fleet.yaml': example('head-fail') });
    const log = await sarifIn(path.join(root, 'eu sites'), 'fleet.yaml');
    expect(uris(log)[0]).toEqual({ uri: 'eu%20sites/fleet.yaml', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(valid(JSON.stringify(log))).toEqual([]);
  });

  it('outside a git repository, from the working directory', async () => {
    const cwd = workspace({ 'fleet.yaml': example('head-fail') });
    const log = await sarifIn(cwd, 'fleet.yaml');
    expect(uris(log)[0]).toEqual({ uri: 'fleet.yaml', uriBaseId: '%SRCROOT%' });
  });
});
