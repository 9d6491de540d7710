import { type Document } from 'yaml';
import { type Pieces, type SourceFile } from './source.js';
/**
 * Files at least this long are read in pieces when their shape allows, smaller ones in one go: every file, since a
 * small fleet read in pieces, plainly written, is read without loading the yaml package (see `readInPieces`).
 */
export declare const PIECES_FROM = 0;
/**
 * Reads a large file one item of its `clusters:` list at a time, which takes a fraction of the memory and
 * time of one parse. Returns undefined whenever the file is not plainly shaped for it (a syntax error in
 * any piece, an alias, a directive, a list in flow style): the caller then parses it whole, which gives
 * the same value and the findings. Split only where a line starts with `-` at the list's column: there
 * no multi-line scalar or flow collection can continue, or the piece before would not parse.
 */
export declare function readInPieces(text: string, file: string, known?: SourceFile): SourceFile | undefined;
/** The syntax tree of one item of a file read in pieces, parsed again when a position inside it is asked for. */
export declare function itemDocument(source: SourceFile, pieces: Pieces, index: number): Document.Parsed;
