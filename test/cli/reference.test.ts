// docs/cli.md carries every command's --help, written by scripts/generate-cli-docs.mjs; this fails when it is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { REFERENCE_END, REFERENCE_START, withCliReference } from '../../src/cli/reference.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const page = readFileSync(path.join(REPO_ROOT, 'docs/cli.md'), 'utf8');

describe('docs/cli.md', () => {
  it("holds every command's --help as the source has it (run npm run docs:cli when this fails)", () => {
    expect(page).toContain(REFERENCE_START);
    expect(page).toContain(REFERENCE_END);
    expect(withCliReference(page) === page, 'docs/cli.md is stale: run npm run docs:cli').toBe(true);
  });

  it('names every flag of every command', () => {
    for (const [name, command] of Object.entries(COMMANDS))
      for (const flag of Object.keys(command.options))
        expect(page, `${name} --${flag}`).toContain(`--${flag}`);
  });

  it('replaces only the generated part: the prose around it stays', () => {
    const before = 'Intro.\n\n';
    const after = '\n\nOutro.\n';
    const stale = `${before}${REFERENCE_START}\nold\n${REFERENCE_END}${after}`;
    const fresh = withCliReference(stale);
    expect(fresh.startsWith(before)).toBe(true);
    expect(fresh.endsWith(after)).toBe(true);
    expect(fresh).not.toContain('\nold\n');
    expect(withCliReference(fresh)).toBe(fresh);
  });
});
