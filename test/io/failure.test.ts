// One sentence for why rollgate could not run, the same for the CLI and the action.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RollgateError } from '../../src/findings.js';
import { describeFailure } from '../../src/io/failure.js';

describe('describeFailure', () => {
  it("gives a RollgateError's own sentence", () => {
    expect(describeFailure(new RollgateError('The head manifest x.yaml does not exist.'))).toBe(
      'The head manifest x.yaml does not exist.',
    );
  });

  it('points a flag mistake at --help', () => {
    let error: unknown;
    try {
      parseArgs({ args: ['--bogus'], options: {}, strict: true });
    } catch (caught) {
      error = caught;
    }
    expect(describeFailure(error)).toBe("Unknown option '--bogus'. Run with --help for the flags.");
  });

  it('calls anything else a bug, in one line, with how to report it', () => {
    const sentence = describeFailure(new TypeError('x is undefined\n    at somewhere (file.js:1:1)'));
    expect(sentence).toBe(
      'internal error: x is undefined. This is a bug in rollgate; please report it with the input that caused it.',
    );
    expect(describeFailure('a string')).toContain('internal error: a string.');
    expect(describeFailure(null)).toContain('internal error: null.');
  });
});
