import { printable } from '../check.js';

/**
 * Makes text from a manifest or a finding safe to put in GitHub markdown: no HTML, no links or images,
 * no emphasis, no math, no @-mentions or #-references, no table breaks, no control or bidirectional characters
 * (whoever made the text: a fork's uploaded report gets the same filter). `code spans` stay code spans.
 */
export function inlineMarkdown(text: string): string {
  const parts = printable(text.replace(/[\r\n]+/g, ' ')).split('`');
  // An odd backtick opens no code span: it stays, escaped, rather than vanish from the message.
  return parts
    .map((part, i) =>
      i % 2 === 0 ? escapePlain(part) : i < parts.length - 1 ? codeSpan(part) : `\\\`${escapePlain(part)}`,
    )
    .join('');
}

/** Text as a code span: literal, with the pipe escaped so a table cell survives. */
export function codeSpan(text: string): string {
  const body = printable(
    text
      .replace(/`/g, "'")
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' '),
  );
  return body === '' ? '` `' : `\`${body}\``;
}

/**
 * A value for plain text that a CI runner reads (a terminal report, a log): printable, and with no `::` left, so
 * no line of it can be taken as a workflow command, wherever the value starts a line. `::` is written `:\u003a`,
 * as printable writes the characters it escapes.
 */
export function inertText(text: string): string {
  return printable(text).replace(/::/g, ':\\u003a');
}

// A zero-width space after `@` and `#`, in `://` and after `www` stops GitHub from making a mention, an issue
// reference or a link of them. `$` is escaped since GitHub renders `$...$` and `$\`...\`$` as math.
function escapePlain(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\*_[\]()#|~!+=^{}$-])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/\\#/g, '\\#\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/(www)\./gi, '$1\u200b.');
}
