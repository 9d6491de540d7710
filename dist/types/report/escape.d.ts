/**
 * Text that quotes a manifest or pack, made safe to print: control, line-breaking and bidirectional characters
 * are written as \\u escapes, so a message cannot drive a terminal, start a new log line or reorder what a reader sees.
 */
export declare function printable(text: string): string;
/** printable, and every invisible character written as its \u escape: what a report shows is what it holds. */
export declare function visible(text: string): string;
/**
 * Makes text from a manifest or a finding safe to put in GitHub markdown: no HTML, no links or images,
 * no emphasis, no math, no @-mentions or #-references, no table breaks, no control, bidirectional or invisible
 * characters (whoever made the text: a fork's uploaded report gets the same filter). `code spans` stay code spans,
 * and a word GitHub would make a mention, a reference or a link of becomes one, so every value copies as it is.
 */
export declare function inlineMarkdown(text: string): string;
/**
 * Text as a code span, literal but for the backtick, which becomes `'` (a span fenced by one backtick cannot hold one,
 * and a longer fence is not worth what it costs every reader of the markdown): the pipe is escaped so a table cell
 * survives (GitHub shows `|`, and copies it), there is no line break, and spaces at both ends stay.
 */
export declare function codeSpan(text: string): string;
/**
 * A value for plain text that a CI runner reads (a terminal report, a log): visible, and with no `::` left, so
 * no line of it can be taken as a workflow command, wherever the value starts a line. `::` is written `:\u003a`,
 * as printable writes the characters it escapes.
 */
export declare function inertText(text: string): string;
