// Positions come from the parse: a JSON pointer's path (ajv's `instancePath`, split) walked through the syntax tree
// to a node, and its offset turned into a line and column by the file's line counter. For a file read in pieces,
// a path into an item written plainly is walked through the item's plain nodes (plain-position.ts), found without
// the yaml package; any other item is parsed again on demand (see pieces.ts).
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { itemDocument } from './pieces.js';
import { NOT_PLAIN, readPlainItem } from './plain-item.js';
import { type PlainNode, plainItemNode, plainKeyAt, plainNodeAt } from './plain-position.js';
import type { PathSegment, Pieces, Position, SourceFile } from './source.js';

/** The plain nodes of items asked for lately, per file read in pieces (false: the item is not written plainly). */
const plainItems = new WeakMap<Pieces, Map<number, PlainNode | null | false>>();
/** How many items' plain nodes a file keeps: findings come cluster by cluster, so a few suffice. */
const PLAIN_CACHE = 64;

/**
 * Where a path into an item of a list read in pieces points, found from the item's plain nodes: the item's start
 * in the file and the item's root node; undefined when the path is not into an item written plainly.
 */
function plainItem(
  source: SourceFile,
  path: readonly PathSegment[],
): { start: number; root: PlainNode | null; rest: readonly PathSegment[]; line?: number } | undefined {
  const pieces = source.pieces;
  if (!pieces || path.length < 2 || String(path[0]) !== pieces.key) return undefined;
  const index = path[1];
  if (typeof index !== 'number' || index < 0 || index >= pieces.starts.length) return undefined;
  let cache = plainItems.get(pieces);
  if (!cache) {
    cache = new Map();
    plainItems.set(pieces, cache);
  }
  let root = cache.get(index);
  const start = pieces.starts[index] as number;
  if (root === undefined) {
    const text = source.text.slice(start, pieces.ends[index]);
    // Only an item the plain reader takes is in the shape its nodes are found in; reading remembered which did.
    const plain = pieces.plain ? pieces.plain[index] === 1 : readPlainItem(text, pieces.indent) !== NOT_PLAIN;
    root = plain ? plainItemNode(text, pieces.indent) : false;
    if (cache.size >= PLAIN_CACHE) cache.delete(cache.keys().next().value as number);
    cache.set(index, root);
  }
  return root === false
    ? undefined
    : { start, root, rest: path.slice(2), ...(pieces.lines ? { line: pieces.lines[index] as number } : {}) };
}

/** A node found for a path, with the document it belongs to and how its offsets map to the file's. */
interface Located {
  node: unknown;
  document: Document.Parsed;
  fileOffset: (offset: number) => number;
  /** Set instead of a node for a list read in pieces: where the list starts. */
  listStart?: number;
}

/** The node at a JSON-pointer path, following aliases; the deepest node found when the path runs out. */
function locate(source: SourceFile, path: readonly PathSegment[]): Located {
  const pieces = source.pieces;
  if (pieces && path.length > 0 && String(path[0]) === pieces.key) {
    const index = path[1];
    if (typeof index === 'number' && index >= 0 && index < pieces.starts.length) {
      const document = itemDocument(source, pieces, index);
      const start = pieces.starts[index] as number;
      const item = isSeq(document.contents) ? document.contents.items[0] : null;
      return { node: walk(document, item, path.slice(2)), document, fileOffset: (offset) => offset + start };
    }
    // The whole document would stop at the list itself, whose range starts at its first `-`.
    return {
      node: null,
      document: source.document,
      fileOffset: (offset) => offset,
      listStart: (pieces.starts[0] as number) + pieces.indent,
    };
  }
  const trailer = pieces
    ? (offset: number) => (offset >= pieces.trailerFrom ? offset + pieces.trailerShift : offset)
    : (offset: number) => offset;
  return {
    node: walk(source.document, source.document.contents, path),
    document: source.document,
    fileOffset: trailer,
  };
}

// Each mapping's entries by key, built once: a file with one finding per key (20,000 schema errors in one mapping)
// would otherwise search the mapping once per finding.
const pairIndex = new WeakMap<object, Map<string, Pair>>();

/** The first entry of a mapping whose scalar key reads as `key`, found through an index made on first use. */
function pairOf(map: YAMLMap, key: PathSegment): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items)
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)))
        index.set(String(item.key.value), item);
    pairIndex.set(map, index);
  }
  return index.get(String(key));
}

function walk(document: Document.Parsed, root: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const next = node.items[segment];
      if (next === undefined) break;
      node = next;
    } else {
      break;
    }
  }
  return node ?? null;
}

function startOffset(located: Located): number {
  if (located.listStart !== undefined) return located.listStart;
  return located.fileOffset((located.node as Node | null)?.range?.[0] ?? 0);
}

/** The line and column of the value at a path (or of the deepest part of the path that exists). */
export function positionOf(source: SourceFile, path: readonly PathSegment[]): Position {
  const plain = plainItem(source, path);
  const node = plain && plainNodeAt(plain.root, plain.rest);
  if (plain && node) return linePosition(source, plain.start + node.start, plain);
  const pos = source.lineCounter.linePos(startOffset(locate(source, path)));
  return { line: pos.line, column: pos.col };
}

/** The line and column of the key of a mapping entry, so findings about the entry point at its name. */
export function keyPositionOf(source: SourceFile, path: readonly PathSegment[]): Position {
  if (path.length === 0) return { line: 1, column: 1 };
  const plain = plainItem(source, path);
  if (plain) {
    const key = plainKeyAt(plain.root, plain.rest);
    // No key there (or one under a value written as nothing): the value's position, as below.
    return key === undefined ? positionOf(source, path) : linePosition(source, plain.start + key, plain);
  }
  const parent = locate(source, path.slice(0, -1));
  const last = path[path.length - 1] as PathSegment;
  const resolved = isAlias(parent.node) ? parent.node.resolve(parent.document) : parent.node;
  if (isMap(resolved)) {
    const pair = pairOf(resolved, last);
    if (pair && isScalar(pair.key) && pair.key.range) {
      const pos = source.lineCounter.linePos(parent.fileOffset(pair.key.range[0]));
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path);
}

/** The source text of the scalar at a path, as written (so `1.10` stays `1.10`). */
export function sourceTextAt(source: SourceFile, path: readonly PathSegment[]): string | undefined {
  const plain = plainItem(source, path);
  const plainNode = plain && plainNodeAt(plain.root, plain.rest);
  if (plain && plainNode) {
    if (plainNode.end === undefined) return undefined;
    return source.text.slice(plain.start + plainNode.start, plain.start + plainNode.end).trim();
  }
  const located = locate(source, path);
  const node = located.node;
  if (isScalar(node) && node.range)
    return source.text.slice(located.fileOffset(node.range[0]), located.fileOffset(node.range[1])).trim();
  return undefined;
}

function linePosition(source: SourceFile, offset: number, item?: { start: number; line?: number }): Position {
  // Inside an item whose first line is known: count the lines from there, not from the top of the file.
  if (item?.line !== undefined && offset >= item.start) {
    let line = item.line;
    let lineStart = item.start;
    for (
      let i = source.text.indexOf('\n', item.start);
      i >= 0 && i < offset;
      i = source.text.indexOf('\n', i + 1)
    ) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
