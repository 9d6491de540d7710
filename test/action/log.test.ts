// The action's log: annotations show what they hold, and manifest text cannot act as a workflow command.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, logUntrusted } from '../../src/action/log.js';
import type { Finding } from '../../src/findings.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the code wrote to stdout (where @actions/core writes workflow commands) while it ran. */
function written(run: () => void): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  run();
  vi.restoreAllMocks();
  return out;
}

const finding: Finding = {
  rule: 'channel/blocked',
  code: 'blocked',
  severity: 'error',
  message: 'lxd would run 5.21/stable@\u200b36020, which is blocked.',
  file: 'fleet.yaml',
  line: 4,
  column: 7,
};

describe('annotate', () => {
  it('writes an invisible character a message carries as its escape, on the finding line', () => {
    const out = written(() => annotate({ shown: [finding], hidden: { error: 0, warning: 0 } }));
    expect(out).toContain('::error title=rollgate channel/blocked,file=fleet.yaml,line=4,col=7::');
    expect(out).toContain('5.21/stable@\\u200b36020');
    expect(out).not.toMatch(/\p{Cf}/u);
  });

  it('says how many findings GitHub would not show', () => {
    const out = written(() => annotate({ shown: [], hidden: { error: 3, warning: 1 } }));
    expect(out).toContain('3 more errors and 1 more warning');
  });
});

describe('logUntrusted', () => {
  it('pauses workflow commands around the text, with a token the text cannot know', () => {
    const out = written(() => logUntrusted('::add-mask::x\n'));
    const [start, text, end] = out.trimEnd().split('\n');
    const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(start ?? '')?.[1];
    expect(token).toBeDefined();
    expect(text).toBe('::add-mask::x');
    expect(end).toBe(`::${token}::`);
  });
});
