import type { PlanChunk } from './types.js';
/** One key of an object written piece by piece: a value, a value known only when reached, or items made one by one. */
export type JsonField = {
    key: string;
    value: unknown;
} | {
    key: string;
    later: () => unknown;
} | {
    key: string;
    items: Iterable<string>;
    kind: 'array' | 'object';
};
/** An array item as it stands at depth 2 (the items of a top-level key), comma and all but the first one's. */
export declare function arrayItem(value: unknown): string;
/**
 * The pieces of a top-level object's two-space JSON, without the final newline: joined, they equal
 * JSON.stringify of the object with each `items` field holding the values its pieces were made from.
 * `open` leaves the object open for more fields; `opened` adds fields to an object left open.
 */
export declare function jsonObjectPieces(fields: Iterable<JsonField>, { open, opened }?: {
    open?: boolean;
    opened?: boolean;
}): Generator<string>;
/** Gathers a file's small pieces into chunks of about 64 KiB: the chunks a plan stream hands its writer. */
export declare class ChunkedFile {
    readonly path: string;
    private readonly executable;
    private pending;
    private size;
    constructor(path: string, executable?: boolean);
    /** Adds a piece; returns a chunk to write when enough has gathered. */
    add(text: string): PlanChunk | undefined;
    /** The file's last chunk, with what is left. */
    end(): PlanChunk;
    private take;
}
/** The chunks of a JSON file written piece by piece (jsonObjectPieces), with its final newline. */
export declare function jsonFileChunks(path: string, fields: Iterable<JsonField>): Generator<PlanChunk>;
/** A whole small file as a single chunk. */
export declare function wholeFile(path: string, text: string, executable?: boolean): PlanChunk;
