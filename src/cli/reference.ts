import { COMMANDS, helpOf } from './main.js';

/** The lines around the generated part of docs/cli.md. */
export const REFERENCE_START =
  "<!-- rollgate:cli-reference:start (written by scripts/generate-cli-docs.mjs from each command's --help: edit src/cli/, then run npm run docs:cli) -->";
export const REFERENCE_END = '<!-- rollgate:cli-reference:end -->';

/** Every command's `--help`, as markdown: a heading and the help text per command. */
export function cliReference(): string {
  const sections = Object.entries(COMMANDS).map(
    ([name, command]) => `### \`rollgate ${name} --help\`\n\n\`\`\`text\n${helpOf(command)}\`\`\`\n`,
  );
  return `${REFERENCE_START}\n\n${sections.join('\n')}\n${REFERENCE_END}`;
}

/**
 * docs/cli.md with its generated part made anew: the text between the markers is replaced; a page without them
 * gets the reference appended under its own heading.
 */
export function withCliReference(page: string): string {
  const start = page.indexOf(REFERENCE_START);
  const end = page.indexOf(REFERENCE_END);
  if (start >= 0 && end > start)
    return `${page.slice(0, start)}${cliReference()}${page.slice(end + REFERENCE_END.length)}`;
  return `${page.trimEnd()}\n\n## Every command's flags\n\nWhat \`rollgate <command> --help\` prints.\n\n${cliReference()}\n`;
}
