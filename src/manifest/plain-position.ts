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

import { keyLength, skipSpaces } from './plain-item.js';

/** A value's place in the item's text: offsets from the item's first character. */
export interface PlainNode {
  start: number;
  /** A scalar's end: where its text stops, before spaces and a comment. */
  end?: number;
  /** A mapping's entries: each key's offset and its value's node (null for a value written as nothing). */
  entries?: Map<string, { key: number; value: PlainNode | null }>;
  /** A list's items (null for an item written as nothing). */
  items?: Array<PlainNode | null>;
}

/** A key of a path, as the yaml package's `instancePath` splits into. */
type Segment = string | number;

/** The node of the one item of a list whose `-` are at `indent`, in a text the plain reader read. */
export function plainItemNode(text: string, indent: number): PlainNode | null {
  const locator = new Locator(text);
  locator.skipComments();
  const list = locator.sequence(indent);
  return list.items?.[0] ?? null;
}

/**
 * The node at a path as the yaml package's walk finds it (the deepest node found when the path runs out), or
 * undefined when the path reaches a value written as nothing, which the yaml package places.
 */
export function plainNodeAt(root: PlainNode | null, path: readonly Segment[]): PlainNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.entries) {
      const entry = node.entries.get(String(segment));
      if (!entry) break;
      node = entry.value;
    } else if (node.items && typeof segment === 'number') {
      const next = node.items[segment];
      if (next === undefined) break;
      node = next;
    } else {
      break;
    }
  }
  return node ?? undefined;
}

/** The offset of the key of a mapping entry at a path, or undefined when the path does not end at one. */
export function plainKeyAt(root: PlainNode | null, path: readonly Segment[]): number | undefined {
  if (path.length === 0) return undefined;
  const parent = plainNodeAt(root, path.slice(0, -1));
  return parent?.entries?.get(String(path[path.length - 1]))?.key;
}

const isSeqEntry = (content: string) => content === '-' || content.startsWith('- ');

class Locator {
  private readonly offsets: number[] = [];
  private readonly indents: number[] = [];
  private readonly contents: string[] = [];
  private readonly comments: boolean[] = [];
  private at = 0;

  constructor(text: string) {
    let offset = 0;
    for (const full of text.split('\n')) {
      const line = full.endsWith('\r') ? full.slice(0, -1) : full;
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      if (indent < line.length) {
        const content = line.slice(indent);
        this.offsets.push(offset);
        this.indents.push(indent);
        this.contents.push(content);
        this.comments.push(content.charCodeAt(0) === 35 /* # */);
      }
      offset += full.length + 1;
    }
  }

  skipComments(): void {
    while (this.at < this.comments.length && this.comments[this.at]) this.at++;
  }

  /** Where a character of the line being read sits in the item. */
  private offsetOf(column: number): number {
    return (this.offsets[this.at] as number) + column;
  }

  sequence(column: number): PlainNode {
    const node: PlainNode = { start: this.offsetOf(column), items: [] };
    const items = node.items as Array<PlainNode | null>;
    for (;;) {
      this.skipComments();
      if (this.at >= this.indents.length) break;
      const indent = this.indents[this.at] as number;
      const content = this.contents[this.at] as string;
      if (indent !== column || !isSeqEntry(content)) break;
      let start = 1;
      while (content.charCodeAt(start) === 32) start++;
      const rest = content.slice(start);
      if (rest === '' || rest.charCodeAt(0) === 35 /* # */) {
        this.at++;
        items.push(this.blockValue(column, false));
      } else if (keyLength(rest) > 0) {
        items.push(this.mapping(column + start, rest));
      } else {
        items.push(inlineNode(rest, this.offsetOf(column + start)));
        this.at++;
      }
    }
    return node;
  }

  private mapping(column: number, first?: string): PlainNode {
    const node: PlainNode = { start: this.offsetOf(column), entries: new Map() };
    const entries = node.entries as Map<string, { key: number; value: PlainNode | null }>;
    let content = first;
    for (;;) {
      if (content === undefined) {
        this.skipComments();
        if (this.at >= this.indents.length || this.indents[this.at] !== column) break;
        content = this.contents[this.at] as string;
      }
      const length = keyLength(content);
      const key = this.offsetOf(column);
      let start = length + 1;
      while (content.charCodeAt(start) === 32) start++;
      const rest = content.slice(start);
      if (rest === '' || rest.charCodeAt(0) === 35 /* # */) {
        this.at++;
        entries.set(content.slice(0, length), { key, value: this.blockValue(column, true) });
      } else {
        entries.set(content.slice(0, length), {
          key,
          value: inlineNode(rest, this.offsetOf(column + start)),
        });
        this.at++;
      }
      content = undefined;
    }
    return node;
  }

  private blockValue(column: number, listAtColumn: boolean): PlainNode | null {
    this.skipComments();
    if (this.at >= this.indents.length) return null;
    const indent = this.indents[this.at] as number;
    const content = this.contents[this.at] as string;
    if (indent > column) return isSeqEntry(content) ? this.sequence(indent) : this.mapping(indent);
    if (listAtColumn && indent === column && isSeqEntry(content)) return this.sequence(indent);
    return null;
  }
}

/** The node of a value written after `key:` or `- ` on one line, `rest` starting at `offset` in the item. */
function inlineNode(rest: string, offset: number): PlainNode {
  const first = rest.charCodeAt(0);
  if (first === 123 /* { */ || first === 91 /* [ */ || first === 34 /* " */ || first === 39 /* ' */)
    return flowNode(rest, 0, offset)[0];
  const comment = rest.indexOf(' #');
  const raw = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  return { start: offset, end: offset + raw.length };
}

/** A value inside (or being) a one-line flow collection, from `from` in `text` (which starts at `offset`); and where it ends. */
function flowNode(text: string, from: number, offset: number): [PlainNode, number] {
  let at = skipSpaces(text, from);
  const first = text.charCodeAt(at);
  if (first === 123 /* { */) {
    const node: PlainNode = { start: offset + at, entries: new Map() };
    at = skipSpaces(text, at + 1);
    if (text.charCodeAt(at) === 125 /* } */) return [node, at + 1];
    for (;;) {
      const length = keyLength(text, at);
      const [value, end] = flowNode(text, at + length + 1, offset);
      node.entries?.set(text.slice(at, at + length), { key: offset + at, value });
      at = skipSpaces(text, end);
      if (text.charCodeAt(at) === 125 /* } */) return [node, at + 1];
      at = skipSpaces(text, at + 1);
    }
  }
  if (first === 91 /* [ */) {
    const node: PlainNode = { start: offset + at, items: [] };
    at = skipSpaces(text, at + 1);
    if (text.charCodeAt(at) === 93 /* ] */) return [node, at + 1];
    for (;;) {
      const [value, end] = flowNode(text, at, offset);
      node.items?.push(value);
      at = skipSpaces(text, end);
      if (text.charCodeAt(at) === 93 /* ] */) return [node, at + 1];
      at = skipSpaces(text, at + 1);
    }
  }
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const close = text.indexOf(text[at] as string, at + 1);
    return [{ start: offset + at, end: offset + close + 1 }, close + 1];
  }
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 44 /* , */ || code === 93 /* ] */ || code === 125 /* } */) break;
    end++;
  }
  const raw = text.slice(at, end).trimEnd();
  return [{ start: offset + at, end: offset + at + raw.length }, end];
}
