// The piece reader: a large file read one item of its `clusters:` list at a time, which takes a fraction of the
// memory and time of one parse; most items through the plain-item reader, the rest through the yaml package.
import { type Document, isMap, isScalar, isSeq } from 'yaml';
import { composeFirstDocument, hasDeepTokenOrAlias, tokensOf } from './compose.js';
import { copyOf } from './copy.js';
import { NOT_PLAIN, readPlainItem } from './plain-item.js';
import { type LineCounter, lineCounterOf, type Pieces, type SourceFile } from './source.js';

/**
 * Files at least this long are read in pieces when their shape allows, smaller ones in one go: every file, since a
 * small fleet read in pieces, plainly written, is read without loading the yaml package (see `readInPieces`).
 */
export const PIECES_FROM = 0;

/** The top-level key whose block sequence a large file is read in pieces by: a fleet's clusters. */
const PIECES_KEY = 'clusters';
/** Items parsed again for positions that stay cached; rules report cluster by cluster, so a few suffice. */
const PIECES_CACHE = 16;

/**
 * Reads a large file one item of its `clusters:` list at a time, which takes a fraction of the memory and
 * time of one parse. Returns undefined whenever the file is not plainly shaped for it (a syntax error in
 * any piece, an alias, a directive, a list in flow style): the caller then parses it whole, which gives
 * the same value and the findings. Split only where a line starts with `-` at the list's column: there
 * no multi-line scalar or flow collection can continue, or the piece before would not parse.
 */
export function readInPieces(text: string, file: string, known?: SourceFile): SourceFile | undefined {
  const keyLine = new RegExp(`^${PIECES_KEY}:[ \\t]*(?:#[^\\n]*)?\\r?$`, 'm').exec(text);
  if (!keyLine) return undefined;
  const listFrom = keyLine.index + keyLine[0].length + 1;
  const starts: number[] = [];
  const ends: number[] = [];
  // The line each item starts on (1-based), counted on the way: a finding's line then needs no count of the file.
  const lines: number[] = [];
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < listFrom; i = text.indexOf('\n', i + 1)) line++;
  let indent = -1;
  let trailerAt = text.length;
  for (let at = listFrom; at < text.length; line++) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    // Most lines of a large list are inside its items, indented past their `-`: nothing more to look at there.
    if (indent >= 0 && indentedPast(text, at, indent)) {
      at = next;
      continue;
    }
    let column = 0;
    while (text.charCodeAt(at + column) === 32) column++;
    const first = text.charCodeAt(at + column);
    // A blank line or a comment (\n, \r, #), or the end of the text (NaN).
    const blank = Number.isNaN(first) || first === 10 || first === 13 || first === 35;
    if (!blank) {
      const after = text.charCodeAt(at + column + 1);
      const item =
        first === 45 /* - */ && (after === 32 || after === 10 || after === 13 || Number.isNaN(after));
      if (indent < 0) {
        if (!item) return undefined;
        indent = column;
      }
      if (item && column === indent) {
        if (starts.length > 0) ends.push(at);
        starts.push(at);
        lines.push(line);
      } else if (column <= indent) {
        trailerAt = at;
        break;
      }
    }
    at = next;
  }
  if (starts.length === 0) return undefined;
  ends.push(trailerAt);
  const header = text.slice(0, starts[0]);
  // A directive could change what the items mean (%TAG) or how they are read (%YAML): read such a file whole.
  if (/^%/m.test(header)) return undefined;
  const trailerShift = trailerAt - (starts[0] as number);
  // What the list leaves (the keys before and after it) is read plainly when it is written plainly, so a plain
  // manifest is read without the yaml package; its syntax tree is made when a position in it is asked for.
  const outside = header + text.slice(trailerAt);
  let document: Document.Parsed | undefined;
  let outsideValue = readPlainTopLevel(outside);
  if (outsideValue === NOT_PLAIN) {
    document = readPiece(outside, 0);
    if (!document || !isMap(document.contents)) return undefined;
    const listPair = document.contents.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === PIECES_KEY,
    );
    const listValue = listPair?.value;
    if (
      !listPair ||
      (listValue !== null &&
        !(isScalar(listValue) && listValue.value === null && !listValue.tag && !listValue.anchor))
    )
      return undefined;
    outsideValue = document.toJS();
  } else if (
    outsideValue === null ||
    typeof outsideValue !== 'object' ||
    Array.isArray(outsideValue) ||
    (outsideValue as Record<string, unknown>)[PIECES_KEY] !== null
  ) {
    return undefined;
  }
  const items: unknown[] = [];
  const copied = new Set<number>();
  // Which items the plain reader read (1), for their positions; an item copied from the known file is as it was there.
  const plain = new Uint8Array(starts.length);
  const knownPlain = known?.pieces?.plain;
  const knownList = (known?.value as Record<string, unknown[]> | undefined)?.[PIECES_KEY] ?? [];
  const knownItem = knownItems(known);
  for (let i = 0; i < starts.length; i++) {
    const itemText = text.slice(starts[i], ends[i]);
    // An item is read alone, without directives, so the same text always gives the same value.
    const same = knownItem(itemText, i);
    if (same !== undefined) {
      items.push(copyOf(knownList[same]));
      copied.add(i);
      if (knownPlain) plain[i] = knownPlain[same] as number;
      continue;
    }
    // Most items are written plainly enough to read without the yaml package's syntax tree; it reads the rest.
    const value = readPlainItem(itemText, indent);
    if (value !== NOT_PLAIN) {
      plain[i] = 1;
      items.push(value);
      continue;
    }
    const piece = readPiece(itemText, 1);
    if (!piece || !isSeq(piece.contents) || piece.contents.items.length !== 1) return undefined;
    items.push((piece.toJS() as unknown[])[0]);
  }
  const value = outsideValue as Record<string, unknown>;
  value[PIECES_KEY] = items;
  let lineCounter: LineCounter | undefined;
  // Made when first asked for, by a finding's position: a check that finds nothing needs neither.
  return {
    file,
    text,
    get document() {
      // The plain reader read this text, so the yaml package reads it without a problem.
      document ??= readPiece(outside, 0) as Document.Parsed;
      return document;
    },
    get lineCounter() {
      lineCounter ??= lineCounterOf(text);
      return lineCounter;
    },
    value,
    pieces: {
      key: PIECES_KEY,
      starts,
      ends,
      indent,
      trailerFrom: header.length,
      trailerShift,
      cache: new Map(),
      plain,
      lines,
      ...(copied.size > 0 ? { copied } : {}),
    },
  };
}

/**
 * The value of a file's top-level block mapping written plainly, as the plain reader reads a list item (the same
 * lines indented under a `- `, which YAML reads to the same mapping), or NOT_PLAIN. A document marker or a directive
 * is left to the yaml package, as is a file whose first key is indented.
 */
function readPlainTopLevel(text: string): unknown {
  const lines = text.split('\n');
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) return NOT_PLAIN;
    if (line.trim() === '') continue;
    if (first && !line.startsWith('#')) {
      if (line.startsWith(' ')) return NOT_PLAIN;
      lines[i] = `- ${line}`;
      first = false;
    } else {
      lines[i] = `  ${line}`;
    }
  }
  return first ? NOT_PLAIN : readPlainItem(lines.join('\n'), 0);
}

/** Whether the line at `at` starts with more than `indent` spaces. */
function indentedPast(text: string, at: number, indent: number): boolean {
  for (let column = 0; column <= indent; column++) if (text.charCodeAt(at + column) !== 32) return false;
  return true;
}

/**
 * Finds an item written the same in a file read before: first at the same index, then among the items whose first
 * line is the same (a cluster's `- name: ...`), the first that matches; the index, or undefined.
 */
function knownItems(known: SourceFile | undefined): (text: string, index: number) => number | undefined {
  const pieces = known?.pieces;
  const list = (known?.value as Record<string, unknown> | undefined)?.[PIECES_KEY];
  if (!known || !pieces || !Array.isArray(list)) return () => undefined;
  const { starts, ends } = pieces;
  // Compared as two strings (a slice is a view, not a copy), which V8 compares as memory: startsWith goes a
  // character at a time.
  const same = (index: number, text: string) =>
    (ends[index] as number) - (starts[index] as number) === text.length &&
    known.text.slice(starts[index], ends[index]) === text;
  let byFirstLine: Map<string, number[]> | undefined;
  return (text, index) => {
    if (index < starts.length && same(index, text)) return index;
    if (!byFirstLine) {
      byFirstLine = new Map();
      for (let i = 0; i < starts.length; i++) {
        const key = firstLine(known.text, starts[i] as number, ends[i] as number);
        const indexes = byFirstLine.get(key);
        if (indexes) indexes.push(i);
        else byFirstLine.set(key, [i]);
      }
    }
    const candidates = byFirstLine.get(firstLine(text, 0, text.length));
    // Many items that start alike (a list of `-` lines) are read again rather than compared one by one.
    if (!candidates || candidates.length > 8) return undefined;
    return candidates.find((at) => same(at, text));
  };
}

function firstLine(text: string, from: number, to: number): string {
  const newline = text.indexOf('\n', from);
  return text.slice(from, newline < 0 || newline > to ? to : newline);
}

/** One piece parsed as its own document, or undefined when it has a problem the whole file's parse must report. */
function readPiece(text: string, depth: number): Document.Parsed | undefined {
  const tokens = tokensOf(text);
  if (hasDeepTokenOrAlias(tokens, depth)) return undefined;
  const document = composeFirstDocument(tokens, text.length);
  return document.errors.length > 0 ? undefined : document;
}

/** The syntax tree of one item of a file read in pieces, parsed again when a position inside it is asked for. */
export function itemDocument(source: SourceFile, pieces: Pieces, index: number): Document.Parsed {
  let document = pieces.cache.get(index);
  if (document) return document;
  // The same text parsed the same way as when the file was read: it cannot fail now.
  document = readPiece(source.text.slice(pieces.starts[index], pieces.ends[index]), 1) as Document.Parsed;
  if (pieces.cache.size >= PIECES_CACHE) pieces.cache.delete(pieces.cache.keys().next().value as number);
  pieces.cache.set(index, document);
  return document;
}
