// What scripts/generate-docs.mjs writes from the rule registry, as pure functions of it, so a test can tell when the
// files in the repository drift from the registry (test/rules/registry.test.ts).
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';

/** The markers around the generated rules table in docs/rules.md. */
export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';
/** The markers around the generated tables of bad-input codes. */
export const CODES_START = '<!-- codes:start -->';
export const CODES_END = '<!-- codes:end -->';

/** Rules with more codes than this list them in their own table below the rules table. */
const INLINE_CODES = 6;

const rules = RULES as readonly Rule[];

/** A table cell: pipes escaped so a description cannot end its cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The heading anchor of a rule's table of codes (`yaml/syntax` -> `codes-of-yamlsyntax`, as GitHub makes it). */
function codesAnchor(rule: Rule): string {
  return `codes-of-${rule.id.replace(/[^a-z0-9-]/g, '')}`;
}

/** The rules table: id, what it reports, default severity, and the codes its findings carry. */
export function rulesTable(): string {
  const rows = rules.map((rule) => {
    const codes = Object.keys(rule.messages);
    const listed =
      codes.length > INLINE_CODES
        ? `[${codes.length} codes](#${codesAnchor(rule)})`
        : codes.map((code) => `\`${code}\``).join(', ');
    return `| \`${rule.id}\` | ${cell(rule.description)} | ${rule.severity} | ${listed} |`;
  });
  return ['| id | fires when | default | codes |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** A table per rule with many codes: each code (codes that share a message, together) and its message. */
export function codesTables(): string {
  const sections = rules
    .filter((rule) => Object.keys(rule.messages).length > INLINE_CODES)
    .map((rule) => {
      const byMessage = new Map<string, string[]>();
      for (const [code, message] of Object.entries(rule.messages)) {
        byMessage.set(message, [...(byMessage.get(message) ?? []), code]);
      }
      const rows = [...byMessage].map(
        ([message, codes]) => `| ${codes.map((code) => `\`${code}\``).join(', ')} | ${cell(message)} |`,
      );
      return [`### Codes of \`${rule.id}\``, '', '| code | message |', '| --- | --- |', ...rows].join('\n');
    });
  return sections.join('\n\n');
}

/** A text with what stands between two markers replaced; throws when the markers are missing. */
export function replaceBetween(text: string, start: string, end: string, inner: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`The markers ${start} and ${end} are missing.`);
  return `${text.slice(0, from + start.length)}\n${inner}\n${text.slice(to)}`;
}

/** docs/rules.md with its generated parts written from the registry. */
export function rulesPage(page: string): string {
  return replaceBetween(
    replaceBetween(page, TABLE_START, TABLE_END, rulesTable()),
    CODES_START,
    CODES_END,
    codesTables(),
  );
}

/** The policy schema with its rule-severity properties (`$defs.severities.properties`) written from the registry. */
export function policySchema(text: string): string {
  const schema = JSON.parse(text) as { $defs: { severities: { properties: unknown } } };
  schema.$defs.severities.properties = Object.fromEntries(
    rules.map((rule) => [
      rule.id,
      {
        description: `${rule.description} Default: ${rule.severity}.`,
        enum: ['error', 'warning', 'off'],
      },
    ]),
  );
  return `${JSON.stringify(schema, null, 2)}\n`;
}
