// Bad input never crashes rollgate: every file below gets a finding with its line, through the library's check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { YamlSyntaxCode } from '../../src/bad-input.js';
import { check } from '../../src/check/index.js';
import { loadManifest } from '../../src/manifest/fleet.js';
import { YAML_LIMITS } from '../../src/manifest/source.js';
import { parseYamlFile } from '../../src/manifest/yaml.js';
import { cluster, fleetYaml, judge, MICROCLOUD_2, MICROCLOUD_PACK, oneCluster } from '../helpers/fleet.js';

/** A billion-laughs document: nine levels of nine aliases each, about 387 million nodes if expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let previous = 'a';
  for (const name of 'bcdefghi') {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\n`;
}

/** A valid manifest with a key path nested `depth` mappings deep under one cluster's component. */
function deepBlockMapping(depth: number): string {
  return `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} 1\n`;
}

const HOSTILE: Array<{ name: string; text: () => string; code: YamlSyntaxCode }> = [
  {
    name: 'malformed YAML (an unclosed flow sequence)',
    text: () => 'apiVersion: rollgate/v1\nkind: [\n',
    code: 'BAD_INDENT',
  },
  {
    name: 'a billion-laughs alias bomb',
    text: aliasBomb,
    code: 'ALIAS_BOMB',
  },
  {
    name: '100,000 unclosed [',
    text: () => '['.repeat(100_000),
    code: 'TOO_DEEP',
  },
  {
    name: '100,000 balanced [ and ]',
    text: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    code: 'TOO_DEEP',
  },
  {
    name: '100,000 nested flow mappings',
    text: () => `${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}`,
    code: 'TOO_DEEP',
  },
  {
    name: '100,000 nested block sequences',
    text: () => `${'- '.repeat(100_000)}x\n`,
    code: 'TOO_DEEP',
  },
  {
    name: 'a block mapping 200 levels deep',
    text: () => deepBlockMapping(200),
    code: 'TOO_DEEP',
  },
  {
    name: 'a 50 MB file',
    text: () => `# ${'x'.repeat(50 * 1024 * 1024)}\n`,
    code: 'TOO_LARGE',
  },
  {
    name: 'binary data with a NUL byte',
    text: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]).toString('latin1'),
    code: 'NUL_BYTE',
  },
  {
    name: 'binary garbage without a NUL byte',
    text: () => Buffer.from([0xff, 0xfe, 0x80, 0x81, 0xc3, 0x28, 0xa0, 0xa1]).toString('utf8'),
    code: 'NOT_UTF8',
  },
  {
    name: 'a manifest saved as Latin-1',
    text: () =>
      Buffer.from(
        'apiVersion: rollgate/v1\nkind: Fleet\npolicy: microcloud\nclusters:\n  - name: caf\u00e9\n',
        'latin1',
      ).toString('utf8'),
    code: 'NOT_UTF8',
  },
  {
    name: 'a %YAML 1.1 directive',
    text: () => '%YAML 1.1\n---\napiVersion: rollgate/v1\n',
    code: 'YAML_1_1',
  },
  {
    name: 'a duplicate key',
    text: () => 'apiVersion: rollgate/v1\napiVersion: rollgate/v1\n',
    code: 'DUPLICATE_KEY',
  },
  {
    name: 'a tab-indented block',
    text: () => 'clusters:\n\t- name: lab\n',
    code: 'TAB_AS_INDENT',
  },
  {
    name: 'two documents in one file',
    text: () => 'a: 1\n---\nb: 2\n',
    code: 'MULTIPLE_DOCS',
  },
];

describe('hostile manifests get one clear yaml/syntax finding', () => {
  it.each(HOSTILE)('$name', async ({ text, code }) => {
    const result = await judge({ head: text() });
    expect(result.ok).toBe(false);
    const syntax = result.findings.filter((f) => f.rule === 'yaml/syntax');
    expect(syntax.length).toBeGreaterThan(0);
    // Many copies of one complaint bury it; a hostile file gets a handful at most.
    expect(result.findings.length).toBeLessThanOrEqual(3);
    expect(syntax[0]?.code).toBe(code);
    for (const finding of result.findings) {
      expect(finding).toMatchObject({ severity: 'error', file: 'fleet.yaml' });
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.message).not.toMatch(/call stack|RangeError|TypeError|undefined|\n/);
    }
  });

  it('points a syntax error at its line and column', async () => {
    const result = await judge({ head: 'apiVersion: rollgate/v1\nkind: Fleet\npolicy: microcloud: x\n' });
    expect(result.findings).toMatchObject([
      {
        rule: 'yaml/syntax',
        line: 3,
        column: 9,
        code: 'BLOCK_AS_IMPLICIT_KEY',
        message: 'The YAML does not parse: Nested mappings are not allowed in compact mappings.',
      },
    ]);
  });

  it('points a duplicate key at the second one', async () => {
    const head = oneCluster(MICROCLOUD_2).replace('kind: Fleet\n', 'kind: Fleet\nkind: Fleet\n');
    const result = await judge({ head });
    expect(result.findings).toMatchObject([{ rule: 'yaml/syntax', line: 3, column: 1 }]);
  });

  it('points a NUL byte at its place', () => {
    const { findings } = parseYamlFile('apiVersion: rollgate/v1\nkind: Fl\u0000eet\n', 'x.yaml');
    expect(findings).toMatchObject([{ rule: 'yaml/syntax', line: 2, column: 9 }]);
  });

  it('takes aliases that expand to a few nodes, as a normal file would use them', async () => {
    const head = [
      'apiVersion: rollgate/v1',
      'kind: Fleet',
      'policy: microcloud',
      'clusters:',
      '  - name: lab',
      '    members: &members [lab-1, lab-2, lab-3]',
      '    components: &mc2',
      '      microceph:  { channel: squid/stable, revision: 4067,  hold: true, cohort: true }',
      '      microovn:   { channel: 24.03/stable, revision: 667,   hold: true, cohort: true }',
      '      lxd:        { channel: 5.21/stable,  revision: 33110, hold: true, cohort: true }',
      '      microcloud: { channel: 2/stable,     revision: 1144,  hold: true, cohort: true }',
      '  - name: lab-b',
      '    members: [b-1]',
      '    components: *mc2',
      '',
    ].join('\n');
    const result = await judge({ head });
    expect(result.findings).toEqual([]);
  });

  it('stays within the limits it states', () => {
    expect(YAML_LIMITS.maxDepth).toBeLessThan(1000);
    expect(YAML_LIMITS.maxBytes).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('hostile text inside a large file read cluster by cluster', () => {
  // 600 clean clusters, read in pieces (every manifest is); the hostile one comes last.
  const fleet = fleetYaml({ clusters: Array.from({ length: 600 }, (_, i) => cluster(`c${i}`)) });
  const large = (lastCluster: string) => `${fleet}${lastCluster}`;

  it('takes the path of a file read in pieces', () => {
    expect(parseYamlFile(fleet, 'fleet.yaml').source?.pieces).toBeDefined();
  });

  it.each([
    {
      name: '100,000 [',
      last: `  - name: x\n    members: ${'['.repeat(100_000)}\n`,
      rule: 'yaml/syntax',
      code: 'TOO_DEEP',
    },
    {
      name: 'an alias bomb',
      last: `  - name: x\n    members: [a]\n    components: {}\n    bomb:\n${aliasBomb().replace(/^/gm, '      ').trimEnd()}\n`,
      rule: 'yaml/syntax',
      code: 'ALIAS_BOMB',
      anywhere: true,
    },
    {
      name: 'a duplicate key',
      last: '  - name: x\n    name: y\n    members: [a]\n    components: {}\n',
      rule: 'yaml/syntax',
      code: 'DUPLICATE_KEY',
    },
    {
      name: 'a __proto__ key',
      last: '  - name: x\n    members: [a]\n    components: {}\n    __proto__: { polluted: true }\n',
      rule: 'schema',
      code: 'additionalProperties',
    },
    {
      name: 'a bare number version',
      last: '  - name: x\n    members: [a]\n    components:\n      lxd: { version: 1.10 }\n',
      rule: 'schema',
      code: 'NUMBER_FOR_STRING',
    },
  ] as Array<{ name: string; last: string; rule: string; code: string; anywhere?: boolean }>)(
    '$name gets the finding a small file would',
    async ({ last, rule, code, anywhere }) => {
      const text = large(last);
      const result = await judge({ head: text });
      expect(result.ok).toBe(false);
      expect(result.findings[0]?.rule).toBe(rule);
      expect(result.findings[0]?.code).toBe(code);
      // An alias count is known only for the whole document, so that finding has no better line than the first.
      if (!anywhere) expect(result.findings[0]?.line).toBeGreaterThan(fleet.split('\n').length - 1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('files that parse but are no manifest get a schema finding', () => {
  it.each([
    { name: 'an empty file', text: '', code: 'EMPTY_FILE' },
    { name: 'only a comment', text: '# nothing here\n', code: 'EMPTY_FILE' },
    { name: 'a bare scalar', text: 'hello\n', code: 'type' },
    { name: 'a list', text: '- a\n- b\n', code: 'type' },
  ])('$name', async ({ text, code }) => {
    const result = await judge({ head: text });
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'schema', code, severity: 'error', line: 1, column: 1 });
  });
});

describe('__proto__ keys', () => {
  const protoHead = [
    'apiVersion: rollgate/v1',
    'kind: Fleet',
    'policy: microcloud',
    '__proto__: { polluted: true }',
    'clusters:',
    '  - name: lab',
    '    members: [lab-1]',
    '    components:',
    '      microceph: { channel: squid/stable, revision: 4067, hold: true, cohort: true, __proto__: { hold: false } }',
    '      __proto__: { channel: squid/stable, revision: 1 }',
    '',
  ].join('\n');

  it('are reported as unknown fields and names, each at its key, and pollute nothing', async () => {
    const result = await judge({ head: protoHead });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).hold).toBeUndefined();
    expect(
      result.findings.map((f) => [f.rule, f.line, f.column, f.code, f.data?.property ?? f.data?.name]),
    ).toEqual([
      ['schema', 4, 1, 'additionalProperties', '__proto__'],
      ['schema', 9, 85, 'additionalProperties', '__proto__'],
      ['schema', 10, 7, 'propertyNames', '__proto__'],
    ]);
  });

  it('in a pack are refused, not merged into the prototype', async () => {
    const pack = MICROCLOUD_PACK.replace(
      'components:\n  microceph:',
      'components:\n  __proto__:\n    versioning: { scheme: semver, source: version }\n  microceph:',
    );
    await expect(judge({ head: oneCluster(MICROCLOUD_2), packs: { microcloud: pack } })).rejects.toThrow(
      /^The policy pack policies\/microcloud\.yaml is broken at line \d+, column \d+: /,
    );
    expect(({} as Record<string, unknown>).versioning).toBeUndefined();
  });
});

describe('bare YAML numbers where a version belongs', () => {
  it.each([
    ['1.10', '1.10'],
    ['5.21', '5.21'],
    ['3', '3'],
  ])('version: %s says to quote it', async (written, quoted) => {
    const head = fleetYaml({
      policy: 'toy',
      clusters: [{ name: 'lab', members: ['lab-1'], components: { server: { version: 'PLACEHOLDER' } } }],
    }).replace('version: PLACEHOLDER', `version: ${written}`);
    const result = await judge({ head });
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 10,
        column: 18,
        code: 'NUMBER_FOR_STRING',
        message: `\`version\` at clusters.0.components.server.version is the YAML number ${written}; write it as a string, "${quoted}", since YAML reads 1.10 as 1.1.`,
      }),
    ]);
  });

  it('a quoted version is read as written', async () => {
    const head = oneCluster({ server: { version: '1.10' }, agent: { version: '1.10' } }, { policy: 'toy' });
    expect(head).toContain('version: "1.10"');
    const result = await judge({ head });
    expect(result.findings.filter((f) => f.rule === 'schema')).toEqual([]);
  });
});

describe('any bytes at all', () => {
  it('never make check throw, and every finding has a place', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const text = Buffer.from(bytes).toString('utf8');
        const result = await check({
          head: { file: 'fleet.yaml', text },
          resolvePack: () => ({ file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK }),
          now: new Date('2026-11-22T00:00:00Z'),
        });
        expect(result.ok).toBe(false);
        for (const finding of result.findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('mutations of a valid manifest never make loadManifest throw', () => {
    const valid = oneCluster(MICROCLOUD_2);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: valid.length - 1 }),
        fc.string({ maxLength: 8 }),
        (at, insert) => {
          const text = valid.slice(0, at) + insert + valid.slice(at + 1);
          const loaded = loadManifest(text, 'fleet.yaml');
          expect(loaded.fleet !== undefined || loaded.findings.length > 0).toBe(true);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});
