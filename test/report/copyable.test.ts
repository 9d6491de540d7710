// Values a person copies out of a report (a revision into `rollgate bump --to`, a cluster name into a search) are the
// values themselves: no invisible character anywhere in the markdown, and mentions and links kept inert by code spans.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, characters, composeReport } from '../../src/action/report-body.js';
import { type CheckResult, check } from '../../src/check/index.js';
import { parseTarget } from '../../src/edit/bump.js';
import type { Finding } from '../../src/findings.js';
import { planOnly, renderPlanPreview } from '../../src/plan/index.js';
import { codeSpan, inertText, inlineMarkdown } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { MICROCLOUD_PACK, REPO_ROOT } from '../helpers/fleet.js';

// Format characters (zero-width spaces and joiners, word joiners, bidi marks, the BOM, the soft hyphen), variation
// selectors, and the fillers that render as nothing. The combining marks stand apart from the class, where they would
// read as joined to the character before.
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]|\u034f|[\u17b4\u17b5]|[\u180b-\u180f]|[\ufe00-\ufe0f]/u;

/** The text of every code span in a markdown line, as GitHub shows it (and a person copies it). */
function spans(markdown: string): string[] {
  return [...markdown.matchAll(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)].map(([, , body = '']) => {
    const unpadded = /^ .* $/.test(body) && !/^ +$/.test(body) ? body.slice(1, -1) : body;
    return unpadded.replace(/\\\|/g, '|');
  });
}

/** The markdown with its code spans taken out: what GitHub would look at for mentions, references and links. */
function outsideSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, ' ');
}

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/microcloud', `${name}.yaml`), 'utf8');

let failing: CheckResult;
let passing: CheckResult;
beforeAll(async () => {
  const judge = (head: string) =>
    check({
      base: { file: 'base.yaml', text: example('base') },
      head: { file: 'fleet.yaml', text: example(head) },
      resolvePack: (name) =>
        name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK } : undefined,
      now: new Date('2026-11-22T00:00:00Z'),
    });
  failing = await judge('head-fail');
  passing = await judge('head-pass');
});

describe('a value in a message', () => {
  it('is a code span that copies as the value: 5.21/stable@36020 goes back into bump --to', () => {
    const out = inlineMarkdown('lxd would run 5.21/stable@36020, a revision on the blocked list.');
    expect(out).not.toMatch(INVISIBLE);
    expect(spans(out)).toEqual(['5.21/stable@36020']);
    expect(parseTarget(spans(out)[0] as string)).toEqual({ channel: '5.21/stable', revision: 36020 });
    // The punctuation after the value stays outside its span.
    expect(out).toContain('`5.21/stable@36020`, a revision');
  });

  it.each([
    ['@admin, look', ['@admin']],
    ['ping @org/team now', ['@org/team']],
    ['see #123 and org/repo#45.', ['#123', 'org/repo#45']],
    ['GH-12 again', ['GH-12']],
    ['(https://evil.example/x?y=1)', ['https://evil.example/x?y=1']],
    ['mail ops@example.org', ['ops@example.org']],
    ['at www.evil.example today', ['www.evil.example']],
  ])('%j keeps %j inert in code spans, with nothing live outside them', (text, values) => {
    const out = inlineMarkdown(text);
    expect(spans(out)).toEqual(values);
    expect(outsideSpans(out)).not.toMatch(/@|#\w|:\/\/|www\.|GH-\d/i);
    expect(out).not.toMatch(INVISIBLE);
  });

  it('joins a live word and a quoted value that touch into one span, so their backticks do not run together', () => {
    const out = inlineMarkdown('ref x@`y` here');
    expect(out).toBe('ref `x@y` here');
  });

  it('shows an invisible character the manifest carried as its escape, in code spans and plain text alike', () => {
    expect(codeSpan('5.21/stable@\u200b36020')).toBe('`5.21/stable@\\u200b36020`');
    expect(inlineMarkdown('lab\u2060x is \ufeffodd')).toBe('lab\\\\u2060x is \\\\ufeffodd');
    expect(inertText('lab\u00ad1')).toBe('lab\\u00ad1');
  });

  it('copies a value with a pipe or spaces at its ends as it is; a backtick, which no span holds, shows as a quote', () => {
    for (const value of ['x|y', ' padded ', 'a b']) expect(spans(codeSpan(value))).toEqual([value]);
    expect(spans(codeSpan('a`b'))).toEqual(["a'b"]);
  });
});

describe('whole reports', () => {
  const hostile: Finding = {
    rule: 'channel/blocked',
    code: 'blocked',
    severity: 'error',
    message: 'lxd 5.21/stable@36020 is blocked: see #4711 by @lxd-team at https://example.org/x\u200b.',
    file: 'fleet.yaml',
    line: 3,
    column: 1,
    cluster: 'lab@1',
  };

  it('hold no invisible character: the markdown report, the comment, the plan preview and the text report', () => {
    const withHostile = { ...failing, findings: [...failing.findings, hostile] };
    const outputs = [
      renderMarkdown(failing),
      renderMarkdown(withHostile),
      renderText(withHostile),
      composeReport(withHostile, {
        manifest: 'fleet.yaml',
        limit: COMMENT_LIMIT,
        measure: characters,
        fullReport: 'the job summary',
      }),
      renderPlanPreview(planOnly({ result: passing })),
    ];
    for (const output of outputs) expect(output).not.toMatch(INVISIBLE);
  });

  it('give every revision in the change table as a span that copies as the value', () => {
    const table = renderMarkdown(passing)
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const revisions = table.flatMap(spans).filter((value) => value.includes('@'));
    expect(revisions).toContain('5.21/stable@36020');
    for (const revision of revisions) expect(() => parseTarget(revision)).not.toThrow();
  });

  it('keep mentions inert in the markdown report: no @ outside a code span', () => {
    const out = renderMarkdown({ ...failing, findings: [hostile] });
    expect(outsideSpans(out)).not.toMatch(/@|#\d|:\/\//);
    expect(spans(out)).toEqual(expect.arrayContaining(['5.21/stable@36020', '#4711', '@lxd-team', 'lab@1']));
  });
});
