/**
 * Text that quotes a manifest or pack, made safe to print: control, line-breaking and bidirectional characters
 * are written as \\u escapes, so a message cannot drive a terminal, start a new log line or reorder what a reader sees.
 */
export function printable(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to write as escapes.
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Characters that show nothing (zero-width spaces and joiners, the soft hyphen, word joiners, invisible operators,
 * variation selectors, the byte-order mark, Hangul fillers): text a person may copy keeps none, since a value
 * copied with one in it (`5.21/stable@\u200b36020`) is no longer the value. They are written as \u escapes, as
 * printable writes control characters. The combining marks among them (the grapheme joiner, Khmer's inherent vowels,
 * the variation selectors) stand apart from the class: beside other characters in one class they would read as joined
 * to the one before.
 */
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]|\u034f|[\u17b4\u17b5]|[\u180b-\u180f]|[\ufe00-\ufe0f]/g;

/** printable, and every invisible character written as its \u escape: what a report shows is what it holds. */
export function visible(text: string): string {
  return printable(text).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A word GitHub would turn into a mention (`@team`), an issue reference (`#12`, `org/repo#12`, `GH-12`), a link (a
// URL, `www.`) or a mail link: put in a code span, where GitHub makes none of them, it stays inert and copies as it is.
const LIVE = /@|#\w|\bGH-\d|:\/\/|www\./i;

// What may stand around such a word without belonging to it: opening brackets and quotes before, closing ones and
// sentence punctuation after (`(see #12).`).
const AROUND = /^([([{"'<]*)(.*?)([)\]}"'>.,;:!?]*)$/s;

/**
 * Makes text from a manifest or a finding safe to put in GitHub markdown: no HTML, no links or images,
 * no emphasis, no math, no @-mentions or #-references, no table breaks, no control, bidirectional or invisible
 * characters (whoever made the text: a fork's uploaded report gets the same filter). `code spans` stay code spans,
 * and a word GitHub would make a mention, a reference or a link of becomes one, so every value copies as it is.
 */
export function inlineMarkdown(text: string): string {
  const parts = visible(text.replace(/[\r\n]+/g, ' ')).split('`');
  let out = '';
  // Plain text waits here to be escaped in one go; code waits in `pending`, so code spans that touch (a live word
  // against a quoted one) become one span: two would run their backticks together.
  let plainText = '';
  let pending: string | undefined;
  const flush = () => {
    if (plainText !== '') out += escapePlain(plainText);
    else if (pending !== undefined) out += codeSpan(pending);
    plainText = '';
    pending = undefined;
  };
  const code = (body: string) => {
    if (plainText !== '') flush();
    pending = (pending ?? '') + body;
  };
  const plain = (body: string) => {
    if (body === '') return;
    if (pending !== undefined) flush();
    plainText += body;
  };
  const raw = (markdown: string) => {
    flush();
    out += markdown;
  };
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1 && i < parts.length - 1) {
      code(part);
      continue;
    }
    // An odd backtick opens no code span: it stays, escaped, rather than vanish from the message.
    if (i % 2 === 1) raw('\\`');
    if (!LIVE.test(part)) {
      plain(part);
      continue;
    }
    for (const [word] of part.matchAll(/\s+|\S+/g)) {
      const [, before = '', core = '', after = ''] = AROUND.exec(word) ?? [];
      if (/^\s/.test(word) || !LIVE.test(core)) plain(word);
      else {
        plain(before);
        code(core);
        plain(after);
      }
    }
  }
  flush();
  return out;
}

/**
 * Text as a code span, literal but for the backtick, which becomes `'` (a span fenced by one backtick cannot hold one,
 * and a longer fence is not worth what it costs every reader of the markdown): the pipe is escaped so a table cell
 * survives (GitHub shows `|`, and copies it), there is no line break, and spaces at both ends stay.
 */
export function codeSpan(text: string): string {
  const body = visible(text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
  if (body === '') return '` `';
  // Markdown strips one space from each end of a span that has one at both; one more on each side keeps them.
  return /^ .* $/.test(body) && !/^ +$/.test(body) ? `\` ${body} \`` : `\`${body}\``;
}

/**
 * A value for plain text that a CI runner reads (a terminal report, a log): visible, and with no `::` left, so
 * no line of it can be taken as a workflow command, wherever the value starts a line. `::` is written `:\u003a`,
 * as printable writes the characters it escapes.
 */
export function inertText(text: string): string {
  return visible(text).replace(/::/g, ':\\u003a');
}

// Markdown's own characters escaped, so plain text stays plain. `$` is escaped since GitHub renders `$...$` and
// `$\`...\`$` as math.
function escapePlain(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\*_[\]()#|~!+=^{}$-])/g, '\\$1');
}
