import { type SchemaCode, schemaFinding } from './bad-input.js';
import {
  compareFindings,
  type Finding,
  RollgateError,
  type RuleId,
  type Severity,
  type SeveritySetting,
} from './findings.js';
import {
  type Cluster,
  type ComponentState,
  describeState,
  type Fleet,
  type LoadedManifest,
  loadManifest,
  manifestPaths,
  sameRun,
} from './manifest/fleet.js';
import { keyPositionOf, positionOf } from './manifest/positions.js';
import { loadPack, type Policy } from './policy/pack.js';
import { RULES } from './rules/index.js';
import {
  type Change,
  formatMessage,
  type Judged,
  type PolicyChange,
  type Report,
  type Rule,
  type RuleContext,
  type StateAt,
} from './rules/types.js';

/** A file's name and text, as an adapter read it from disk or git. */
export interface TextFile {
  file: string;
  text: string;
}

/** Finds a pack's text by the name (or relative path) a manifest gives; undefined when there is none. */
export type PackResolver = (
  nameOrPath: string,
  manifestFile: string,
) => Promise<TextFile | undefined> | TextFile | undefined;

/** What a check judges. */
export interface CheckInput {
  head: TextFile;
  base?: TextFile;
  /** Resolves the pack that judges: the base's packs when there is a base ref. */
  resolvePack: PackResolver;
  /**
   * The packs the change edits, with their head text (absent when removed), for policy/changed and their schema; or
   * a function that finds them once the manifests are parsed, from the `policy` each names (parsed, so however the
   * key is written: quoted, anchored, in a flow mapping).
   */
  policyChanges?: EditedPacks | ((named: NamedPolicies) => Promise<EditedPacks>);
  /** The moment freezes and end-of-life dates are judged at. */
  now: Date;
  /** The names of the packs that exist, for the message when the manifest names none of them. */
  knownPacks?: string[];
}

/** Packs a change edits, with their head text (absent when removed). */
export type EditedPacks = Array<PolicyChange & { text?: string }>;

/** The `policy` values the head and (when it parsed) the base manifest name. */
export interface NamedPolicies {
  head: string;
  base?: string;
}

/** The outcome of a check: the verdict, the changes, the findings, and what a planner needs next. */
export interface CheckResult {
  ok: boolean;
  summary: { errors: number; warnings: number };
  changes: Change[];
  findings: Finding[];
  head: LoadedManifest;
  base?: LoadedManifest;
  policy?: Policy;
}

/** Judges a head manifest (against a base, when given) by its pack's rules. Throws only when it cannot run. */
export async function check(input: CheckInput): Promise<CheckResult> {
  const head = loadManifest(input.head.text, input.head.file);
  // A base differs from its head in a few clusters: what is written the same is not parsed twice.
  const base = input.base
    ? loadManifest(input.base.text, input.base.file, head.source ? { known: head.source } : {})
    : undefined;
  const findings: Finding[] = [...head.findings];
  if (!head.fleet || !head.source || head.findings.length > 0) {
    return finish({ findings, changes: [], head, ...(base ? { base } : {}) });
  }
  const baseUsable = base?.fleet && base.source && base.findings.length === 0;
  if (base && !baseUsable) {
    const first = base.findings[0];
    findings.push(
      schemaFinding(
        'BASE_UNREADABLE',
        { file: head.file, line: 1, column: 1, severity: 'warning' },
        { file: base.file, reason: first ? ` (line ${first.line}: ${first.message})` : '' },
      ),
    );
  }
  const judgedHead: Judged = { fleet: head.fleet, source: head.source };
  const judgedBase: Judged | undefined = baseUsable
    ? { fleet: base.fleet as Fleet, source: base.source as NonNullable<LoadedManifest['source']> }
    : undefined;
  const policyName = judgedBase?.fleet.policy ?? head.fleet.policy;
  const packFile = await input.resolvePack(
    policyName,
    judgedBase ? (base as LoadedManifest).file : head.file,
  );
  if (!packFile) {
    const { line, column } = positionOf(head.source, ['policy']);
    const known = input.knownPacks?.length ? ` The packs there are: ${input.knownPacks.join(', ')}.` : '';
    findings.push(
      schemaFinding(
        /\.ya?ml$/.test(policyName) ? 'PACK_PATH_NOT_FOUND' : 'UNKNOWN_PACK',
        { file: head.file, line, column },
        { policy: policyName, known },
      ),
    );
    return finish({ findings, changes: [], head, ...(base ? { base } : {}) });
  }
  const loaded = loadPack(packFile.text, packFile.file);
  if (!loaded.policy) {
    const first = loaded.findings[0];
    throw new RollgateError(
      `The policy pack ${packFile.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${printable(first.message)}` : '.'}`,
    );
  }
  const policy = loaded.policy;
  const policyChanges =
    typeof input.policyChanges === 'function'
      ? await input.policyChanges({
          head: head.fleet.policy,
          ...(base?.fleet ? { base: base.fleet.policy } : {}),
        })
      : (input.policyChanges ?? []);
  for (const change of policyChanges) {
    if (change.text === undefined) continue;
    findings.push(...loadPack(change.text, change.file).findings);
  }
  findings.push(...checkAgainstPack(judgedHead, policy));
  const changes = judgedBase ? diffFleets(judgedBase.fleet, judgedHead.fleet) : [];
  findings.push(...runRules(judgedHead, judgedBase, policy, changes, policyChanges, input.now));
  return finish({ findings, changes, head, ...(base ? { base } : {}), policy });
}

function finish(result: Omit<CheckResult, 'ok' | 'summary'>): CheckResult {
  result.findings.sort(compareFindings);
  let errors = 0;
  let warnings = 0;
  for (const finding of result.findings) {
    finding.message = printable(finding.message);
    if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return { ok: errors === 0, summary: { errors, warnings }, ...result };
}

/**
 * Text that quotes a manifest or pack, made safe to print: control, line-breaking and bidirectional characters
 * are written as \\u escapes, so a message cannot drive a terminal, start a new log line or reorder what a reader sees.
 */
export function printable(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to write as escapes.
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The version a component's state carries, read where its pack says (the channel's track, or `version`). */
export function comparableVersion(
  policy: Policy,
  component: string,
  state: ComponentState | undefined,
): string | undefined {
  if (!state) return undefined;
  const spec = Object.hasOwn(policy.pack.components, component)
    ? policy.pack.components[component]
    : undefined;
  if (!spec) return undefined;
  const raw = spec.versioning.source === 'track' ? state.channel?.split('/')[0] : state.version;
  if (raw === undefined) return undefined;
  return policy.schemes.get(component)?.isValid(raw) ? raw : undefined;
}

/** Every component state a fleet writes: each cluster's, and each member override. */
export function* statesOf(fleet: Fleet): Generator<StateAt> {
  for (const cluster of fleet.clusters) {
    for (const [component, state] of Object.entries(cluster.components)) {
      yield { cluster, component, state, path: manifestPaths.component(cluster, component) };
    }
    for (const member of cluster.members) {
      if (!member.overrides) continue;
      for (const [component, own] of Object.entries(member.overrides)) {
        const shared = cluster.components[component];
        yield {
          cluster,
          member,
          component,
          state: shared ? { ...shared, ...own } : own,
          path: manifestPaths.memberComponent(cluster, member, component),
        };
      }
    }
  }
}

/** Components the pack does not know, versions its schemes cannot read, and clusters of the wrong size. */
function checkAgainstPack(head: Judged, policy: Policy): Finding[] {
  const findings: Finding[] = [];
  const pack = policy.pack;
  const report = (
    path: (string | number)[],
    code: SchemaCode,
    data: Record<string, string>,
    subject: Pick<Finding, 'cluster' | 'component' | 'member'>,
  ) => {
    const { line, column } = keyPositionOf(head.source, path);
    findings.push(schemaFinding(code, { file: head.source.file, line, column, ...subject }, data));
  };
  for (const cluster of head.fleet.clusters) {
    const size = cluster.members.length;
    if (
      (pack.members?.min !== undefined && size < pack.members.min) ||
      (pack.members?.max !== undefined && size > pack.members.max)
    ) {
      const range =
        pack.members.min === pack.members.max
          ? `exactly ${pack.members.min}`
          : `${pack.members.min ?? 1} to ${pack.members.max ?? 'any number of'}`;
      report(
        [...manifestPaths.cluster(cluster), 'members'],
        'MEMBER_COUNT',
        { cluster: cluster.name, size: `${size} member${size === 1 ? '' : 's'}`, pack: pack.name, range },
        { cluster: cluster.name },
      );
    }
  }
  for (const at of statesOf(head.fleet)) {
    const subject = {
      cluster: at.cluster.name,
      component: at.component,
      ...(at.member ? { member: at.member.name } : {}),
    };
    const spec = Object.hasOwn(pack.components, at.component) ? pack.components[at.component] : undefined;
    if (!spec) {
      report(
        at.path,
        'UNKNOWN_COMPONENT',
        { component: at.component, pack: pack.name, known: pack.order.join(', ') },
        subject,
      );
      continue;
    }
    const source = spec.versioning.source;
    const raw = source === 'track' ? at.state.channel?.split('/')[0] : at.state.version;
    if (raw === undefined) {
      report(
        at.path,
        'VERSION_MISSING',
        {
          component: at.component,
          needed: source === 'track' ? 'a `channel` (track/risk)' : 'a `version`',
          pack: pack.name,
        },
        subject,
      );
      continue;
    }
    if (!policy.schemes.get(at.component)?.isValid(raw)) {
      const known =
        spec.versioning.scheme === 'tracks'
          ? ` It knows ${(spec.versioning.versions ?? []).join(', ')}.`
          : '';
      report(
        at.path,
        'UNREADABLE_VERSION',
        {
          component: at.component,
          what: source === 'track' ? 'track' : 'version',
          version: raw,
          pack: pack.name,
          scheme: spec.versioning.scheme,
          known,
        },
        subject,
      );
    }
  }
  return findings;
}

/** The changes from base to head: per cluster and component, and per member whose own state moves differently. */
export function diffFleets(base: Fleet, head: Fleet): Change[] {
  const changes: Change[] = [];
  const baseClusters = new Map(base.clusters.map((c) => [c.name, c]));
  for (const cluster of head.clusters) {
    const before = baseClusters.get(cluster.name);
    const names = new Set([...Object.keys(before?.components ?? {}), ...Object.keys(cluster.components)]);
    for (const component of names) {
      const fromState = before?.components[component];
      const toState = cluster.components[component];
      if (!sameRun(fromState, toState))
        changes.push(change(cluster.name, component, undefined, fromState, toState));
    }
    // Only members with an override, in base or head, can move differently from their cluster.
    const baseOverriding = new Map(
      (before?.members ?? []).filter((m) => m.overrides).map((m) => [m.name, m]),
    );
    for (const member of cluster.members) {
      const beforeMember = baseOverriding.get(member.name);
      if (!member.overrides && !beforeMember) continue;
      const overridden = new Set([
        ...Object.keys(member.overrides ?? {}),
        ...Object.keys(beforeMember?.overrides ?? {}),
      ]);
      for (const component of overridden) {
        const fromState = before
          ? merged(before, beforeMember?.overrides?.[component], component)
          : undefined;
        const toState = merged(cluster, member.overrides?.[component], component);
        const clusterFrom = before?.components[component];
        const clusterTo = cluster.components[component];
        if (sameRun(fromState, toState)) continue;
        if (sameRun(fromState, clusterFrom) && sameRun(toState, clusterTo)) continue;
        changes.push(change(cluster.name, component, member.name, fromState, toState));
      }
    }
  }
  return changes;
}

function merged(
  cluster: Cluster,
  own: ComponentState | undefined,
  component: string,
): ComponentState | undefined {
  const shared = cluster.components[component];
  if (!own) return shared;
  return shared ? { ...shared, ...own } : own;
}

function change(
  cluster: string,
  component: string,
  member: string | undefined,
  fromState?: ComponentState,
  toState?: ComponentState,
): Change {
  return {
    cluster,
    component,
    ...(member ? { member } : {}),
    from: fromState ? describeState(fromState) : null,
    to: toState ? describeState(toState) : null,
    ...(fromState ? { fromState } : {}),
    ...(toState ? { toState } : {}),
  };
}

function runRules(
  head: Judged,
  base: Judged | undefined,
  policy: Policy,
  changes: Change[],
  policyChanges: PolicyChange[],
  now: Date,
): Finding[] {
  const findings: Finding[] = [];
  const baseClusters = new Map(base?.fleet.clusters.map((c) => [c.name, c]) ?? []);
  for (const rule of RULES as readonly Rule<RuleId>[]) {
    if (!rule.check) continue;
    const configured = (component?: string): SeveritySetting => {
      const own =
        component && Object.hasOwn(policy.pack.components, component)
          ? policy.pack.components[component]?.rules?.[rule.id]
          : undefined;
      return own ?? policy.pack.rules?.[rule.id] ?? rule.severity;
    };
    const context: RuleContext = {
      head,
      ...(base ? { base } : {}),
      policy,
      now,
      changes,
      policyChanges,
      baseCluster: (name) => baseClusters.get(name),
      component: (name) =>
        Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : undefined,
      scheme: (name) => policy.schemes.get(name),
      versionOf: (component, state) => comparableVersion(policy, component, state),
      states: statesOf,
      report(finding: Report) {
        const setting = configured(finding.component);
        if (setting === 'off') return;
        const severity: Severity = finding.soften ? 'warning' : setting;
        const position = finding.at ?? {
          file: head.source.file,
          ...(finding.atKey
            ? keyPositionOf(head.source, finding.path)
            : positionOf(head.source, finding.path)),
        };
        const template = rule.messages[finding.messageId];
        if (template === undefined) throw new Error(`${rule.id} has no message ${finding.messageId}.`);
        findings.push({
          rule: rule.id,
          code: finding.messageId,
          ...(finding.data ? { data: finding.data } : {}),
          severity,
          message: formatMessage(template, finding.data),
          file: position.file,
          line: position.line,
          column: position.column,
          ...(finding.cluster !== undefined ? { cluster: finding.cluster } : {}),
          ...(finding.component !== undefined ? { component: finding.component } : {}),
          ...(finding.member !== undefined ? { member: finding.member } : {}),
        });
      },
    };
    rule.check(context);
  }
  return findings;
}
