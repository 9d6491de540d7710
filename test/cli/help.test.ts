// `rollgate <command> --help`: every flag with its sentence, examples that run, the packs for a command that takes one.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { COMMANDS, main } from '../../src/cli/main.js';
import { builtinPacks } from '../../src/io/packs.js';
import { REPO_ROOT } from '../helpers/fleet.js';

async function help(name: string): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      out += text;
    },
    cwd: REPO_ROOT,
    isTTY: false,
    env: {},
  };
  return { code: await main([name, '--help'], io), out };
}

/** The words of a command line as a shell would split them, up to a redirection. */
function words(line: string): string[] {
  const found: string[] = [];
  for (const [word] of line.matchAll(/"[^"]*"|\S+/g)) {
    if (word.startsWith('>')) break;
    found.push(word.replace(/^"(.*)"$/, '$1'));
  }
  return found;
}

describe.each(Object.entries(COMMANDS))('rollgate %s --help', (name, command) => {
  it('prints the usage first, then every flag with a sentence, and exits 0', async () => {
    const { code, out } = await help(name);
    expect(code).toBe(0);
    expect(out.startsWith(`Usage: ${command.usage}\n\n${command.summary}\n`)).toBe(true);
    for (const flag of Object.keys(command.options)) {
      const row = new RegExp(`^  --${flag}\\b.*\\S{3,}`, 'm');
      expect(out, `--${flag}`).toMatch(row);
      expect(command.flags[flag as keyof typeof command.flags]?.about, `--${flag}`).toMatch(
        /^[A-Za-z].{15,}\.$/s,
      );
    }
    expect(out).toContain('Exit codes: ');
  });

  it('gives two examples or more, each one the command line of this command that its flags accept', async () => {
    const { out } = await help(name);
    expect(command.examples.length).toBeGreaterThanOrEqual(2);
    for (const example of command.examples) {
      expect(out).toContain(`  ${example}\n`);
      const [program, subcommand, ...args] = words(example);
      expect([program, subcommand]).toEqual(['rollgate', name]);
      const { positionals } = parseArgs({
        args,
        options: command.options,
        strict: true,
        allowPositionals: command.positionals ?? false,
      });
      if (!command.positionals) expect(positionals).toEqual([]);
    }
  });

  it(
    command.takesPack ? 'lists the packs that ship with rollgate' : 'lists no packs (it takes none)',
    async () => {
      const { out } = await help(name);
      const packs = [...builtinPacks().keys()].sort();
      expect(packs.length).toBeGreaterThan(0);
      if (command.takesPack) expect(out).toContain(`Packs that ship with rollgate: ${packs.join(', ')}.`);
      else expect(out).not.toContain('Packs that ship');
    },
  );
});

describe('help layout', () => {
  it('keeps every line within 100 characters but the usage line and the examples', async () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const { out } = await help(name);
      const long = out
        .split('\n')
        .filter((line) => line.length > 100)
        .filter(
          (line) => line !== `Usage: ${command.usage}` && !command.examples.some((e) => line === `  ${e}`),
        );
      expect(long, name).toEqual([]);
    }
  });

  it('works as -h too, after other flags', async () => {
    let out = '';
    const io: CliIo = {
      stdout: (text) => {
        out += text;
      },
      stderr: () => {},
      cwd: REPO_ROOT,
      isTTY: false,
      env: {},
    };
    expect(await main(['path', '--pack', 'microshift', '-h'], io)).toBe(0);
    expect(out).toContain('--pack NAME');
  });
});
