/**
 * How deep a text's brackets nest, found in one pass over its characters before any parser builds a tree: the yaml
 * package's token tree for 4 MB of `[[[[…` takes gigabytes, and 16 MB of it ran out of memory, before the depth check
 * that walks the tokens could refuse it. Brackets inside comments and quoted scalars do not count; other text is
 * counted as it stands, so a file reaching `limit` here certainly nests too deep or is made of brackets. The limit
 * sits well above the real one (the token check still applies the exact one) so that no manifest is refused here for
 * a bracket in a block scalar.
 */
export declare function offsetPastBracketDepth(text: string, limit: number): number | undefined;
