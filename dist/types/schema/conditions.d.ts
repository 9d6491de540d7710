import type { ErrorObject } from 'ajv/dist/2020.js';
import type { PathSegment } from '../manifest/yaml.js';
import type { SchemaName } from './validators.js';
/** A schema error told in rollgate's words: the message, whether it points at the key, and what it is about. */
export interface ExplainedCondition {
    message: string;
    atKey: boolean;
    about: {
        cluster?: string;
        component?: string;
    };
}
/** The message of an error from one of the schemas' conditional requirements; undefined for any other error. */
export declare function explainCondition(schema: SchemaName, error: ErrorObject, path: PathSegment[], root: unknown): ExplainedCondition | undefined;
