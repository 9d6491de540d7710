import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../check/index.js';
import type { Finding } from '../findings.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { VERSION } from '../version.js';
import type { RenderOptions, RepositoryPlace } from './types.js';

/** The base every artifact URI is relative to: the repository's top directory, as code scanning expects. */
export const SOURCE_ROOT = '%SRCROOT%';

const PROJECT = 'https://github.com/rollgate/rollgate';

/** How the pack resolver names a pack that ships with rollgate. */
const BUILTIN = 'builtin:';

/** Where the rules are described, at this version's tag. */
const RULES_PAGE = `${PROJECT}/blob/v${VERSION}/docs/rules.md`;

/**
 * A file a finding names, as an artifact location: a repository-relative URI reference, each path segment
 * percent-encoded (a space is %20, a colon cannot pass for a scheme), against %SRCROOT%. A pack that ships with
 * rollgate (`builtin:microcloud`) has no place in the repository and keeps its name, a URI of its own.
 */
export function artifactLocation(file: string, place?: RepositoryPlace): { uri: string; uriBaseId?: string } {
  if (file.startsWith(BUILTIN)) return { uri: `${BUILTIN}${encodeURIComponent(file.slice(BUILTIN.length))}` };
  const segments = [...(place?.directory ? place.directory.split('/') : []), ...file.split(/[\\/]/)];
  // `a/../b` from a manifest in a subfolder naming a pack beside it: resolve it, as git would name the file.
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && resolved.length > 0 && resolved[resolved.length - 1] !== '..') resolved.pop();
    else resolved.push(segment);
  }
  return { uri: resolved.map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** A rule's name as SARIF wants one: an identifier (`skew/jump` is SkewJump). */
function ruleName(rule: Rule): string {
  return rule.id
    .split(/[^a-z0-9]+/i)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The first sentence or clause of a description: the rule's title on a code scanning alert. */
function shortDescription(description: string): string {
  const end = description.search(/[.;:](\s|$)/);
  return `${(end < 0 ? description : description.slice(0, end)).trim()}.`;
}

/** A message of the registry as a reader sees it in help: each `{{placeholder}}` as what it stands for. */
function template(message: string, slot: (name: string) => string): string {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name: string) => slot(name));
}

function sarifRule(rule: Rule) {
  const anchor = `${RULES_PAGE}#rules`;
  const messages = Object.values(rule.messages);
  const text = [
    rule.description,
    ...(messages.length > 0
      ? ['', 'What it reports:', ...messages.map((m) => `- ${template(m, (name) => `<${name}>`)}`)]
      : []),
    '',
    `Its default level is ${rule.severity}; a pack may set it to error, warning or off in its rules, for the pack or for one component. The rules are described at ${anchor}.`,
  ].join('\n');
  const markdown = [
    `**\`${rule.id}\`**: ${rule.description}`,
    ...(messages.length > 0
      ? ['', 'What it reports:', '', ...messages.map((m) => `- ${template(m, (name) => `*${name}*`)}`)]
      : []),
    '',
    `Default level: **${rule.severity}**. A pack sets it (\`error\`, \`warning\` or \`off\`) in its \`rules:\`, for the whole pack or for one component.`,
    '',
    `See [the rules](${anchor}) for every rule and what each catches.`,
  ].join('\n');
  return {
    id: rule.id,
    name: ruleName(rule),
    shortDescription: { text: shortDescription(rule.description) },
    fullDescription: { text: rule.description },
    help: { text, markdown },
    helpUri: anchor,
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.id.split('/')[0] as string] },
  };
}

function sarifResult(finding: Finding, place: RepositoryPlace | undefined) {
  return {
    ruleId: finding.rule,
    ruleIndex: RULES.findIndex((rule) => rule.id === finding.rule),
    level: finding.severity,
    message: { text: finding.message },
    // The message id (or bad-input code) the JSON report calls `code`, for tools that tell findings apart by it, and
    // whether the change brought it (false: the base had it too).
    properties: {
      ...(finding.code !== undefined ? { code: finding.code } : {}),
      introduced: finding.introduced !== false,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, place),
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
  };
}

/**
 * The report as SARIF 2.1.0, for GitHub code scanning and the SARIF tools: artifact URIs relative to the repository
 * root (`options.repository`, which the adapter finds through git; without it, relative to the files' own directory),
 * the rules with their descriptions and help, and rollgate's version.
 */
export function renderSarif(result: CheckResult, options: RenderOptions = {}): string {
  const place = options.repository;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rollgate',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: PROJECT,
            rules: RULES.map(sarifRule),
          },
        },
        ...(place
          ? {
              originalUriBaseIds: {
                [SOURCE_ROOT]: { uri: `${pathToFileURL(place.root).href.replace(/\/?$/, '/')}` },
              },
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((finding) => sarifResult(finding, place)),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
