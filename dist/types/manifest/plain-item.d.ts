/**
 * A fast reader for the plain way almost every cluster entry of a fleet is written: block mappings and lists,
 * one-line flow collections, plain scalars, simple quoted strings and comments, in printable ASCII with LF or CRLF
 * line ends. It reads
 * one item of a large file's `clusters:` list (see `readInPieces` in pieces.ts) to the value the yaml package
 * would give it, at a small part of the cost, since it builds no syntax tree.
 *
 * It never decides what YAML means where that takes judgement: on anything outside that shape (an anchor, a
 * tag, a block scalar, an escape, a multi-line scalar, a tab, a number other than a decimal one, a duplicate
 * or reserved key, text it cannot place) it answers `NOT_PLAIN`, and the caller reads the item with the yaml
 * package, which also reports the problems; positions in an item it takes are found by plain-position.ts. So the rule it
 * keeps is: either `NOT_PLAIN`, or exactly the value of `parseDocument(text).toJS()[0]`; the property tests in
 * test/property/plain-item.test.ts hold it to that on generated and broken items.
 */
/** What `readPlainItem` answers for an item it leaves to the yaml package. */
export declare const NOT_PLAIN: unique symbol;
/**
 * The value of one list item, written from column `indent` with `-`, or `NOT_PLAIN` when the text is not of
 * the plain shape this reader takes.
 */
export declare function readPlainItem(text: string, indent: number): unknown;
/**
 * The length of a plain key at `from` in `text` that is followed by `:` and a space or the end (`to`, the end of its
 * line or of the text), else 0.
 */
export declare function keyLength(text: string, from?: number, to?: number): number;
export declare function skipSpaces(text: string, from: number): number;
