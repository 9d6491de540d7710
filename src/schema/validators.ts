// The compiled schema validators. Run from source (tests, the library), the schemas compile on first use; the
// build (scripts/build.mjs) puts in this module's place the same validators compiled ahead of time as ajv's
// standalone code (src/schema/standalone.ts), so the CLI and the action start without compiling schemas.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fleetSchema from '../../schemas/fleet.schema.json' with { type: 'json' };
import observedSchema from '../../schemas/observed.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import charmInfoSchema from '../datasource/charm-info.schema.json' with { type: 'json' };
import snapInfoSchema from '../datasource/snap-info.schema.json' with { type: 'json' };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

/** The JSON Schemas rollgate validates against: its own files, and the stores' answers (src/datasource/). */
export type SchemaName = 'fleet' | 'policy' | 'snap-info' | 'charm-info' | 'observed';

/** An ajv with rollgate's options, formats and schemas; `code` options make it emit standalone code. */
export function createAjv(code?: { source: boolean; esm: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // The messages read each pattern's description from its parent schema.
    verbose: true,
    ...(code ? { code } : {}),
  });
  addFormats(ajv, ['date', 'date-time']);
  ajv.addSchema(fleetSchema, 'fleet');
  ajv.addSchema(policySchema, 'policy');
  ajv.addSchema(snapInfoSchema, 'snap-info');
  ajv.addSchema(charmInfoSchema, 'charm-info');
  ajv.addSchema(observedSchema, 'observed');
  return ajv;
}

let ajv: Ajv2020 | undefined;

/** The validator of a schema, compiled when first asked for. */
export function validatorFor(name: SchemaName): ValidateFunction {
  ajv ??= createAjv();
  return ajv.getSchema(name) as ValidateFunction;
}
