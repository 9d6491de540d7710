import type { Finding, RuleId, Severity, SeveritySetting } from '../findings.js';
import { type Cluster, type Member, memberState } from '../manifest/fleet.js';
import { keyPositionOf, positionOf } from '../manifest/positions.js';
import type { Observed } from '../observe/types.js';
import { comparableVersion } from '../policy/comparable.js';
import type { Policy } from '../policy/pack.js';
import { RULES } from '../rules/index.js';
import {
  type Change,
  formatMessage,
  type Judged,
  type PolicyChange,
  type Report,
  type Rule,
  type RuleContext,
} from '../rules/types.js';
import { statesOf } from './states.js';

/** What a finding is about, to find the base's finding on the same: its rule and code, cluster, member and component. */
export function subjectKey(
  rule: string,
  code: string | undefined,
  subject: { cluster?: string; member?: string; component?: string },
): string {
  return `${rule}\u0000${code ?? ''}\u0000${subject.cluster ?? ''}\u0000${subject.member ?? ''}\u0000${subject.component ?? ''}`;
}

/** How rules run beyond the change itself. */
export interface RunOptions {
  /** Collect only the subjects of the findings here (no positions, no messages). */
  subjects?: Set<string>;
  /** The fleet as observed, for the rules that compare with it. */
  observed?: Observed;
  /** Run only these rules (all when absent). */
  only?: ReadonlySet<string>;
}

/**
 * Runs every rule of the registry over the change, each finding at the severity the pack sets for it. With
 * `subjects`, only the subjects of the findings are collected there (no positions, no messages): the base's, to tell
 * which of the head's findings the change brought, at little cost.
 */
export function runRules(
  head: Judged,
  base: Judged | undefined,
  policy: Policy,
  changes: Change[],
  policyChanges: PolicyChange[],
  now: Date,
  { subjects, observed, only }: RunOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const baseClusters = new Map(base?.fleet.clusters.map((c) => [c.name, c]) ?? []);
  const baseMembers = new Map<Cluster, Map<string, Member>>();
  for (const rule of RULES as readonly Rule<RuleId>[]) {
    if (!rule.check || (only && !only.has(rule.id))) continue;
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
      ...(observed ? { observed } : {}),
      baseCluster: (name) => baseClusters.get(name),
      baseState(at) {
        const before = baseClusters.get(at.cluster.name);
        if (!before) return undefined;
        if (!at.member) return before.components[at.component];
        // Members by name, indexed once per base cluster: a search per state is pairwise at 100,000 members.
        let members = baseMembers.get(before);
        if (!members) {
          members = new Map();
          for (const member of before.members)
            if (!members.has(member.name)) members.set(member.name, member);
          baseMembers.set(before, members);
        }
        const member = members.get(at.member.name);
        return member ? memberState(before, member, at.component) : undefined;
      },
      component: (name) =>
        Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : undefined,
      scheme: (name) => policy.schemes.get(name),
      versionOf: (component, state) => comparableVersion(policy, component, state),
      states: statesOf,
      report(finding: Report) {
        const setting = configured(finding.component);
        if (setting === 'off') return;
        if (subjects) {
          subjects.add(subjectKey(rule.id, finding.messageId, finding));
          return;
        }
        const severity: Severity = setting;
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
          ...(finding.introduced !== undefined ? { introduced: finding.introduced } : {}),
        });
      },
    };
    rule.check(context);
  }
  return findings;
}
