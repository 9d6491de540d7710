import type { Finding } from '../findings.js';
import type { PathSegment, SourceFile } from '../manifest/source.js';
import { type SchemaName } from './validators.js';
export type { SchemaName } from './validators.js';
/** Validates a parsed file against a schema; each problem becomes a `schema` finding at its node's line. */
export declare function validateSchema(name: SchemaName, source: SourceFile): Finding[];
/** Splits an ajv `instancePath` (a JSON pointer) into keys and indexes. */
export declare function pointerToPath(pointer: string): PathSegment[];
