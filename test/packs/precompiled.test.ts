// The built-in packs ship precompiled: the build (scripts/build.mjs) reads and validates policies/*.yaml with
// precompilePack and embeds each one's value, and loadPack takes that value for the same text instead of parsing
// it again. Guards that the precompiled value is what loading the YAML gives, and that the bundle's packs are
// those of policies/ as they are now.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { loadPack, precompilePack, rememberPrecompiledPack } from '../../src/policy/pack.js';
import { toJsonReport } from '../../src/report/json.js';
import { assertBuilt, rollgate, workspace } from '../helpers/cli.js';
import { example, NOW, PACKS, packText } from './pack-helpers.js';

describe.each(PACKS)('the precompiled %s pack', (name) => {
  const text = packText(name);
  const file = `builtin:${name}`;

  it('is, as JSON, exactly the value loading its YAML gives', () => {
    const loaded = loadPack(text, file);
    expect(loaded.findings).toEqual([]);
    expect(JSON.parse(precompilePack(text, file))).toStrictEqual(loaded.policy?.pack);
  });

  it('is what loadPack gives for that text once remembered, with the same schemes', () => {
    const parsed = loadPack(`${text}\n# read afresh: no precompiled pack has this text\n`, file).policy;
    rememberPrecompiledPack(text, precompilePack(text, file));
    const precompiled = loadPack(text, file);
    expect(precompiled.findings).toEqual([]);
    expect(precompiled.policy?.pack).toStrictEqual(parsed?.pack);
    expect(precompiled.policy?.file).toBe(file);
    expect(precompiled.policy?.text).toBe(text);
    expect([...(precompiled.policy?.schemes.keys() ?? [])]).toEqual([...(parsed?.schemes.keys() ?? [])]);
    for (const [component, scheme] of parsed?.schemes ?? []) {
      const versions = parsed?.pack.components[component]?.versioning.versions ?? ['1.0.0', '2.1'];
      for (const version of versions)
        expect(precompiled.policy?.schemes.get(component)?.isValid(version)).toBe(scheme.isValid(version));
    }
  });
});

describe('loadPack with precompiled packs remembered', () => {
  it('still reads and judges a text that differs from every precompiled one', () => {
    const text = packText('microcloud');
    rememberPrecompiledPack(text, precompilePack(text, 'builtin:microcloud'));
    const broken = loadPack(text.replace(/^order:/m, 'order: 3\nunused:'), 'policies/microcloud.yaml');
    expect(broken.policy).toBeUndefined();
    expect(broken.findings.length).toBeGreaterThan(0);
    expect(broken.findings[0]?.file).toBe('policies/microcloud.yaml');
  });

  it('precompilePack refuses a pack with findings, naming its line', () => {
    expect(() => precompilePack('apiVersion: rollgate/v1\nkind: PolicyPack\n', 'bad.yaml')).toThrow(
      /^bad\.yaml:\d+:\d+: /,
    );
  });
});

describe('the bundled CLI with no policies directory', () => {
  it.concurrent.each(PACKS)(
    'judges the %s example with its built-in pack as the source does with the pack read from policies/',
    async (name) => {
      assertBuilt();
      const base = example(name, 'base');
      const head = example(name, 'head-fail');
      const folder = workspace({ 'base.yaml': base.text, 'head.yaml': head.text });
      const run = await rollgate(
        [
          'check',
          '--base',
          'base.yaml',
          '--head',
          'head.yaml',
          '--now',
          NOW.toISOString(),
          '--format',
          'json',
        ],
        folder,
      );
      const expected = await check({
        head: { file: 'head.yaml', text: head.text },
        base: { file: 'base.yaml', text: base.text },
        resolvePack: (policy) => ({ file: `builtin:${policy}`, text: packText(policy) }),
        now: NOW,
      });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(toJsonReport(expected));
      expect(expected.findings.length).toBeGreaterThan(0);
    },
  );
});
