import type { Finding } from '../findings.js';
import type { PathSegment, SourceFile } from '../manifest/source.js';
import { type SchemaName } from './validators.js';
export type { SchemaName } from './validators.js';
/** Validates a parsed file against a schema; each problem becomes a `schema` finding at its node's line. */
export declare function validateSchema(name: SchemaName, source: SourceFile): Finding[];
/** Whether a value passes a schema, without findings: for a value whose problems would be found again another way. */
export declare function passes(name: SchemaName, value: unknown): boolean;
/** Splits an ajv `instancePath` (a JSON pointer) into keys and indexes. */
export declare function pointerToPath(pointer: string): PathSegment[];
