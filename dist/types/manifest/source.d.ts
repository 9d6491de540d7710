import type { Document } from 'yaml';
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
    /** The line (1-based) each item starts on. */
    lines?: number[];
    /** Whether the plain reader read each item (1) or the yaml package (0): an item's positions are found alike. */
    plain?: Uint8Array;
    /** The items written the same as one of the file read before (`ParseOptions.known`), whose value is a copy of its. */
    copied?: Set<number>;
}
/** Where a value sits in a file: 1-based line and column. */
export interface Position {
    line: number;
    column: number;
}
/** A key of a JSON pointer, as ajv's `instancePath` splits into. */
export type PathSegment = string | number;
/**
 * Where every line of a text starts. Counted from the text itself: the parser's own newline callback misses the
 * line breaks inside a multi-line token it cannot place, and the positions after them would drift.
 */
export declare function lineCounterOf(text: string): LineCounter;
/**
 * The line and column of an offset, found by a binary search of where the lines start: the yaml package's
 * LineCounter, answering alike, without loading the yaml package (a check that finds something in a plainly
 * written manifest needs no more of it).
 */
export declare class LineCounter {
    readonly lineStarts: number[];
    constructor(lineStarts: number[]);
    /** The 1-based line and column of an offset (line 0 before the first line start, as the yaml package has it). */
    linePos(offset: number): {
        line: number;
        col: number;
    };
}
