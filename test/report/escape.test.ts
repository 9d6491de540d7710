import { describe, expect, it } from 'vitest';
import { codeSpan, inlineMarkdown } from '../../src/report/escape.js';

describe('inlineMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;'],
    ['<!-- hidden -->', '&lt;\\!\\-\\- hidden \\-\\-&gt;'],
    ['&lt; stays text', '&amp;lt; stays text'],
    ['@someone', '@\u200bsomeone'],
    ['@org/team', '@\u200borg/team'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['![i](x.png)', '\\!\\[i\\]\\(x.png\\)'],
    ['https://evil.example', 'https:\u200b//evil.example'],
    ['www.evil.example', 'www\u200b.evil.example'],
    ['**bold** _em_ ~~gone~~', '\\*\\*bold\\*\\* \\_em\\_ \\~\\~gone\\~\\~'],
    ['a | b', 'a \\| b'],
    ['line one\n\n# heading', 'line one \\#\u200b heading'],
    ['see #123', 'see \\#\u200b123'],
    ['`<b>` as code', '`<b>` as code'],
    ['`a | b` in a cell', '`a \\| b` in a cell'],
    ['an `unclosed code span', 'an \\`unclosed code span'],
    ['`a` and `b', '`a` and \\`b'],
  ])('%j becomes %j', (input, output) => {
    expect(inlineMarkdown(input)).toBe(output);
  });

  it('leaves no raw < outside code spans, whatever the text', () => {
    const samples = ['<', '<<script>>', 'a`b<`c<', '`` <x> ``', '<`'];
    for (const sample of samples) {
      const outsideCode = inlineMarkdown(sample).replace(/`[^`]*`/g, '');
      expect(outsideCode).not.toContain('<');
    }
  });
});

describe('codeSpan', () => {
  it.each([
    ['lab', '`lab`'],
    ['a`b', "`a'b`"],
    ['a|b', '`a\\|b`'],
    ['two\nlines', '`two lines`'],
    ['', '` `'],
  ])('%j becomes %j', (input, output) => {
    expect(codeSpan(input)).toBe(output);
  });
});
