// The input gate: what a file must be before the YAML parser sees it. Within the size limit, and text: no NUL byte
// (binary data, or UTF-16 with a NUL beside every ASCII character), no byte UTF-8 cannot read; brackets that do
// not nest past many times the depth limit (their token tree would exhaust memory before the parse could refuse it).
import { yamlSyntaxFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import { offsetPastBracketDepth } from './flow-depth.js';
import { type Position, YAML_LIMITS } from './source.js';

/** The finding that keeps a text from being parsed at all, or undefined when it may be parsed. */
export function checkInput(text: string, file: string): Finding | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_LIMITS.maxBytes) {
    return yamlSyntaxFinding(
      'TOO_LARGE',
      { file, line: 1, column: 1 },
      { size: (bytes / 1024 / 1024).toFixed(1), limit: YAML_LIMITS.maxBytes / 1024 / 1024 },
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const place = { file, ...positionOfOffset(text, nul) };
    // UTF-16, as some Windows editors save, puts a NUL beside every ASCII character.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL is what the pattern looks for.
    if (/^\uFFFD\uFFFD/.test(text) || /^(?:[^\u0000]\u0000){4}|^(?:\u0000[^\u0000]){4}/.test(text)) {
      return yamlSyntaxFinding('UTF16', place);
    }
    return yamlSyntaxFinding('NUL_BYTE', place);
  }
  // Bytes that are not UTF-8 reach here as U+FFFD, whoever decoded them: say so, not what the garbled values break.
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) return yamlSyntaxFinding('NOT_UTF8', { file, ...positionOfOffset(text, replaced) });
  // Before any parser runs: the token tree of millions of nested brackets would exhaust memory first.
  const deepBracket = offsetPastBracketDepth(text, 16 * YAML_LIMITS.maxDepth);
  if (deepBracket !== undefined)
    return yamlSyntaxFinding(
      'TOO_DEEP',
      { file, ...positionOfOffset(text, deepBracket) },
      { limit: YAML_LIMITS.maxDepth },
    );
  return undefined;
}

function positionOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
