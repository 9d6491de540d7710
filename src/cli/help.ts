import type { Command } from './command.js';

/** The width help text is wrapped to. */
const WIDTH = 100;

/**
 * `text` after `prefix`, its words wrapped to lines of at most WIDTH characters, each line after the first indented
 * to `indent` spaces. A word longer than a line stays whole.
 */
function wrap(prefix: string, text: string, indent: number): string {
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = `${' '.repeat(indent)}${word}`;
    } else line = empty ? `${line}${word}` : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * `rollgate <command> --help`: the usage, the summary, every flag with its sentence (and default), examples, the packs
 * that ship with rollgate for a command that takes one, and the exit codes. Pure, so docs/cli.md is made from it.
 */
export function commandHelp(command: Command, builtinPacks: string[]): string {
  const rows = Object.entries(command.flags).map(([flag, help]) => {
    const definition = command.options[flag] as { default?: unknown; multiple?: boolean } | undefined;
    const fallback = definition?.default;
    const about =
      typeof fallback === 'string' ? `${help.about.replace(/\.$/, '')} (default: ${fallback}).` : help.about;
    const repeat = definition?.multiple ? ' (may be given more than once)' : '';
    return {
      name: `--${flag}${help.value ? ` ${help.value}` : ''}`,
      about: repeat ? about.replace(/\.$/, `${repeat}.`) : about,
    };
  });
  rows.push({ name: '-h, --help', about: 'Print this help.' });
  const column = Math.max(...rows.map((row) => row.name.length)) + 4;
  const lines = [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    'Flags:',
    ...rows.map((row) => wrap(`  ${row.name.padEnd(column - 2)}`, row.about, column)),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
  ];
  if (command.takesPack)
    lines.push('', wrap('Packs that ship with rollgate: ', `${builtinPacks.join(', ')}.`, 2));
  lines.push('', wrap('Exit codes: ', command.exitCodes, 2));
  return `${lines.join('\n')}\n`;
}
