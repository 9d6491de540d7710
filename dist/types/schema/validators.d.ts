import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
/** The JSON Schemas rollgate validates against: its own files, and the stores' answers (src/datasource/). */
export type SchemaName = 'fleet' | 'policy' | 'snap-info' | 'charm-info' | 'observed';
/** An ajv with rollgate's options, formats and schemas; `code` options make it emit standalone code. */
export declare function createAjv(code?: {
    source: boolean;
    esm: boolean;
}): Ajv2020;
/** The validator of a schema, compiled when first asked for. */
export declare function validatorFor(name: SchemaName): ValidateFunction;
