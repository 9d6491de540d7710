import type { Finding, Severity } from '../findings.js';
import type { Cluster, ComponentState, Fleet, Member } from '../manifest/fleet.js';
import type { PathSegment, SourceFile } from '../manifest/source.js';
import type { MessageData } from '../messages.js';
import type { Observed } from '../observe/types.js';
import type { Policy } from '../policy/pack.js';
import type { VersionScheme } from '../policy/schemes/index.js';
import type { ComponentPolicy } from '../policy/types.js';
/** A version change of one component in one cluster, or in one member that differs from its cluster. */
export interface Change {
    cluster: string;
    component: string;
    member?: string;
    /** What runs now, in one line; null when the component is new here. */
    from: string | null;
    /** What will run, in one line; null when the component is removed. */
    to: string | null;
    fromState?: ComponentState;
    toState?: ComponentState;
}
/** A manifest that loaded, with its fleet. */
export interface Judged {
    fleet: Fleet;
    source: SourceFile;
}
/** What a finding is about and where; the engine adds the file, line, column, severity and the message's text. */
export interface Report<MessageId extends string = string> {
    /** Which of the rule's `messages` says it; the finding's `code`. */
    messageId: MessageId;
    data?: MessageData;
    path: PathSegment[];
    /** Point at the key of the entry (`lxd:`) rather than its value. */
    atKey?: boolean;
    cluster?: string;
    component?: string;
    member?: string;
    /**
     * Whether the change brought it, when the rule knows: true for a finding about a move the change makes (a state it
     * moves to, a component it moves away), which is the change's own even when the base had one on the same subject;
     * false when the base ran the very same thing there. Absent, the engine compares it with the base's findings on
     * the same subject (rule, code, cluster, member, component). Findings about changes are the change's own anyway:
     * the base, judged alone, has none.
     */
    introduced?: boolean;
    /** A place in another file than the head manifest (a pack the change edits). */
    at?: {
        file: string;
        line: number;
        column: number;
    };
}
/** A policy pack that the change edits, or the manifest's `policy` moving to another pack. */
export interface PolicyChange {
    /** The pack file, as the report names it. */
    file: string;
    /** The first line the change touches, when known. */
    line?: number;
    what: 'edited' | 'added' | 'removed' | 'renamed';
}
/** Everything a rule may read, and the one way it reports. */
export interface RuleContext<MessageId extends string = string> {
    head: Judged;
    base?: Judged;
    policy: Policy;
    now: Date;
    changes: Change[];
    /** The packs the change edits (from git), for policy/changed. */
    policyChanges: PolicyChange[];
    /** What the members were observed to run (rollgate observe), when check was given it. */
    observed?: Observed;
    /** The base cluster of the same name, when there is a base and it has one. */
    baseCluster(name: string): Cluster | undefined;
    /** What the base runs where a head state is written (the member's state, for a member's); none without a base. */
    baseState(at: StateAt): ComponentState | undefined;
    /** The pack's policy for a component, when the pack has it. */
    component(name: string): ComponentPolicy | undefined;
    /** The scheme of a component, when the pack has it. */
    scheme(name: string): VersionScheme | undefined;
    /** The comparable version of a state (a track or a version), when it has one the scheme reads. */
    versionOf(component: string, state: ComponentState | undefined): string | undefined;
    /** Every state the head runs of each component: the cluster's, and each member's that differs. */
    states(fleet: Fleet): Iterable<StateAt>;
    report(finding: Report<MessageId>): void;
}
/** One component state and where it is written. */
export interface StateAt {
    cluster: Cluster;
    member?: Member;
    component: string;
    state: ComponentState;
    path: PathSegment[];
}
/**
 * A rule: its id, what it checks, its default severity, its messages (typescript-eslint's `meta.messages`: text
 * with `{{placeholders}}`, keyed by the message id a finding carries as its `code`), and a pure function of the context.
 */
export interface Rule<Id extends string = string, MessageId extends string = string> {
    id: Id;
    /** One line: what the rule reports. The docs' rules table and the policy schema are written from it. */
    description: string;
    severity: Severity;
    messages: Readonly<Record<MessageId, string>>;
    /** Absent for the rules the loaders apply (yaml/syntax, schema). */
    check?(context: RuleContext<MessageId>): void;
}
/** Declares a rule; the one place its id, description, default severity, messages and check live together. */
export declare function defineRule<const Id extends string, const MessageId extends string>(rule: Rule<Id, MessageId>): Rule<Id, MessageId>;
export { formatMessage, type MessageData } from '../messages.js';
export type { Finding };
