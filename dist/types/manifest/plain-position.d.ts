/**
 * Where the values of a plainly written list item sit, found without the yaml package. It takes only an item the
 * plain reader (plain-item.ts) read, so the item is in the reader's shape and is not checked again: block mappings
 * and lists, one-line flow collections, plain scalars, simple quoted strings and comments. Each node starts where
 * the yaml package's node of that value starts (a mapping at its first key, a list at its first `-`, a flow
 * collection at its bracket, a scalar at its first character, quotes included), and a scalar ends where the yaml
 * package's value ends. A value written as nothing (`key:` with nothing under it) has no node here: a position at
 * or under it is left to the yaml package. test/property/pieces.test.ts holds every position to the whole-file
 * parse's.
 */
/** A value's place in the item's text: offsets from the item's first character. */
export interface PlainNode {
    start: number;
    /** A scalar's end: where its text stops, before spaces and a comment. */
    end?: number;
    /** A mapping's entries: each key's offset and its value's node (null for a value written as nothing). */
    entries?: Map<string, {
        key: number;
        value: PlainNode | null;
    }>;
    /** A list's items (null for an item written as nothing). */
    items?: Array<PlainNode | null>;
}
/** A key of a path, as the yaml package's `instancePath` splits into. */
type Segment = string | number;
/** The node of the one item of a list whose `-` are at `indent`, in a text the plain reader read. */
export declare function plainItemNode(text: string, indent: number): PlainNode | null;
/**
 * The node at a path as the yaml package's walk finds it (the deepest node found when the path runs out), or
 * undefined when the path reaches a value written as nothing, which the yaml package places.
 */
export declare function plainNodeAt(root: PlainNode | null, path: readonly Segment[]): PlainNode | undefined;
/** The offset of the key of a mapping entry at a path, or undefined when the path does not end at one. */
export declare function plainKeyAt(root: PlainNode | null, path: readonly Segment[]): number | undefined;
export {};
