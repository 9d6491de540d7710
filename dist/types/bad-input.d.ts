import type { Finding } from './findings.js';
import { type MessageData } from './messages.js';
/** The codes and messages of `yaml/syntax`: what keeps a file from being read as YAML 1.2 within the limits. */
export declare const YAML_SYNTAX_MESSAGES: {
    readonly ALIAS_PROPS: "The YAML does not parse: {{detail}}.";
    readonly BAD_ALIAS: "The YAML does not parse: {{detail}}.";
    readonly BAD_COLLECTION_TYPE: "The YAML does not parse: {{detail}}.";
    readonly BAD_DIRECTIVE: "The YAML does not parse: {{detail}}.";
    readonly BAD_DQ_ESCAPE: "The YAML does not parse: {{detail}}.";
    readonly BAD_INDENT: "The YAML does not parse: {{detail}}.";
    readonly BAD_PROP_ORDER: "The YAML does not parse: {{detail}}.";
    readonly BAD_SCALAR_START: "The YAML does not parse: {{detail}}.";
    readonly BLOCK_AS_IMPLICIT_KEY: "The YAML does not parse: {{detail}}.";
    readonly BLOCK_IN_FLOW: "The YAML does not parse: {{detail}}.";
    readonly IMPOSSIBLE: "The YAML does not parse: {{detail}}.";
    readonly KEY_OVER_1024_CHARS: "The YAML does not parse: {{detail}}.";
    readonly MISSING_CHAR: "The YAML does not parse: {{detail}}.";
    readonly MULTILINE_IMPLICIT_KEY: "The YAML does not parse: {{detail}}.";
    readonly MULTIPLE_ANCHORS: "The YAML does not parse: {{detail}}.";
    readonly MULTIPLE_DOCS: "The YAML does not parse: {{detail}}.";
    readonly MULTIPLE_TAGS: "The YAML does not parse: {{detail}}.";
    readonly NON_STRING_KEY: "The YAML does not parse: {{detail}}.";
    readonly RESOURCE_EXHAUSTION: "The YAML does not parse: {{detail}}.";
    readonly TAB_AS_INDENT: "The YAML does not parse: {{detail}}.";
    readonly TAG_RESOLVE_FAILED: "The YAML does not parse: {{detail}}.";
    readonly UNEXPECTED_TOKEN: "The YAML does not parse: {{detail}}.";
    readonly TOO_LARGE: 'The file is {{size}} MiB; rollgate reads at most {{limit}} MiB.';
    readonly UTF16: 'The file is UTF-16 text; rollgate reads UTF-8. Save it as UTF-8.';
    readonly NUL_BYTE: 'The file holds binary data (a NUL byte); a manifest is YAML text.';
    readonly NOT_UTF8: 'The file is not UTF-8 text: it holds bytes UTF-8 cannot read (or U+FFFD, the character that stands for them), as a file saved as Latin-1 or another legacy encoding does. Save it as UTF-8.';
    readonly TOO_DEEP: 'The YAML nests deeper than {{limit}} levels; a manifest needs far fewer.';
    readonly STACK_OVERFLOW: 'The YAML nests too deeply to read; a manifest needs far fewer than {{limit}} levels.';
    readonly UNREADABLE: 'The YAML could not be read: {{detail}}.';
    readonly DUPLICATE_KEY: 'A key appears twice in one mapping ({{detail}}); YAML readers disagree on which wins, so remove one.';
    readonly YAML_1_1: 'The file asks for YAML {{version}} with a %YAML directive; rollgate reads YAML 1.2 only, where yes/no and 010 mean what they say. Remove the directive.';
    readonly ALIAS_BOMB: 'The YAML\'s aliases expand past {{limit}} nodes, which is how an alias bomb ("billion laughs") looks; write the values out.';
    readonly ALIAS_BEFORE_ANCHOR: 'The alias *{{name}} comes before any anchor &{{name}}; set the anchor first, or write the value out.';
};
/** A `yaml/syntax` code. */
export type YamlSyntaxCode = keyof typeof YAML_SYNTAX_MESSAGES;
/** The codes and messages of `schema`: the ajv keyword that failed, or rollgate's own check a schema cannot say. */
export declare const SCHEMA_MESSAGES: {
    readonly type: "{{field}}{{where}} must be {{expected}}, not {{actual}}.";
    readonly required: '{{subject}} is missing `{{property}}`{{why}}.';
    readonly additionalProperties: '{{subject}} has an unknown field `{{property}}`; check its spelling against the {{reference}}.';
    readonly propertyNames: "{{field}}{{where}} has a name that is not allowed: {{name}}.";
    readonly pattern: "{{field}}{{where}} is {{value}}, which is not allowed: {{help}}.";
    readonly const: "{{field}}{{where}} must be {{allowed}}.";
    readonly enum: "{{field}}{{where}} must be one of {{allowed}}.";
    readonly format: "{{field}}{{where}} must be a date (YYYY-MM-DD) or an RFC 3339 date-time.";
    readonly minItems: "{{field}}{{where}} must have at least {{limit}} {{items}}.";
    readonly maxItems: "{{field}}{{where}} has more than {{limit}} entries.";
    readonly maxProperties: "{{field}}{{where}} has more than {{limit}} entries.";
    readonly uniqueItems: "{{field}}{{where}} lists the same value twice (items {{first}} and {{second}}).";
    readonly minimum: "{{field}}{{where}} must be at least {{limit}}.";
    readonly maximum: "{{field}}{{where}} must be at most {{limit}}.";
    readonly minLength: "{{field}}{{where}} {{detail}}.";
    readonly maxLength: "{{field}}{{where}} {{detail}}.";
    readonly minProperties: "{{field}}{{where}} {{detail}}.";
    readonly anyOf: "{{field}}{{where}} {{detail}}.";
    readonly oneOf: "{{field}}{{where}} {{detail}}.";
    readonly INVALID: "{{field}}{{where}} {{detail}}.";
    readonly EMPTY_FILE: 'The {{what}} is empty; it must be a mapping that starts with apiVersion: rollgate/v1.';
    readonly NUMBER_FOR_STRING: "{{field}}{{where}} is the YAML number {{written}}; write it as a string, \"{{written}}\", since YAML reads 1.10 as 1.1.";
    readonly EMPTY_NAME: "{{field}}{{where}} has an entry with an empty name (a YAML null or empty key); give it a name.";
    readonly TOO_MANY_KEYS: 'This mapping has {{keys}} keys; no mapping of a manifest or pack holds more than {{most}} (a cluster runs at most 64 components). Remove the extra keys.';
    readonly FREEZE_ENDS_BEFORE_START: 'The freeze from {{from}} to {{to}} ends before it starts.';
    readonly FREEZE_WAVE_UNKNOWN: 'A freeze names wave `{{wave}}`, which is not one of `waves` ({{waves}}); a freeze of no wave would cover nothing.';
    readonly FREEZE_CLUSTER_UNKNOWN: "A freeze names cluster `{{cluster}}`, which is not one of the fleet's clusters; a freeze of no cluster would cover nothing.";
    readonly DUPLICATE_CLUSTER: 'Cluster name `{{cluster}}` is used twice; cluster names must be unique.';
    readonly WAVE_MISSING: 'Cluster {{which}} has no `wave`; the manifest sets `waves`, so every cluster names one of {{waves}}.';
    readonly WAVE_WITHOUT_WAVES: 'Cluster {{which}} names {{wave}}, but the manifest sets no `waves`; add `waves:` in promotion order.';
    readonly WAVE_UNKNOWN: 'Cluster `{{cluster}}` names wave `{{wave}}`, which is not one of `waves` ({{waves}}).';
    readonly ROLLOUT_WAVE_UNKNOWN: 'The `rollout` settings name wave `{{wave}}`, which is not {{waves}}.';
    readonly DUPLICATE_MEMBER: 'Member `{{member}}` appears twice in cluster `{{cluster}}`.';
    readonly INCOMPLETE_COMPONENT: '{{which}} needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin.';
    readonly CHANNEL_WITHOUT_REVISION: '{{which}} has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.';
    readonly REVISION_WITHOUT_CHANNEL: '{{which}} has a `revision` but no `channel`; add the channel (track/risk) the revision is of, so rollgate knows what to pin.';
    readonly TRACKS_WITHOUT_VERSIONS: '{{which}} uses the tracks scheme, which needs `versions`: its tracks in release order.';
    readonly ORDER_MISSING: 'Component `{{component}}` is missing from `order`; every component has a place in the upgrade order.';
    readonly ORDER_UNKNOWN: "`order` names `{{component}}`, which is not one of the pack's components.";
    readonly REQUIRES_CYCLE: "The components' `requires` form a cycle ({{cycle}}); no upgrade order can satisfy it.";
    readonly UNKNOWN_VERSION: '`{{version}}` is not a version the {{scheme}} scheme of `{{component}}` knows.';
    readonly UNKNOWN_REFERENCE: "{{who}} `{{component}}`, which is not one of the pack's components.";
    readonly REQUIRES_LATER_IN_ORDER: '`{{component}}` requires `{{other}}`, so `{{other}}` must come before it in `order`.';
    readonly SKEW_UNKNOWN_COMPONENT: "`{{component}}` sets a skew against `{{other}}`, which is not one of the pack's components.";
    readonly SKEW_SCHEMES_DIFFER: '`{{component}}` and `{{other}}` use different version schemes, so their skew cannot be measured.';
    readonly UNLESS_AND_CREATES: 'Step `{{step}}` has both `unless` and `creates`; `creates` is its own `unless`.';
    readonly STEP_NOT_ON_CONTROL: "Step `{{step}}` has `on: control` or `each`, which only a component's `before` and `after` steps may.";
    readonly EXPECT_NOT_REGEX: 'Step `{{step}}` expects a `match` or `like` that is not a regular expression.';
    readonly EXPECT_ONE_TEST: 'Step `{{step}}` has a read-back check with {{count}} of is, has, lacks and like; give exactly one, the way the value read back is compared.';
    readonly PARAM_NAME_TAKEN: 'Parameter `{{param}}` has the name of a placeholder rollgate fills itself ({{placeholder}}); give it another name.';
    readonly UNKNOWN_PLACEHOLDER: 'Step `{{step}}` uses the placeholder {{placeholder}}; the known ones are {{known}}.';
    readonly UNKNOWN_PACK: "The manifest's policy `{{policy}}` names no pack in the policies directory or among rollgate's built-in packs.{{known}}";
    readonly PACK_PATH_NOT_FOUND: "The manifest's policy `{{policy}}` names no pack file: a pack path is relative to the manifest and must stay inside the directory rollgate runs in.";
    readonly BASE_UNREADABLE: 'The base manifest {{file}} could not be read{{reason}}; the rules that compare base and head were skipped.';
    readonly MEMBER_COUNT: 'Cluster {{cluster}} has {{size}}; a {{pack}} cluster has {{range}}.';
    readonly UNKNOWN_COMPONENT: '{{component}} is not a component of the {{pack}} pack, which knows {{known}}.';
    readonly VERSION_MISSING: '{{component}} needs {{needed}} for the {{pack}} pack to compare its versions.';
    readonly UNREADABLE_VERSION: '{{component}} {{what}} {{version}} is not one the {{pack}} pack can read ({{scheme}}).{{known}}';
};
/** A `schema` code. */
export type SchemaCode = keyof typeof SCHEMA_MESSAGES;
/** Where a bad-input finding sits, and what it is about. */
export type Place = Pick<Finding, 'file' | 'line' | 'column'> & Partial<Pick<Finding, 'cluster' | 'component' | 'member' | 'severity'>>;
/** A `yaml/syntax` finding of a code; yaml's own codes take yaml's words as `detail`. */
export declare function yamlSyntaxFinding(code: YamlSyntaxCode, place: Place, data?: MessageData): Finding;
/** What the last syntax finding adds when more follow than are reported. */
export declare function moreSyntaxErrors(count: number): string;
/** Whether a code is one of `yaml/syntax`'s (yaml's own, or rollgate's). */
export declare function isYamlSyntaxCode(code: string): code is YamlSyntaxCode;
/** A `schema` finding of a code. */
export declare function schemaFinding(code: SchemaCode, place: Place, data?: MessageData): Finding;
/** Whether a code is one of `schema`'s. */
export declare function isSchemaCode(code: string): code is SchemaCode;
