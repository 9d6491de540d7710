import type { ErrorObject } from 'ajv/dist/2020.js';
import type { SchemaCode } from '../bad-input.js';
import type { PathSegment } from '../manifest/source.js';
import type { MessageData } from '../messages.js';
import type { SchemaName } from './validators.js';
/** A schema error told in rollgate's words: its code and data, whether it points at the key, and what it is about. */
export interface ExplainedCondition {
    code: SchemaCode;
    data: MessageData;
    atKey: boolean;
    about: {
        cluster?: string;
        component?: string;
    };
}
/** The message of an error from one of the schemas' conditional requirements; undefined for any other error. */
export declare function explainCondition(schema: SchemaName, error: ErrorObject, path: PathSegment[], root: unknown): ExplainedCondition | undefined;
