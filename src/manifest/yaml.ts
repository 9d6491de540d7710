// The YAML reader: a file through the input gate, then (a large one in pieces, when its shape allows) the parse, a
// list of named steps in order; the first step that finds a problem ends the reading with its findings. Every
// problem is a `yaml/syntax` finding with its line; nothing here throws for bad input.
import { type Alias, type CST, type Document, isAlias, visit } from 'yaml';
import { moreSyntaxErrors, yamlSyntaxFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import { composeFirstDocument, findTooDeepNode, findTooDeepToken, tokensOf } from './compose.js';
import { checkInput } from './input-gate.js';
import { PIECES_FROM, readInPieces } from './pieces.js';
import { lineCounterOf, type Position, type SourceFile, YAML_LIMITS } from './source.js';

// The limits, beside the reader they bound (the adapters refuse a file past them before reading it).
export { YAML_LIMITS } from './source.js';

/** The syntax errors reported at most; later ones are mostly echoes of the first. */
const MAX_SYNTAX_FINDINGS = 3;

/** How `parseYamlFile` may save work on a large file. */
export interface ParseOptions {
  /** Read in pieces from this many characters on (default `PIECES_FROM`). */
  piecesFrom?: number;
  /** A file read before (the head, when this is its base): list items written the same are not parsed again. */
  known?: SourceFile;
}

/**
 * Parses YAML 1.2 text into a value and a document that knows positions.
 * Every problem becomes a `yaml/syntax` finding with its line; nothing here throws for bad input.
 */
export function parseYamlFile(
  text: string,
  file: string,
  options: ParseOptions = {},
): { source?: SourceFile; findings: Finding[] } {
  const refused = checkInput(text, file);
  if (refused) return { findings: [refused] };
  if (text.length >= (options.piecesFrom ?? PIECES_FROM)) {
    // A large fleet's syntax tree takes about 70 times its size in memory; read its clusters one at a time.
    const source = readInPieces(text, file, options.known);
    if (source) return { source, findings: [] };
  }
  const reading = startReading(text, file);
  for (const step of PARSE_STEPS) {
    const findings = step(reading);
    if (findings) return { findings };
  }
  const { lineCounter, document, value } = reading;
  return { source: { file, text, document: document as Document.Parsed, lineCounter, value }, findings: [] };
}

/** What the steps of a parse share: the text, and what the steps before have read of it. */
interface Reading {
  text: string;
  file: string;
  lineCounter: SourceFile['lineCounter'];
  tokens: CST.Token[];
  document?: Document.Parsed;
  value?: unknown;
  /** The finding of a code at an offset of the text (the file's start when unknown). */
  finding(
    code: Parameters<typeof yamlSyntaxFinding>[0],
    data?: Record<string, string | number>,
    offset?: number,
  ): Finding;
}

/** A step of the parse: the findings that end it, or undefined to go on. */
type Step = (reading: Reading) => Finding[] | undefined;

/** The parse, step by step, in order: each step reads what the ones before it left. */
const PARSE_STEPS: readonly Step[] = [
  readTokens,
  refuseDeepTokens,
  composeDocument,
  refuseStackOverflow,
  reportSyntaxErrors,
  refuseOtherYamlVersions,
  refuseDeepNodes,
  readValue,
];

function startReading(text: string, file: string): Reading {
  const lineCounter = lineCounterOf(text);
  const at = (offset: number | undefined): Position => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  return {
    text,
    file,
    lineCounter,
    tokens: [],
    finding: (code, data = {}, offset) =>
      yamlSyntaxFinding(
        code,
        { file, ...(offset === undefined ? { line: 1, column: 1 } : at(offset)) },
        data,
      ),
  };
}

/** The tokens: the token parser keeps its own stack, so even a hostile file gets this far. */
function readTokens(reading: Reading): Finding[] | undefined {
  try {
    reading.tokens = tokensOf(reading.text);
  } catch (error) {
    return [reading.finding('UNREADABLE', { detail: describeThrown(error) })];
  }
  return undefined;
}

/**
 * Composing nodes recurses once per level: a file nested thousands deep must be refused before composing, or
 * the stack overflows where nothing can catch it.
 */
function refuseDeepTokens(reading: Reading): Finding[] | undefined {
  const deep = findTooDeepToken(reading.tokens);
  if (deep === undefined) return undefined;
  return [reading.finding('TOO_DEEP', { limit: YAML_LIMITS.maxDepth }, deep)];
}

/** The first document; a second one is an error of the first. */
function composeDocument(reading: Reading): Finding[] | undefined {
  try {
    reading.document = composeFirstDocument(reading.tokens, reading.text.length);
  } catch (error) {
    return [reading.finding('UNREADABLE', { detail: describeThrown(error) })];
  }
  return undefined;
}

/** Should composing still overflow the stack, the parser records that as an error of the document: say it once. */
function refuseStackOverflow(reading: Reading): Finding[] | undefined {
  const overflow = documentOf(reading).errors.find((error) => /call stack/i.test(error.message));
  if (!overflow) return undefined;
  return [reading.finding('STACK_OVERFLOW', { limit: YAML_LIMITS.maxDepth }, overflow.pos[0])];
}

/** The yaml package's own errors, under its codes (DUPLICATE_KEY, BAD_INDENT, ...), the first few. */
function reportSyntaxErrors(reading: Reading): Finding[] | undefined {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of documentOf(reading).errors) {
    const finding = reading.finding(error.code, { detail: firstSentence(error.message) }, error.pos[0]);
    // An unclosed bracket gives the same complaint once per level it leaves open.
    const key = `${finding.line}:${finding.column}:${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  // One early mistake (a stray character before the first key) can make every later token an error: the first
  // few say where to look, the rest would bury them.
  if (findings.length > MAX_SYNTAX_FINDINGS) {
    const more = findings.length - MAX_SYNTAX_FINDINGS;
    findings.length = MAX_SYNTAX_FINDINGS;
    const last = findings[MAX_SYNTAX_FINDINGS - 1] as Finding;
    last.message = `${last.message} ${moreSyntaxErrors(more)}`;
  }
  return findings.length > 0 ? findings : undefined;
}

/** YAML 1.1 reads yes/no and 010 otherwise: a file that asks for it is refused, not read another way. */
function refuseOtherYamlVersions(reading: Reading): Finding[] | undefined {
  const directive = documentOf(reading).directives?.yaml;
  if (!directive?.explicit || directive.version === '1.2') return undefined;
  return [reading.finding('YAML_1_1', { version: directive.version })];
}

/** Nesting that the tokens did not show (through flow collections in block ones), counted on the nodes. */
function refuseDeepNodes(reading: Reading): Finding[] | undefined {
  const deep = findTooDeepNode(documentOf(reading).contents);
  if (!deep) return undefined;
  return [reading.finding('TOO_DEEP', { limit: YAML_LIMITS.maxDepth }, deep.range?.[0] ?? 0)];
}

/** The value, with aliases expanded no further than the limit. */
function readValue(reading: Reading): Finding[] | undefined {
  const document = documentOf(reading);
  try {
    reading.value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const message = describeThrown(error);
    if (/alias count/i.test(message))
      return [reading.finding('ALIAS_BOMB', { limit: YAML_LIMITS.maxAliasCount })];
    const alias = unresolvedAlias(document);
    if (alias) return [reading.finding('ALIAS_BEFORE_ANCHOR', { name: alias.source }, alias.range?.[0] ?? 0)];
    return [reading.finding('UNREADABLE', { detail: message })];
  }
  return undefined;
}

function documentOf(reading: Reading): Document.Parsed {
  return reading.document as Document.Parsed;
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
