/**
 * How deep a text's brackets nest, found in one pass over its characters before any parser builds a tree: the yaml
 * package's token tree for 4 MB of `[[[[…` takes gigabytes, and 16 MB of it ran out of memory, before the depth check
 * that walks the tokens could refuse it. Brackets inside comments and quoted scalars do not count; other text is
 * counted as it stands, so a file reaching `limit` here certainly nests too deep or is made of brackets. The limit
 * sits well above the real one (the token check still applies the exact one) so that no manifest is refused here for
 * a bracket in a block scalar.
 */
export function offsetPastBracketDepth(text: string, limit: number): number | undefined {
  let depth = 0;
  // Only brackets, comments and quotes matter: the regular expression skips the rest natively, many times faster
  // than a loop over every character.
  const special = /[[\]{}#'"]/g;
  // Where a comment or quoted scalar skipped ends: the character after it may not open a quote or a comment.
  let afterSkip = -1;
  // test() moves lastIndex past the match without making a match object: one is found per flow bracket.
  while (special.test(text)) {
    const at = special.lastIndex - 1;
    const char = text.charCodeAt(at);
    if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth++;
      if (depth > limit) return at;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (quoteMayOpenAt(text, at, afterSkip)) {
      // What may stand before a quote that opens a quoted scalar (or a comment): a line start, white space, or
      // flow punctuation.
      const end = char === 0x23 /* # */ ? text.indexOf('\n', at) : closingQuote(text, at, char);
      if (end < 0) return undefined;
      afterSkip = end + 1;
      special.lastIndex = end + 1;
    }
  }
  return undefined;
}

/** Whether a quote or `#` at `at` opens a quoted scalar or a comment, by the character before it. */
function quoteMayOpenAt(text: string, at: number, afterSkip: number): boolean {
  if (at === 0) return true;
  if (at === afterSkip) return false;
  const before = text.charCodeAt(at - 1);
  return (
    before === 0x20 ||
    before === 0x09 ||
    before === 0x0a ||
    before === 0x0d ||
    before === 0x5b ||
    before === 0x7b ||
    before === 0x2c /* , */ ||
    before === 0x3a /* : */
  );
}

// The offset of the quote that closes the one at `open`, or -1; in double quotes a backslash escapes the next
// character, in single quotes '' is a quote within.
function closingQuote(text: string, open: number, quote: number): number {
  for (let at = open + 1; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (quote === 0x22 && char === 0x5c /* \ */) at++;
    else if (char === quote) {
      if (quote === 0x27 && text.charCodeAt(at + 1) === 0x27) at++;
      else return at;
    }
  }
  return -1;
}
