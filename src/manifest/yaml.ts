import {
  type Alias,
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  visit,
  YAMLParseError,
} from 'yaml';
import { moreSyntaxErrors, type YamlSyntaxCode, yamlSyntaxFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import type { MessageData } from '../messages.js';
import { NOT_PLAIN, readPlainItem } from './plain-item.js';

/** Limits that keep a hostile file from exhausting memory or the stack. */
export const YAML_LIMITS = {
  /** Largest file read, in bytes. A fleet of 100,000 members is about 10 MB. */
  maxBytes: 32 * 1024 * 1024,
  /** Deepest nesting of mappings and sequences. A manifest needs about 8. */
  maxDepth: 64,
  /** What an alias may expand to, counted as the yaml package counts it (nodes times uses). */
  maxAliasCount: 10_000,
} as const;

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

/** The syntax errors reported at most; later ones are mostly echoes of the first. */
const MAX_SYNTAX_FINDINGS = 3;

/** Files at least this long are read in pieces when their shape allows; smaller ones in one go. */
export const PIECES_FROM = 256 * 1024;

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
export function parseYamlFile(
  text: string,
  file: string,
  options: ParseOptions = {},
): { source?: SourceFile; findings: Finding[] } {
  const syntax = (code: YamlSyntaxCode, data: MessageData = {}, line = 1, column = 1): Finding =>
    yamlSyntaxFinding(code, { file, line, column }, data);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_LIMITS.maxBytes) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return {
      findings: [syntax('TOO_LARGE', { size: mb, limit: YAML_LIMITS.maxBytes / 1024 / 1024 })],
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = positionOfOffset(text, nul);
    // UTF-16, as some Windows editors save, puts a NUL beside every ASCII character.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL is what the pattern looks for.
    if (/^\uFFFD\uFFFD/.test(text) || /^(?:[^\u0000]\u0000){4}|^(?:\u0000[^\u0000]){4}/.test(text)) {
      return {
        findings: [syntax('UTF16', {}, line, column)],
      };
    }
    return {
      findings: [syntax('NUL_BYTE', {}, line, column)],
    };
  }
  // Bytes that are not UTF-8 reach here as U+FFFD, whoever decoded them: say so, not what the garbled values break.
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    const { line, column } = positionOfOffset(text, replaced);
    return {
      findings: [syntax('NOT_UTF8', {}, line, column)],
    };
  }
  if (text.length >= (options.piecesFrom ?? PIECES_FROM)) {
    // A large fleet's syntax tree takes about 70 times its size in memory; read its clusters one at a time.
    const source = readInPieces(text, file, options.known);
    if (source) return { source, findings: [] };
  }
  const lineCounter = lineCounterOf(text);
  let document: Document.Parsed;
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  try {
    // The token parser keeps its own stack, but composing nodes recurses once per level: a file nested
    // thousands deep must be refused before composing, or the stack overflows where nothing can catch it.
    const tokens = [...new Parser().parse(text)];
    const deepToken = findTooDeepToken(tokens);
    if (deepToken !== undefined) {
      const { line, column } = at(deepToken);
      return { findings: [syntax('TOO_DEEP', { limit: YAML_LIMITS.maxDepth }, line, column)] };
    }
    document = composeFirstDocument(tokens, text.length);
  } catch (error) {
    return { findings: [syntax('UNREADABLE', { detail: describeThrown(error) })] };
  }
  // Should composing still overflow the stack, the parser records that as an error of the document: say it once.
  const overflow = document.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) {
    const { line, column } = at(overflow.pos[0]);
    return { findings: [syntax('STACK_OVERFLOW', { limit: YAML_LIMITS.maxDepth }, line, column)] };
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of document.errors) {
    const { line, column } = at(error.pos[0]);
    const detail = firstSentence(error.message);
    // An unclosed bracket gives the same complaint once per level it leaves open.
    const key = `${line}:${column}:${error.code}:${detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(syntax(error.code, { detail }, line, column));
  }
  // One early mistake (a stray character before the first key) can make every later token an error: the first
  // few say where to look, the rest would bury them.
  if (findings.length > MAX_SYNTAX_FINDINGS) {
    const more = findings.length - MAX_SYNTAX_FINDINGS;
    findings.length = MAX_SYNTAX_FINDINGS;
    const last = findings[MAX_SYNTAX_FINDINGS - 1] as Finding;
    last.message = `${last.message} ${moreSyntaxErrors(more)}`;
  }
  if (findings.length > 0) return { findings };
  const yamlDirective = document.directives?.yaml;
  if (yamlDirective?.explicit && yamlDirective.version !== '1.2') {
    return { findings: [syntax('YAML_1_1', { version: yamlDirective.version })] };
  }
  const tooDeep = findTooDeep(document.contents);
  if (tooDeep) {
    const { line, column } = at(tooDeep.range?.[0]);
    return { findings: [syntax('TOO_DEEP', { limit: YAML_LIMITS.maxDepth }, line, column)] };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const message = describeThrown(error);
    if (/alias count/i.test(message)) {
      return { findings: [syntax('ALIAS_BOMB', { limit: YAML_LIMITS.maxAliasCount })] };
    }
    const alias = unresolvedAlias(document);
    if (alias) {
      const { line, column } = at(alias.range?.[0]);
      return { findings: [syntax('ALIAS_BEFORE_ANCHOR', { name: alias.source }, line, column)] };
    }
    return { findings: [syntax('UNREADABLE', { detail: message })] };
  }
  return { source: { file, text, document, lineCounter, value }, findings };
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

function walk(document: Document.Parsed, root: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
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
  const pos = source.lineCounter.linePos(startOffset(locate(source, path)));
  return { line: pos.line, column: pos.col };
}

/** The line and column of the key of a mapping entry, so findings about the entry point at its name. */
export function keyPositionOf(source: SourceFile, path: readonly PathSegment[]): Position {
  if (path.length === 0) return { line: 1, column: 1 };
  const parent = locate(source, path.slice(0, -1));
  const last = path[path.length - 1];
  const resolved = isAlias(parent.node) ? parent.node.resolve(parent.document) : parent.node;
  if (isMap(resolved)) {
    const pair = resolved.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(last),
    );
    if (pair && isScalar(pair.key) && pair.key.range) {
      const pos = source.lineCounter.linePos(parent.fileOffset(pair.key.range[0]));
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path);
}

/** The source text of the scalar at a path, as written (so `1.10` stays `1.10`). */
export function sourceTextAt(source: SourceFile, path: readonly PathSegment[]): string | undefined {
  const located = locate(source, path);
  const node = located.node;
  if (isScalar(node) && node.range)
    return source.text.slice(located.fileOffset(node.range[0]), located.fileOffset(node.range[1])).trim();
  return undefined;
}

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
  let indent = -1;
  let trailerAt = text.length;
  for (let at = listFrom; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    let column = 0;
    while (text.charCodeAt(at + column) === 32) column++;
    const first = text[at + column];
    const blank = first === undefined || first === '\n' || first === '\r' || first === '#';
    if (!blank) {
      const after = text[at + column + 1];
      const item =
        first === '-' && (after === ' ' || after === '\n' || after === '\r' || after === undefined);
      if (indent < 0) {
        if (!item) return undefined;
        indent = column;
      }
      if (item && column === indent) {
        if (starts.length > 0) ends.push(at);
        starts.push(at);
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
  const document = readPiece(header + text.slice(trailerAt), 0);
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
  const items: unknown[] = [];
  const knownItem = knownItems(known);
  for (let i = 0; i < starts.length; i++) {
    const itemText = text.slice(starts[i], ends[i]);
    // An item is read alone, without directives, so the same text always gives the same value.
    const same = knownItem(itemText, i);
    if (same !== undefined) {
      items.push(structuredClone(same));
      continue;
    }
    // Most items are written plainly enough to read without the yaml package's syntax tree; it reads the rest.
    const plain = readPlainItem(itemText, indent);
    if (plain !== NOT_PLAIN) {
      items.push(plain);
      continue;
    }
    const piece = readPiece(itemText, 1);
    if (!piece || !isSeq(piece.contents) || piece.contents.items.length !== 1) return undefined;
    items.push((piece.toJS() as unknown[])[0]);
  }
  const value = document.toJS() as Record<string, unknown>;
  value[PIECES_KEY] = items;
  const lineCounter = lineCounterOf(text);
  return {
    file,
    text,
    document,
    lineCounter,
    value,
    pieces: {
      key: PIECES_KEY,
      starts,
      ends,
      indent,
      trailerFrom: header.length,
      trailerShift,
      cache: new Map(),
    },
  };
}

/** Looks up the value of an item written the same in a file read before: first at the same index, then anywhere. */
function knownItems(known: SourceFile | undefined): (text: string, index: number) => unknown {
  const pieces = known?.pieces;
  const list = (known?.value as Record<string, unknown> | undefined)?.[PIECES_KEY];
  if (!known || !pieces || !Array.isArray(list)) return () => undefined;
  const textOf = (index: number) => known.text.slice(pieces.starts[index], pieces.ends[index]);
  let byText: Map<string, number> | undefined;
  return (text, index) => {
    if (index < pieces.starts.length && textOf(index) === text) return list[index];
    if (!byText) {
      byText = new Map();
      for (let i = pieces.starts.length - 1; i >= 0; i--) byText.set(textOf(i), i);
    }
    const at = byText.get(text);
    return at === undefined ? undefined : list[at];
  };
}

/**
 * Where every line of a text starts. Counted from the text itself: the parser's own newline callback misses the
 * line breaks inside a multi-line token it cannot place, and the positions after them would drift.
 */
function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/** One piece parsed as its own document, or undefined when it has a problem the whole file's parse must report. */
function readPiece(text: string, depth: number): Document.Parsed | undefined {
  const tokens = [...new Parser().parse(text)];
  if (hasDeepTokenOrAlias(tokens, depth)) return undefined;
  const document = composeFirstDocument(tokens, text.length);
  return document.errors.length > 0 ? undefined : document;
}

function itemDocument(source: SourceFile, pieces: Pieces, index: number): Document.Parsed {
  let document = pieces.cache.get(index);
  if (document) return document;
  // The same text parsed the same way as when the file was read: it cannot fail now.
  document = readPiece(source.text.slice(pieces.starts[index], pieces.ends[index]), 1) as Document.Parsed;
  if (pieces.cache.size >= PIECES_CACHE) pieces.cache.delete(pieces.cache.keys().next().value as number);
  pieces.cache.set(index, document);
  return document;
}

/** Whether a piece nests past the limit (counting the levels above it) or holds an alias, which a piece cannot resolve alone. */
function hasDeepTokenOrAlias(tokens: CST.Token[], depth: number): boolean {
  const stack: Array<[unknown, number]> = tokens.map((token) => [token, depth]);
  while (stack.length > 0) {
    const [token, level] = stack.pop() as [unknown, number];
    if (token === null || typeof token !== 'object') continue;
    const { type, items, value } = token as { type?: string; items?: unknown; value?: unknown };
    if (type === 'alias') return true;
    const collection = type === 'block-map' || type === 'block-seq' || type === 'flow-collection';
    const inner = collection ? level + 1 : level;
    if (inner > YAML_LIMITS.maxDepth) return true;
    if (type === 'document') stack.push([value, inner]);
    if (collection && Array.isArray(items)) {
      for (const item of items as Array<{ key?: unknown; value?: unknown }>)
        stack.push([item.key, inner], [item.value, inner]);
    }
  }
  return false;
}

/** The first alias that comes before any anchor of its name (the yaml package only says so without a place). */
function unresolvedAlias(document: Document.Parsed): Alias | undefined {
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) {
        if (anchors.has(node.source)) return undefined;
        found = node;
        return visit.BREAK;
      }
      if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/** The offset of the first collection token nested deeper than the limit, walked without recursion. */
function findTooDeepToken(tokens: CST.Token[]): number | undefined {
  const stack: Array<[unknown, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [unknown, number];
    if (token === null || typeof token !== 'object') continue;
    const { type, offset, items, value } = token as {
      type?: string;
      offset?: number;
      items?: unknown;
      value?: unknown;
    };
    const collection = type === 'block-map' || type === 'block-seq' || type === 'flow-collection';
    const level = collection ? depth + 1 : depth;
    if (level > YAML_LIMITS.maxDepth) return offset ?? 0;
    if (type === 'document') stack.push([value, level]);
    if (collection && Array.isArray(items)) {
      for (const item of items as Array<{ key?: unknown; value?: unknown }>)
        stack.push([item.key, level], [item.value, level]);
    }
  }
  return undefined;
}

/** The first document of the tokens, composed as `parseDocument` does, with an error when more follow. */
function composeFirstDocument(tokens: CST.Token[], length: number): Document.Parsed {
  // logLevel error: the yaml package would print its warnings (a list as a mapping key) to stderr itself.
  const composer = new Composer({ uniqueKeys: true, strict: true, version: '1.2', logLevel: 'error' });
  let first: Document.Parsed | undefined;
  for (const document of composer.compose(tokens, true, length)) {
    if (!first) {
      first = document;
      continue;
    }
    first.errors.push(
      new YAMLParseError(
        [document.range[0], document.range[1]],
        'MULTIPLE_DOCS',
        'Source contains multiple documents; a manifest is one document',
      ),
    );
    break;
  }
  return first as Document.Parsed;
}

function findTooDeep(root: unknown): Node | null {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (isMap(node) || isSeq(node)) {
      if (depth > YAML_LIMITS.maxDepth) return node;
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else {
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return null;
}

function positionOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function firstSentence(message: string): string {
  return (
    message
      .split('\n')[0]
      ?.replace(/\s*at line \d+, column \d+:?$/, '')
      .replace(/\.$/, '') ?? message
  );
}

function describeThrown(error: unknown): string {
  if (error instanceof RangeError) return 'it nests too deeply to read';
  return error instanceof Error ? firstSentence(error.message) : String(error);
}
