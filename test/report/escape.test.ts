import { describe, expect, it } from 'vitest';
import { codeSpan, inertText, inlineMarkdown } from '../../src/report/escape.js';

describe('inlineMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;'],
    ['<!-- hidden -->', '&lt;\\!\\-\\- hidden \\-\\-&gt;'],
    ['&lt; stays text', '&amp;lt; stays text'],
    ['@someone', '`@someone`'],
    ['@org/team', '`@org/team`'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['![i](x.png)', '\\!\\[i\\]\\(x.png\\)'],
    ['https://evil.example', '`https://evil.example`'],
    ['www.evil.example', '`www.evil.example`'],
    ['**bold** _em_ ~~gone~~', '\\*\\*bold\\*\\* \\_em\\_ \\~\\~gone\\~\\~'],
    ['a | b', 'a \\| b'],
    ['line one\n\n# heading', 'line one \\# heading'],
    ['see #123', 'see `#123`'],
    ['`<b>` as code', '`<b>` as code'],
    ['`a | b` in a cell', '`a \\| b` in a cell'],
    ['an `unclosed code span', 'an \\`unclosed code span'],
    ['`a` and `b', '`a` and \\`b'],
    ['costs $5', 'costs \\$5'],
    ['$x^2$ and $$y$$', '\\$x\\^2\\$ and \\$\\$y\\$\\$'],
    // printable's escape, then its backslash escaped: the reader sees \u202e.
    ['\u202egnp.exe', '\\\\u202egnp.exe'],
    ['bell\u0007', 'bell\\\\u0007'],
  ])('%j becomes %j', (input, output) => {
    expect(inlineMarkdown(input)).toBe(output);
  });

  it('leaves no math: a freeze reason written as $`...`$ renders as text', () => {
    const reason = '$`\\Huge\\color{green}\\textsf{All checks passed}`$';
    const out = inlineMarkdown(reason);
    // Every $ outside a code span is escaped, so none opens or closes math.
    expect(out.replace(/`[^`]*`/g, '').replace(/\\\$/g, '')).not.toContain('$');
    expect(out).toBe('\\$`\\Huge\\color{green}\\textsf{All checks passed}`\\$');
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
    ['ab\u202ec', '`ab\\u202ec`'],
  ])('%j becomes %j', (input, output) => {
    expect(codeSpan(input)).toBe(output);
  });
});

describe('inertText', () => {
  it.each([
    ['fleet.yaml', 'fleet.yaml'],
    ['a:b.yaml', 'a:b.yaml'],
    ['x\n::error title=Passed::all good.yaml', 'x\\u000a:\\u003aerror title=Passed:\\u003aall good.yaml'],
    ['::add-mask::secret', ':\\u003aadd-mask:\\u003asecret'],
    ['\u001b[2J', '\\u001b[2J'],
  ])('%j becomes %j', (input, output) => {
    expect(inertText(input)).toBe(output);
  });

  it('leaves no line break and no :: in anything', () => {
    for (const sample of ['::', ':::', '::::', '\r\n::x', ':\n:', '\u2028::']) {
      const out = inertText(sample);
      expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(out).not.toContain('::');
    }
  });
});
