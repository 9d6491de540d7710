// Every finding about bad input, `yaml/syntax` or `schema`, is made here: its code (yaml's own, such as DUPLICATE_KEY;
// the ajv keyword, such as `required`; or rollgate's, such as TOO_DEEP or UNKNOWN_PACK) picks its message, as a
// rule's message id does (eemeli/yaml's `src/errors.ts` is the model). The registry lists these codes
// (src/rules/yaml-syntax.ts, src/rules/schema.ts), and docs/rules.md is written from them.
import type { ErrorCode as YamlErrorCode } from 'yaml';
import type { Finding } from './findings.js';
import { formatMessage, type MessageData } from './messages.js';

const PARSE = 'The YAML does not parse: {{detail}}.';

/** The yaml package's own codes, which all say the same: the YAML does not parse, and why (in its words). */
const YAML_PACKAGE_MESSAGES = {
  ALIAS_PROPS: PARSE,
  BAD_ALIAS: PARSE,
  BAD_COLLECTION_TYPE: PARSE,
  BAD_DIRECTIVE: PARSE,
  BAD_DQ_ESCAPE: PARSE,
  BAD_INDENT: PARSE,
  BAD_PROP_ORDER: PARSE,
  BAD_SCALAR_START: PARSE,
  BLOCK_AS_IMPLICIT_KEY: PARSE,
  BLOCK_IN_FLOW: PARSE,
  IMPOSSIBLE: PARSE,
  KEY_OVER_1024_CHARS: PARSE,
  MISSING_CHAR: PARSE,
  MULTILINE_IMPLICIT_KEY: PARSE,
  MULTIPLE_ANCHORS: PARSE,
  MULTIPLE_DOCS: PARSE,
  MULTIPLE_TAGS: PARSE,
  NON_STRING_KEY: PARSE,
  RESOURCE_EXHAUSTION: PARSE,
  TAB_AS_INDENT: PARSE,
  TAG_RESOLVE_FAILED: PARSE,
  UNEXPECTED_TOKEN: PARSE,
} as const satisfies Record<Exclude<YamlErrorCode, 'DUPLICATE_KEY'>, string>;

/** The codes and messages of `yaml/syntax`: what keeps a file from being read as YAML 1.2 within the limits. */
export const YAML_SYNTAX_MESSAGES = {
  TOO_LARGE: 'The file is {{size}} MiB; rollgate reads at most {{limit}} MiB.',
  UTF16: 'The file is UTF-16 text; rollgate reads UTF-8. Save it as UTF-8.',
  NUL_BYTE: 'The file holds binary data (a NUL byte); a manifest is YAML text.',
  NOT_UTF8:
    'The file is not UTF-8 text: it holds bytes UTF-8 cannot read (or U+FFFD, the character that stands for them), as a file saved as Latin-1 or another legacy encoding does. Save it as UTF-8.',
  TOO_DEEP: 'The YAML nests deeper than {{limit}} levels; a manifest needs far fewer.',
  STACK_OVERFLOW: 'The YAML nests too deeply to read; a manifest needs far fewer than {{limit}} levels.',
  UNREADABLE: 'The YAML could not be read: {{detail}}.',
  DUPLICATE_KEY:
    'A key appears twice in one mapping ({{detail}}); YAML readers disagree on which wins, so remove one.',
  ...YAML_PACKAGE_MESSAGES,
  YAML_1_1:
    'The file asks for YAML {{version}} with a %YAML directive; rollgate reads YAML 1.2 only, where yes/no and 010 mean what they say. Remove the directive.',
  ALIAS_BOMB:
    'The YAML\'s aliases expand past {{limit}} nodes, which is how an alias bomb ("billion laughs") looks; write the values out.',
  ALIAS_BEFORE_ANCHOR:
    'The alias *{{name}} comes before any anchor &{{name}}; set the anchor first, or write the value out.',
} as const;

/** A `yaml/syntax` code. */
export type YamlSyntaxCode = keyof typeof YAML_SYNTAX_MESSAGES;

const AT = '{{field}}{{where}}';

/** The codes and messages of `schema`: the ajv keyword that failed, or rollgate's own check a schema cannot say. */
export const SCHEMA_MESSAGES = {
  // The JSON Schemas' keywords, as ajv names them.
  type: `${AT} must be {{expected}}, not {{actual}}.`,
  required: '{{subject}} is missing `{{property}}`{{why}}.',
  additionalProperties:
    '{{subject}} has an unknown field `{{property}}`; check its spelling against the {{reference}}.',
  propertyNames: `${AT} has a name that is not allowed: {{name}}.`,
  pattern: `${AT} is {{value}}, which is not allowed: {{help}}.`,
  const: `${AT} must be {{allowed}}.`,
  enum: `${AT} must be one of {{allowed}}.`,
  format: `${AT} must be a date (YYYY-MM-DD) or an RFC 3339 date-time.`,
  minItems: `${AT} must have at least {{limit}} {{items}}.`,
  maxItems: `${AT} has more than {{limit}} entries.`,
  maxProperties: `${AT} has more than {{limit}} entries.`,
  uniqueItems: `${AT} lists the same value twice (items {{first}} and {{second}}).`,
  minimum: `${AT} must be at least {{limit}}.`,
  maximum: `${AT} must be at most {{limit}}.`,
  minLength: `${AT} {{detail}}.`,
  maxLength: `${AT} {{detail}}.`,
  minProperties: `${AT} {{detail}}.`,
  anyOf: `${AT} {{detail}}.`,
  oneOf: `${AT} {{detail}}.`,
  INVALID: `${AT} {{detail}}.`,
  // What rollgate reads more closely than a keyword says.
  EMPTY_FILE: 'The {{what}} is empty; it must be a mapping that starts with apiVersion: rollgate/v1.',
  NUMBER_FOR_STRING: `${AT} is the YAML number {{written}}; write it as a string, "{{written}}", since YAML reads 1.10 as 1.1.`,
  EMPTY_NAME: `${AT} has an entry with an empty name (a YAML null or empty key); give it a name.`,
  TOO_MANY_KEYS:
    'This mapping has {{keys}} keys; no mapping of a manifest or pack holds more than {{most}} (a cluster runs at most 64 components). Remove the extra keys.',
  // A manifest's checks beyond its schema.
  FREEZE_ENDS_BEFORE_START: 'The freeze from {{from}} to {{to}} ends before it starts.',
  FREEZE_WAVE_UNKNOWN:
    'A freeze names wave `{{wave}}`, which is not one of `waves` ({{waves}}); a freeze of no wave would cover nothing.',
  FREEZE_CLUSTER_UNKNOWN:
    "A freeze names cluster `{{cluster}}`, which is not one of the fleet's clusters; a freeze of no cluster would cover nothing.",
  DUPLICATE_CLUSTER: 'Cluster name `{{cluster}}` is used twice; cluster names must be unique.',
  WAVE_MISSING:
    'Cluster {{which}} has no `wave`; the manifest sets `waves`, so every cluster names one of {{waves}}.',
  WAVE_WITHOUT_WAVES:
    'Cluster {{which}} names {{wave}}, but the manifest sets no `waves`; add `waves:` in promotion order.',
  WAVE_UNKNOWN: 'Cluster `{{cluster}}` names wave `{{wave}}`, which is not one of `waves` ({{waves}}).',
  ROLLOUT_WAVE_UNKNOWN: 'The `rollout` settings name wave `{{wave}}`, which is not {{waves}}.',
  DUPLICATE_MEMBER: 'Member `{{member}}` appears twice in cluster `{{cluster}}`.',
  INCOMPLETE_COMPONENT:
    '{{which}} needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin.',
  CHANNEL_WITHOUT_REVISION:
    '{{which}} has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.',
  REVISION_WITHOUT_CHANNEL:
    '{{which}} has a `revision` but no `channel`; add the channel (track/risk) the revision is of, so rollgate knows what to pin.',
  // A pack's checks beyond its schema.
  TRACKS_WITHOUT_VERSIONS:
    '{{which}} uses the tracks scheme, which needs `versions`: its tracks in release order.',
  ORDER_MISSING:
    'Component `{{component}}` is missing from `order`; every component has a place in the upgrade order.',
  ORDER_UNKNOWN: "`order` names `{{component}}`, which is not one of the pack's components.",
  REQUIRES_CYCLE: "The components' `requires` form a cycle ({{cycle}}); no upgrade order can satisfy it.",
  UNKNOWN_VERSION: '`{{version}}` is not a version the {{scheme}} scheme of `{{component}}` knows.',
  UNKNOWN_REFERENCE: "{{who}} `{{component}}`, which is not one of the pack's components.",
  REQUIRES_LATER_IN_ORDER:
    '`{{component}}` requires `{{other}}`, so `{{other}}` must come before it in `order`.',
  SKEW_UNKNOWN_COMPONENT:
    "`{{component}}` sets a skew against `{{other}}`, which is not one of the pack's components.",
  SKEW_SCHEMES_DIFFER:
    '`{{component}}` and `{{other}}` use different version schemes, so their skew cannot be measured.',
  UNLESS_AND_CREATES: 'Step `{{step}}` has both `unless` and `creates`; `creates` is its own `unless`.',
  STEP_NOT_ON_CONTROL:
    "Step `{{step}}` has `on: control` or `each`, which only a component's `before` and `after` steps may.",
  EXPECT_NOT_REGEX: 'Step `{{step}}` expects a `match` or `like` that is not a regular expression.',
  EXPECT_ONE_TEST:
    'Step `{{step}}` has a read-back check with {{count}} of is, has, lacks and like; give exactly one, the way the value read back is compared.',
  PARAM_NAME_TAKEN:
    'Parameter `{{param}}` has the name of a placeholder rollgate fills itself ({{placeholder}}); give it another name.',
  UNKNOWN_PLACEHOLDER: 'Step `{{step}}` uses the placeholder {{placeholder}}; the known ones are {{known}}.',
  // A manifest against its pack.
  UNKNOWN_PACK:
    "The manifest's policy `{{policy}}` names no pack in the policies directory or among rollgate's built-in packs.{{known}}",
  PACK_PATH_NOT_FOUND:
    "The manifest's policy `{{policy}}` names no pack file: a pack path is relative to the manifest and must stay inside the directory rollgate runs in.",
  BASE_UNREADABLE:
    'The base manifest {{file}} could not be read{{reason}}; the rules that compare base and head were skipped.',
  MEMBER_COUNT: 'Cluster {{cluster}} has {{size}}; a {{pack}} cluster has {{range}}.',
  UNKNOWN_COMPONENT: '{{component}} is not a component of the {{pack}} pack, which knows {{known}}.',
  VERSION_MISSING: '{{component}} needs {{needed}} for the {{pack}} pack to compare its versions.',
  UNREADABLE_VERSION:
    '{{component}} {{what}} {{version}} is not one the {{pack}} pack can read ({{scheme}}).{{known}}',
} as const;

/** A `schema` code. */
export type SchemaCode = keyof typeof SCHEMA_MESSAGES;

/** Where a bad-input finding sits, and what it is about. */
export type Place = Pick<Finding, 'file' | 'line' | 'column'> &
  Partial<Pick<Finding, 'cluster' | 'component' | 'member' | 'severity'>>;

/** A `yaml/syntax` finding of a code; yaml's own codes take yaml's words as `detail`. */
export function yamlSyntaxFinding(code: YamlSyntaxCode, place: Place, data: MessageData = {}): Finding {
  return make('yaml/syntax', code, YAML_SYNTAX_MESSAGES[code], place, data);
}

/** What the last syntax finding adds when more follow than are reported. */
export function moreSyntaxErrors(count: number): string {
  return `${count} more syntax error${count === 1 ? '' : 's'} follow, likely caused by the ones before.`;
}

/** Whether a code is one of `yaml/syntax`'s (yaml's own, or rollgate's). */
export function isYamlSyntaxCode(code: string): code is YamlSyntaxCode {
  return Object.hasOwn(YAML_SYNTAX_MESSAGES, code);
}

/** A `schema` finding of a code. */
export function schemaFinding(code: SchemaCode, place: Place, data: MessageData = {}): Finding {
  return make('schema', code, SCHEMA_MESSAGES[code], place, data);
}

/** Whether a code is one of `schema`'s. */
export function isSchemaCode(code: string): code is SchemaCode {
  return Object.hasOwn(SCHEMA_MESSAGES, code);
}

function make(
  rule: 'yaml/syntax' | 'schema',
  code: string,
  template: string,
  place: Place,
  data: MessageData,
): Finding {
  const { severity = 'error', file, line, column, ...subject } = place;
  return {
    rule,
    code,
    data,
    severity,
    message: formatMessage(template, data),
    file,
    line,
    column,
    ...subject,
  };
}
