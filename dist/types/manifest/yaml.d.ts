import { type Document, LineCounter } from 'yaml';
import type { Finding } from '../findings.js';
/** Limits that keep a hostile file from exhausting memory or the stack. */
export declare const YAML_LIMITS: {
    /** Largest file read, in bytes. A fleet of 100,000 members is about 10 MB. */
    readonly maxBytes: number;
    /** Deepest nesting of mappings and sequences. A manifest needs about 8. */
    readonly maxDepth: 64;
    /** What an alias may expand to, counted as the yaml package counts it (nodes times uses). */
    readonly maxAliasCount: 10000;
};
/** A parsed YAML file that can still say where each of its values came from. */
export interface SourceFile {
    file: string;
    text: string;
    /** The whole document; for a file read in pieces, everything but the items of its long list. Ask positions of `positionOf`. */
    document: Document.Parsed;
    lineCounter: LineCounter;
    value: unknown;
    /** Set when a large file was read one list item at a time (see `readInPieces`). */
    pieces?: Pieces;
}
/**
 * Where the items of a large file's long top-level list sit, so positions inside an item can be found by
 * parsing that item again, instead of holding the whole file's syntax tree in memory.
 */
export interface Pieces {
    /** The top-level key whose block sequence was read item by item. */
    key: string;
    /** The offset in `text` of each item's first line, and where each item ends. */
    starts: number[];
    ends: number[];
    /** The column (0-based) of each item's `-`. */
    indent: number;
    /** Offsets in `document` from this one on belong to the text after the list, which starts `trailerShift` later in the file. */
    trailerFrom: number;
    trailerShift: number;
    /** Items parsed again for positions, most recent last. */
    cache: Map<number, Document.Parsed>;
}
/** Files at least this long are read in pieces when their shape allows; smaller ones in one go. */
export declare const PIECES_FROM: number;
/** How `parseYamlFile` may save work on a large file. */
export interface ParseOptions {
    /** Read in pieces from this many characters on (default `PIECES_FROM`). */
    piecesFrom?: number;
    /** A file read before (the head, when this is its base): list items written the same are not parsed again. */
    known?: SourceFile;
}
/** Where a value sits in a file: 1-based line and column. */
export interface Position {
    line: number;
    column: number;
}
/** A key of a JSON pointer, as ajv's `instancePath` splits into. */
export type PathSegment = string | number;
/**
 * Parses YAML 1.2 text into a value and a document that knows positions.
 * Every problem becomes a `yaml/syntax` finding with its line; nothing here throws for bad input.
 */
export declare function parseYamlFile(text: string, file: string, options?: ParseOptions): {
    source?: SourceFile;
    findings: Finding[];
};
/** The line and column of the value at a path (or of the deepest part of the path that exists). */
export declare function positionOf(source: SourceFile, path: readonly PathSegment[]): Position;
/** The line and column of the key of a mapping entry, so findings about the entry point at its name. */
export declare function keyPositionOf(source: SourceFile, path: readonly PathSegment[]): Position;
/** The source text of the scalar at a path, as written (so `1.10` stays `1.10`). */
export declare function sourceTextAt(source: SourceFile, path: readonly PathSegment[]): string | undefined;
/**
 * Reads a large file one item of its `clusters:` list at a time, which takes a fraction of the memory and
 * time of one parse. Returns undefined whenever the file is not plainly shaped for it (a syntax error in
 * any piece, an alias, a directive, a list in flow style): the caller then parses it whole, which gives
 * the same value and the findings. Split only where a line starts with `-` at the list's column: there
 * no multi-line scalar or flow collection can continue, or the piece before would not parse.
 */
export declare function readInPieces(text: string, file: string, known?: SourceFile): SourceFile | undefined;
