// JSON text made piece by piece, byte for byte what JSON.stringify(value, null, 2) gives for the whole value, so a
// plan file of hundreds of megabytes never has to exist as one string, nor the objects behind it all at once.
import type { PlanChunk } from './types.js';

/** One key of an object written piece by piece: a value, a value known only when reached, or items made one by one. */
export type JsonField =
  | { key: string; value: unknown }
  | { key: string; later: () => unknown }
  | { key: string; items: Iterable<string>; kind: 'array' | 'object' };

/** An array item as it stands at depth 2 (the items of a top-level key), comma and all but the first one's. */
export function arrayItem(value: unknown): string {
  // JSON.stringify indents the item for its depth itself, faster than indenting its text after.
  return JSON.stringify({ a: [value] }, null, 2).slice('{\n  "a": ['.length, -'\n  ]\n}'.length);
}

/**
 * The pieces of a top-level object's two-space JSON, without the final newline: joined, they equal
 * JSON.stringify of the object with each `items` field holding the values its pieces were made from.
 * `open` leaves the object open for more fields; `opened` adds fields to an object left open.
 */
export function* jsonObjectPieces(
  fields: Iterable<JsonField>,
  { open = false, opened = false }: { open?: boolean; opened?: boolean } = {},
): Generator<string> {
  let first = !opened;
  for (const field of fields) {
    const head = `${first ? '{' : ','}\n  ${JSON.stringify(field.key)}: `;
    first = false;
    if ('items' in field) {
      const [open, close] = field.kind === 'array' ? ['[', ']'] : ['{', '}'];
      let any = false;
      for (const item of field.items) {
        // The first item's piece carries the key and the opening bracket; later ones a comma.
        yield any ? `,${item}` : `${head}${open}${item}`;
        any = true;
      }
      yield any ? `\n  ${close}` : `${head}${open}${close}`;
    } else {
      const value = 'later' in field ? field.later() : field.value;
      yield `${head}${indented(value, '\n  ')}`;
    }
  }
  if (!open) yield first ? '{}' : '\n}';
}

function indented(value: unknown, newline: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.includes('\n') ? text.replaceAll('\n', newline) : text;
}

// Large enough that a writer makes few system calls, small enough that a file's pieces never pile up in memory.
const CHUNK_SIZE = 1 << 16;

/** Gathers a file's small pieces into chunks of about 64 KiB: the chunks a plan stream hands its writer. */
export class ChunkedFile {
  private pending: string[] = [];
  private size = 0;

  constructor(
    readonly path: string,
    private readonly executable = false,
  ) {}

  /** Adds a piece; returns a chunk to write when enough has gathered. */
  add(text: string): PlanChunk | undefined {
    this.pending.push(text);
    this.size += text.length;
    return this.size >= CHUNK_SIZE ? this.take(false) : undefined;
  }

  /** The file's last chunk, with what is left. */
  end(): PlanChunk {
    return this.take(true);
  }

  private take(end: boolean): PlanChunk {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    return { path: this.path, text, executable: this.executable, end };
  }
}

/** The chunks of a JSON file written piece by piece (jsonObjectPieces), with its final newline. */
export function* jsonFileChunks(path: string, fields: Iterable<JsonField>): Generator<PlanChunk> {
  const file = new ChunkedFile(path);
  for (const piece of jsonObjectPieces(fields)) {
    const chunk = file.add(piece);
    if (chunk) yield chunk;
  }
  file.add('\n');
  yield file.end();
}

/** A whole small file as a single chunk. */
export function wholeFile(path: string, text: string, executable = false): PlanChunk {
  return { path, text, executable, end: true };
}
