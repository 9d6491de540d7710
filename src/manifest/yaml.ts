import { Composer, type CST, type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, Parser, YAMLParseError } from 'yaml';
import type { Finding } from '../findings.js';

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
  document: Document.Parsed;
  lineCounter: LineCounter;
  value: unknown;
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
export function parseYamlFile(text: string, file: string): { source?: SourceFile; findings: Finding[] } {
  const syntax = (message: string, line = 1, column = 1): Finding => ({
    rule: 'yaml/syntax',
    severity: 'error',
    message,
    file,
    line,
    column,
  });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_LIMITS.maxBytes) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return { findings: [syntax(`The file is ${mb} MiB; rollgate reads at most ${YAML_LIMITS.maxBytes / 1024 / 1024} MiB.`)] };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = positionOfOffset(text, nul);
    return { findings: [syntax('The file holds binary data (a NUL byte); a manifest is YAML text.', line, column)] };
  }
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  try {
    // The token parser keeps its own stack, but composing nodes recurses once per level: a file nested
    // thousands deep must be refused before composing, or the stack overflows where nothing can catch it.
    const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
    const deepToken = findTooDeepToken(tokens);
    if (deepToken !== undefined) {
      const { line, column } = at(deepToken);
      return { findings: [syntax(`The YAML nests deeper than ${YAML_LIMITS.maxDepth} levels; a manifest needs far fewer.`, line, column)] };
    }
    document = composeFirstDocument(tokens, text.length);
  } catch (error) {
    return { findings: [syntax(`The YAML could not be read: ${describeThrown(error)}.`)] };
  }
  // Should composing still overflow the stack, the parser records that as an error of the document: say it once.
  const overflow = document.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) {
    const { line, column } = at(overflow.pos[0]);
    return { findings: [syntax(`The YAML nests too deeply to read; a manifest needs far fewer than ${YAML_LIMITS.maxDepth} levels.`, line, column)] };
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of document.errors) {
    const { line, column } = at(error.pos[0]);
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `A key appears twice in one mapping (${firstSentence(error.message)}); YAML readers disagree on which wins, so remove one.`
        : `The YAML does not parse: ${firstSentence(error.message)}.`;
    // An unclosed bracket gives the same complaint once per level it leaves open.
    const key = `${line}:${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(syntax(message, line, column));
  }
  if (findings.length > 0) return { findings };
  const yamlDirective = document.directives?.yaml;
  if (yamlDirective?.explicit && yamlDirective.version !== '1.2') {
    return {
      findings: [
        syntax(
          `The file asks for YAML ${yamlDirective.version} with a %YAML directive; rollgate reads YAML 1.2 only, where yes/no and 010 mean what they say. Remove the directive.`,
        ),
      ],
    };
  }
  const tooDeep = findTooDeep(document.contents);
  if (tooDeep) {
    const { line, column } = at(tooDeep.range?.[0]);
    return { findings: [syntax(`The YAML nests deeper than ${YAML_LIMITS.maxDepth} levels; a manifest needs far fewer.`, line, column)] };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const message = describeThrown(error);
    const text = /alias count/i.test(message)
      ? `The YAML's aliases expand past ${YAML_LIMITS.maxAliasCount} nodes, which is how an alias bomb ("billion laughs") looks; write the values out.`
      : `The YAML could not be read: ${message}.`;
    return { findings: [syntax(text)] };
  }
  return { source: { file, text, document, lineCounter, value }, findings };
}

/** The node at a JSON-pointer path, following aliases; the deepest node found when the path runs out. */
export function nodeAt(source: SourceFile, path: readonly PathSegment[]): Node | null {
  let node: unknown = source.document.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(source.document);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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
  return (node as Node | null) ?? null;
}

/** The line and column of the value at a path (or of the deepest part of the path that exists). */
export function positionOf(source: SourceFile, path: readonly PathSegment[]): Position {
  const node = nodeAt(source, path);
  const offset = node?.range?.[0] ?? 0;
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The line and column of the key of a mapping entry, so findings about the entry point at its name. */
export function keyPositionOf(source: SourceFile, path: readonly PathSegment[]): Position {
  if (path.length === 0) return { line: 1, column: 1 };
  const parent = nodeAt(source, path.slice(0, -1));
  const last = path[path.length - 1];
  const resolved = isAlias(parent) ? parent.resolve(source.document) : parent;
  if (isMap(resolved)) {
    const pair = resolved.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(last));
    if (pair && isScalar(pair.key) && pair.key.range) {
      const pos = source.lineCounter.linePos(pair.key.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path);
}

/** The source text of the scalar at a path, as written (so `1.10` stays `1.10`). */
export function sourceTextAt(source: SourceFile, path: readonly PathSegment[]): string | undefined {
  const node = nodeAt(source, path);
  if (isScalar(node) && node.range) return source.text.slice(node.range[0], node.range[1]).trim();
  return undefined;
}

/** The offset of the first collection token nested deeper than the limit, walked without recursion. */
function findTooDeepToken(tokens: CST.Token[]): number | undefined {
  const stack: Array<[unknown, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [unknown, number];
    if (token === null || typeof token !== 'object') continue;
    const { type, offset, items, value } = token as { type?: string; offset?: number; items?: unknown; value?: unknown };
    const collection = type === 'block-map' || type === 'block-seq' || type === 'flow-collection';
    const level = collection ? depth + 1 : depth;
    if (level > YAML_LIMITS.maxDepth) return offset ?? 0;
    if (type === 'document') stack.push([value, level]);
    if (collection && Array.isArray(items)) {
      for (const item of items as Array<{ key?: unknown; value?: unknown }>) stack.push([item.key, level], [item.value, level]);
    }
  }
  return undefined;
}

/** The first document of the tokens, composed as `parseDocument` does, with an error when more follow. */
function composeFirstDocument(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ uniqueKeys: true, strict: true, version: '1.2' });
  let first: Document.Parsed | undefined;
  for (const document of composer.compose(tokens, true, length)) {
    if (!first) {
      first = document;
      continue;
    }
    first.errors.push(new YAMLParseError([document.range[0], document.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; a manifest is one document'));
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
  return message.split('\n')[0]?.replace(/\s*at line \d+, column \d+:?$/, '').replace(/\.$/, '') ?? message;
}

function describeThrown(error: unknown): string {
  if (error instanceof RangeError) return 'it nests too deeply to read';
  return error instanceof Error ? firstSentence(error.message) : String(error);
}
