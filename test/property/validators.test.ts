// The bundles carry the schema validators compiled ahead of time (ajv standalone code, src/schema/standalone.ts);
// tests and the library compile them at run time (src/schema/validators.ts). Both must judge every value alike,
// errors included, or the CLI would say something the tests never saw.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { standaloneValidators } from '../../src/schema/standalone.js';
import { type SchemaName, validatorFor } from '../../src/schema/validators.js';
import { REPO_ROOT } from '../helpers/fleet.js';
import { fleetValue, pathsOf, settings } from './arbitraries.js';

type Validate = ((value: unknown) => boolean) & { errors?: unknown };
let standalone: (name: SchemaName) => Validate;

beforeAll(async () => {
  // Inside the repository, so the generated code's require() calls find ajv in node_modules.
  const dir = path.join(REPO_ROOT, 'node_modules', '.cache', 'rollgate-test');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `validators-${process.pid}.mjs`);
  const preamble =
    "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
  writeFileSync(file, preamble + standaloneValidators());
  standalone = (await import(pathToFileURL(file).href)).validatorFor;
});

function judgeBothWays(name: SchemaName, value: unknown) {
  const compiled = validatorFor(name);
  const ahead = standalone(name);
  const verdicts = [compiled(value), ahead(value)];
  return { verdicts, errors: [compiled.errors ?? null, ahead.errors ?? null] };
}

/** A value with the thing at one of its paths replaced. */
function replaceAt(value: unknown, at: Array<string | number>, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === head ? replaceAt(item, rest, replacement) : item,
      ]),
    );
  }
  return value;
}

const packs = readdirSync(path.join(REPO_ROOT, 'policies'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(path.join(REPO_ROOT, 'policies', file), 'utf8')) as unknown);

describe('validators compiled ahead of time', () => {
  it('judge fleets as the run-time ones do, errors and all, with any part replaced by any JSON', () => {
    fc.assert(
      fc.property(fleetValue, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (value, pick, replacement) => {
        const paths = pathsOf(value);
        const changed = replaceAt(value, paths[pick % paths.length] as Array<string | number>, replacement);
        const { verdicts, errors } = judgeBothWays('fleet', changed);
        expect(verdicts[1]).toBe(verdicts[0]);
        expect(errors[1]).toEqual(errors[0]);
      }),
      settings(),
    );
  });

  it('judge the shipped packs as the run-time ones do, with any part replaced by any JSON', () => {
    expect(packs.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...packs),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        (pack, pick, replacement) => {
          const paths = pathsOf(pack);
          const changed = replaceAt(pack, paths[pick % paths.length] as Array<string | number>, replacement);
          const { verdicts, errors } = judgeBothWays('policy', changed);
          expect(verdicts[1]).toBe(verdicts[0]);
          expect(errors[1]).toEqual(errors[0]);
        },
      ),
      settings(),
    );
  });

  it.each(packs.map((pack, i) => [i, pack]))('pass shipped pack %i', (_, pack) => {
    expect(judgeBothWays('policy', pack).verdicts).toEqual([true, true]);
  });
});
