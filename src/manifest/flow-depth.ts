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
  // What may stand before a quote that opens a quoted scalar: a line start, white space, or flow punctuation.
  let quoteMayOpen = true;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth++;
      if (depth > limit) return at;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (char === 0x23 /* # */ && quoteMayOpen) {
      const end = text.indexOf('\n', at);
      if (end < 0) return undefined;
      at = end;
    } else if ((char === 0x27 /* ' */ || char === 0x22) /* " */ && quoteMayOpen) {
      at = closingQuote(text, at, char);
      if (at < 0) return undefined;
    }
    quoteMayOpen =
      char === 0x20 ||
      char === 0x09 ||
      char === 0x0a ||
      char === 0x0d ||
      char === 0x5b ||
      char === 0x7b ||
      char === 0x2c /* , */ ||
      char === 0x3a; /* : */
  }
  return undefined;
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
