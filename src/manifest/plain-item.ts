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

import { copyOf, ownString, ownValue } from './copy.js';

/** What `readPlainItem` answers for an item it leaves to the yaml package. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/** Thrown inside the reader to give up; caught at its entry. */
const GIVE_UP = new Error('not plain');

/** Anything but printable ASCII and line ends: tabs, a BOM, control and non-ASCII characters (one class, scanned fast). */
const UNUSUAL_CHARACTER = /[^\x20-\x7e\n\r]/;
/** A CR that is not part of a CRLF line end, as Windows writes them. */
const LONE_CR = /\r(?!\n)/;
/** Nesting deeper than this is left to the yaml package, which refuses it with a finding past its limit. */
const MAX_DEPTH = 24;
/** The core schema's plain scalars that are not strings, of the forms this reader resolves itself. */
const NULL = /^(?:[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const DECIMAL = /^[0-9]{1,15}$/;
const FLOAT = /^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;
/** Numbers of the core schema this reader leaves to the yaml package: octal and hexadecimal. */
const OTHER_NUMBER = /^0(?:o[0-7]+|x[0-9a-fA-F]+)$/;

/**
 * The value of one list item, written from column `indent` with `-`, or `NOT_PLAIN` when the text is not of
 * the plain shape this reader takes.
 */
export function readPlainItem(text: string, indent: number): unknown {
  if (UNUSUAL_CHARACTER.test(text) || (text.includes('\r') && LONE_CR.test(text))) return NOT_PLAIN;
  try {
    return new PlainReader(text).item(indent);
  } catch (error) {
    if (error === GIVE_UP) return NOT_PLAIN;
    throw error;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

/** Whether the line content from `start` to `end` is a list entry: `-` alone or followed by a space. */
function isSeqEntry(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === 45 /* - */ && (start + 1 === end || text.charCodeAt(start + 1) === 32);
}

class PlainReader {
  /**
   * The non-blank lines: their indentation, and where their text from there on starts and ends in `text` (a CR
   * before the LF left out); read by offset, so a line's text is cut out only where a value needs it.
   */
  private readonly indents: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The line being read. */
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    const length = text.length;
    for (let from = 0; from <= length; ) {
      let newline = text.indexOf('\n', from);
      if (newline < 0) newline = length;
      const end = newline > from && text.charCodeAt(newline - 1) === 13 /* \r */ ? newline - 1 : newline;
      let start = from;
      while (start < end && text.charCodeAt(start) === 32) start++;
      if (start < end) {
        // A document marker ends the document, whatever the list is doing.
        if (start === from && (text.startsWith('---', start) || text.startsWith('...', start))) giveUp();
        this.indents.push(start - from);
        this.starts.push(start);
        this.ends.push(end);
      }
      from = newline + 1;
    }
  }

  item(indent: number): unknown {
    this.skipComments();
    if (this.indents[this.at] !== indent || !this.isSeqEntryAt(this.at)) giveUp();
    const list = this.sequence(indent);
    this.skipComments();
    if (this.at !== this.indents.length || list.length !== 1) giveUp();
    return list[0];
  }

  private isSeqEntryAt(line: number): boolean {
    return isSeqEntry(this.text, this.starts[line] as number, this.ends[line] as number);
  }

  private skipComments(): void {
    while (
      this.at < this.starts.length &&
      this.text.charCodeAt(this.starts[this.at] as number) === 35 /* # */
    )
      this.at++;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp();
  }

  /** A block sequence whose `-` are at `column`. */
  private sequence(column: number): unknown[] {
    this.enter();
    const text = this.text;
    const list: unknown[] = [];
    for (;;) {
      this.skipComments();
      if (this.at >= this.indents.length) break;
      const indent = this.indents[this.at] as number;
      if (indent < column) break;
      if (indent > column) giveUp();
      // A key at the list's column: the end of a list that is a mapping's value, the mapping reads on.
      if (!this.isSeqEntryAt(this.at)) break;
      const contentStart = this.starts[this.at] as number;
      const end = this.ends[this.at] as number;
      let start = contentStart + 1;
      while (start < end && text.charCodeAt(start) === 32) start++;
      if (start === end || text.charCodeAt(start) === 35 /* # */) {
        this.at++;
        list.push(this.blockValue(column, false));
      } else if (keyLength(text, start, end) > 0) {
        // `- key: value`: a mapping that starts on the entry's line, at the column of its first key.
        list.push(this.mapping(column + (start - contentStart), start));
      } else {
        list.push(inlineValue(text.slice(start, end)));
        this.at++;
        this.noContinuation(column);
      }
    }
    this.depth--;
    return list;
  }

  /** A block mapping whose keys are at `column`; `first` is where its first entry starts when on a list entry's line. */
  private mapping(column: number, first?: number): Record<string, unknown> {
    this.enter();
    const text = this.text;
    const map: Record<string, unknown> = {};
    let content = first;
    for (;;) {
      if (content === undefined) {
        this.skipComments();
        if (this.at >= this.indents.length) break;
        const indent = this.indents[this.at] as number;
        if (indent < column) break;
        if (indent > column) giveUp();
        content = this.starts[this.at] as number;
      }
      const end = this.ends[this.at] as number;
      const length = keyLength(text, content, end);
      if (length === 0) giveUp();
      const key = text.slice(content, content + length);
      checkKey(key, map);
      let start = content + length + 1;
      while (start < end && text.charCodeAt(start) === 32) start++;
      if (start === end || text.charCodeAt(start) === 35 /* # */) {
        this.at++;
        map[key] = this.blockValue(column, true);
      } else {
        map[key] = inlineValue(text.slice(start, end));
        this.at++;
        this.noContinuation(column);
      }
      content = undefined;
    }
    this.depth--;
    return map;
  }

  /**
   * The value of a key or list entry with nothing after it on its line: the block indented under it (or, for a
   * key, a list at the key's own column), else null.
   */
  private blockValue(column: number, listAtColumn: boolean): unknown {
    this.skipComments();
    if (this.at >= this.indents.length) return null;
    const indent = this.indents[this.at] as number;
    const entry = this.isSeqEntryAt(this.at);
    if (indent > column) return entry ? this.sequence(indent) : this.mapping(indent);
    if (listAtColumn && indent === column && entry) return this.sequence(indent);
    return null;
  }

  /** After a value on its own line, a deeper line (even a comment) would continue it: not plain. */
  private noContinuation(column: number): void {
    if (this.at < this.indents.length && (this.indents[this.at] as number) > column) giveUp();
  }
}

/**
 * The length of a plain key at `from` in `text` that is followed by `:` and a space or the end (`to`, the end of its
 * line or of the text), else 0.
 */
export function keyLength(text: string, from = 0, to = text.length): number {
  const first = text.charCodeAt(from);
  if (!(isLetter(first) || first === 95) /* _ */) return 0;
  let end = from + 1;
  while (end < to && isKeyCharacter(text.charCodeAt(end))) end++;
  if (end >= to || text.charCodeAt(end) !== 58 /* : */) return 0;
  return end + 1 === to || text.charCodeAt(end + 1) === 32 ? end - from : 0;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Letters, digits, `_`, `-`, `.` and `/`. */
function isKeyCharacter(code: number): boolean {
  return (
    isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46 || code === 47
  );
}

/** A key this reader may set: not one the core schema reads as null or a boolean, not `__proto__`, not seen. */
function checkKey(key: string, map: Record<string, unknown>): void {
  if (key.length > 256 || key === '__proto__' || coreWord(key) !== undefined) giveUp();
  if (Object.hasOwn(map, key)) giveUp();
}

/** A word's null or boolean when the core schema reads it so (only five letters or fewer, from n, t or f, can be). */
function coreWord(word: string): null | boolean | undefined {
  if (word.length > 5) return undefined;
  const first = word.charCodeAt(0) | 0x20; // lower case
  if (first === 110 /* n */) return NULL.test(word) ? null : undefined;
  if (first === 116 /* t */) return TRUE.test(word) ? true : undefined;
  if (first === 102 /* f */) return FALSE.test(word) ? false : undefined;
  return undefined;
}

/** A value written after `key:` or `- ` on one line: a flow collection, a quoted string or a plain scalar. */
function inlineValue(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 123 /* { */ || first === 91 /* [ */) {
    // A fleet writes the same few component lines thousands of times: each text is read once, then copied.
    let value = flowValues.get(text);
    if (value === undefined) {
      const [read, end] = flowValue(text, 0, 0);
      onlyCommentAfter(text, end);
      if (flowValues.size >= FLOW_VALUES) flowValues.clear();
      // Kept past this file, so with strings of its own: not views that would keep the manifest's text alive.
      value = ownValue(read);
      flowValues.set(ownString(text), value);
    }
    return copyOf(value);
  }
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const [value, end] = quoted(text, 0);
    onlyCommentAfter(text, end);
    return value;
  }
  const comment = text.indexOf(' #');
  const raw = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  return plainScalar(raw, false);
}

/** The one-line flow collections read so far, by their text; at most FLOW_VALUES of them. */
const flowValues = new Map<string, unknown>();
const FLOW_VALUES = 4096;

/** What follows a value on its line may be spaces and a comment, nothing else. */
function onlyCommentAfter(text: string, from: number): void {
  let at = from;
  while (text.charCodeAt(at) === 32) at++;
  if (at === text.length) return;
  if (at === from || text.charCodeAt(at) !== 35 /* # */) giveUp();
}

/** A one-line quoted string without escapes: `"..."` without a backslash, `'...'` without a doubled quote. */
function quoted(text: string, from: number): [string, number] {
  const quote = text[from] as string;
  const close = text.indexOf(quote, from + 1);
  if (close < 0) giveUp();
  const body = text.slice(from + 1, close);
  if (quote === '"' && body.includes('\\')) giveUp();
  if (quote === "'" && text[close + 1] === "'") giveUp();
  return [body, close + 1];
}

/** A flow collection, quoted string or plain scalar inside a one-line flow collection; returns where it ends. */
function flowValue(text: string, from: number, depth: number): [unknown, number] {
  if (depth > MAX_DEPTH) giveUp();
  let at = skipSpaces(text, from);
  const first = text.charCodeAt(at);
  if (first === 123 /* { */) {
    const map: Record<string, unknown> = {};
    at = skipSpaces(text, at + 1);
    if (text.charCodeAt(at) === 125 /* } */) return [map, at + 1];
    for (;;) {
      const length = keyLength(text, at);
      if (length === 0 || text.charCodeAt(at + length + 1) !== 32) giveUp();
      const key = text.slice(at, at + length);
      checkKey(key, map);
      const [value, end] = flowValue(text, at + length + 1, depth + 1);
      map[key] = value;
      at = skipSpaces(text, end);
      const next = text.charCodeAt(at);
      if (next === 125 /* } */) return [map, at + 1];
      if (next !== 44 /* , */) giveUp();
      at = skipSpaces(text, at + 1);
      // A trailing comma or an empty entry: the yaml package's business.
      if (text.charCodeAt(at) === 125 || text.charCodeAt(at) === 44) giveUp();
    }
  }
  if (first === 91 /* [ */) {
    const list: unknown[] = [];
    at = skipSpaces(text, at + 1);
    if (text.charCodeAt(at) === 93 /* ] */) return [list, at + 1];
    for (;;) {
      const [value, end] = flowValue(text, at, depth + 1);
      list.push(value);
      at = skipSpaces(text, end);
      const next = text.charCodeAt(at);
      if (next === 93 /* ] */) return [list, at + 1];
      if (next !== 44 /* , */) giveUp();
      at = skipSpaces(text, at + 1);
      if (text.charCodeAt(at) === 93 || text.charCodeAt(at) === 44) giveUp();
    }
  }
  if (first === 34 /* " */ || first === 39 /* ' */) return quoted(text, at);
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 44 /* , */ || code === 93 /* ] */ || code === 125 /* } */) break;
    end++;
  }
  // A flow collection must close on its line.
  if (end === text.length) giveUp();
  return [plainScalar(text.slice(at, end).trimEnd(), true), end];
}

export function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

/**
 * A plain scalar as the core schema reads it: null, a boolean, a decimal integer or float, else a string.
 * Only plain scalars that start with a letter, digit or `_` and hold no indicator that could change their
 * meaning (`: `, ` #`, brackets, commas, quotes, backslashes; in a flow collection any colon) are taken.
 */
function plainScalar(raw: string, flow: boolean): unknown {
  const first = raw.charCodeAt(0);
  if (!(isLetter(first) || (first >= 48 && first <= 57) || first === 95)) giveUp();
  for (let i = 1; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (
      // `#` after a space starts a comment; `a#b` is a string, and `#` there is safe.
      (code === 35 /* # */ && raw.charCodeAt(i - 1) === 32) ||
      code === 44 /* , */ ||
      code === 91 /* [ */ ||
      code === 93 /* ] */ ||
      code === 123 /* { */ ||
      code === 125 /* } */ ||
      code === 34 /* " */ ||
      code === 39 /* ' */ ||
      code === 92 /* \ */ ||
      code === 96 /* ` */
    )
      giveUp();
    // A colon is a mapping indicator before a space or at the end.
    if (code === 58 /* : */ && (flow || i + 1 === raw.length || raw.charCodeAt(i + 1) === 32)) giveUp();
  }
  if (isLetter(first)) {
    // `null`, `true` and `false` in their spellings are at most five characters: a longer word is a string.
    const word = coreWord(raw);
    return word === undefined ? raw : word;
  }
  if (DECIMAL.test(raw)) return Number.parseInt(raw, 10);
  if (OTHER_NUMBER.test(raw)) giveUp();
  if (FLOAT.test(raw)) {
    // Long digit strings round differently by path; leave them to the yaml package.
    if (raw.length > 15) giveUp();
    return Number.parseFloat(raw);
  }
  return raw;
}
