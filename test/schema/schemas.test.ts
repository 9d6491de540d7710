// The two public schemas are ones editors and other tools can lean on: every property says what it is, both compile
// under ajv's strict mode, and they flag what the CLI flags (the conditional requirements), each problem once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fleet.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Schema = Record<string, unknown>;

const SCHEMAS = ['fleet', 'policy'] as const;
const schemaOf = (name: string): Schema =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, `schemas/${name}.schema.json`), 'utf8')) as Schema;

const isSchema = (value: unknown): value is Schema =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every place an editor shows a hover for, by JSON pointer: each entry of a `properties` map, each `$defs` entry,
 * and each schema of map values (`additionalProperties`) and map keys (`propertyNames`).
 */
function describedPlaces(schema: Schema): { pointer: string; node: unknown }[] {
  const places: { pointer: string; node: unknown }[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, `${pointer}/${index}`);
      });
      return;
    }
    if (!isSchema(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if ((key === 'properties' || key === '$defs') && isSchema(value)) {
        for (const [name, property] of Object.entries(value)) {
          const at = `${here}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          // `wave: false` and `wave: true` in a condition are assertions about a property, not properties.
          if (typeof property !== 'boolean') places.push({ pointer: at, node: property });
        }
      } else if ((key === 'additionalProperties' || key === 'propertyNames') && isSchema(value)) {
        places.push({ pointer: here, node: value });
      }
      walk(value, here);
    }
  };
  walk(schema, '');
  return places;
}

/** Whether a place is inside an if/then/else: those assert about properties described where they are defined. */
const inCondition = (pointer: string): boolean => /\/(if|then|else)(\/|$)/.test(pointer);

describe.each(SCHEMAS)('schemas/%s.schema.json', (name) => {
  const schema = schemaOf(name);

  it('describes every property, map value and definition', () => {
    const places = describedPlaces(schema).filter(({ pointer }) => !inCondition(pointer));
    expect(places.length).toBeGreaterThan(20);
    const undescribed = places
      .filter(
        ({ node }) =>
          !isSchema(node) || typeof node.description !== 'string' || node.description.trim() === '',
      )
      .map(({ pointer }) => pointer);
    expect(undescribed).toEqual([]);
  });

  it("compiles under ajv's strict mode with ajv-formats", () => {
    const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe('the description walk', () => {
  it('finds a property without a description', () => {
    const places = describedPlaces({
      properties: { a: { description: 'A.', type: 'object', properties: { b: { type: 'string' } } } },
    });
    expect(places.map(({ pointer }) => pointer)).toEqual(['/properties/a', '/properties/a/properties/b']);
    expect(places.filter(({ node }) => isSchema(node) && node.description === undefined)).toHaveLength(1);
  });
});
