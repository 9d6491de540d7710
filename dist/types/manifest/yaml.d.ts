import type { Finding } from '../findings.js';
import { type SourceFile } from './source.js';
export { YAML_LIMITS } from './source.js';
/** How `parseYamlFile` may save work on a large file. */
export interface ParseOptions {
    /** Read in pieces from this many characters on (default `PIECES_FROM`). */
    piecesFrom?: number;
    /** A file read before (the head, when this is its base): list items written the same are not parsed again. */
    known?: SourceFile;
}
/**
 * Parses YAML 1.2 text into a value and a document that knows positions.
 * Every problem becomes a `yaml/syntax` finding with its line; nothing here throws for bad input.
 */
export declare function parseYamlFile(text: string, file: string, options?: ParseOptions): {
    source?: SourceFile;
    findings: Finding[];
};
