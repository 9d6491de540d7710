import type { DatasourceId } from '../datasource/types.js';
import type { RuleId, SeveritySetting } from '../findings.js';
/** Which version scheme orders a component's versions. */
export type SchemeName = 'semver' | 'tracks' | 'calver';
/** Where a component's comparable version is read from: its channel's track, or its `version`. */
export type VersionSource = 'track' | 'version';
/** How a component's versions are ordered and named. */
export interface Versioning {
    scheme: SchemeName;
    source: VersionSource;
    /** tracks: the tracks in release order. semver, calver: versions the pack knows, for upgrade paths. */
    versions?: string[];
    /** Versions that carry a tag (`lts`, `slurp`), for `jump.skip`. calver derives `slurp` (YYYY.1) itself. */
    tags?: Record<string, string[]>;
    /** tracks: the family of each track, for skew/major; semver and calver derive the major. */
    families?: Record<string, string>;
}
/** How far one upgrade may go. */
export interface JumpPolicy {
    /** The largest step: minor versions (semver), tracks (tracks), releases (calver). */
    max: number;
    /** Also allowed: from a version with this tag straight to the next version with it (LTS to LTS, SLURP to SLURP). */
    skip?: string;
    /** Whether an in-place upgrade may change the major version or track family. */
    major: 'allow' | 'forbid';
    /** Narrower steps for some moves (MicroShift: none out of a preview release, one minor to 4.14 or 4.15). */
    limits?: JumpLimit[];
}
/** Where `from` and `to` match (a version or range; absent: any), one upgrade goes at most `max` steps (0: none). */
export interface JumpLimit {
    from?: string;
    to?: string;
    max: number;
    /** Why, for the finding: the vendor's words. */
    note: string;
}
/** A version past its end of life. */
export interface EndOfLife {
    version: string;
    date: string;
    note?: string;
}
/** A version, channel or revision the vendor has pulled or warned about. */
export interface Blocked {
    version?: string;
    channel?: string;
    revision?: number;
    reason: string;
}
/** Versions of other components that a version needs. */
export interface Requirement {
    /** The version (or semver range) of this component that has the requirement. */
    version: string;
    /** For each other component, the versions (or ranges) that go with it. */
    needs: Record<string, string[]>;
}
/** How far this component may sit from another in one cluster, in scheme steps. */
export interface ComponentSkew {
    of: string;
    /** At most this many steps newer than `of` (0: never newer). */
    newer: number;
    /** At most this many steps older than `of`. */
    older: number;
    /**
     * Also allowed: this component on a version with this tag while `of` runs the next version with it (OpenStack's
     * nodes on the previous SLURP release while the controllers run the next one).
     */
    skip?: string;
}
/**
 * When a step applies to a member: by its workload (live, manual, skip), by its store (proxy, direct), always,
 * or by its place in the stage: `first` only on the stage's first member (the one command that starts an
 * application-wide refresh: `juju refresh`, `kubeadm upgrade apply`), `later` on every member after it. By the
 * state the member is taken to: `held` where it declares `hold: true`, `unheld` where `hold: false`, `cohort` where
 * it declares `cohort: true`, `no-cohort` where it does not, `joins-cohort` where it does and its base does not (the
 * cohort is joined once).
 */
export type StepCondition = 'live' | 'manual' | 'skip' | 'proxy' | 'direct' | 'always' | 'first' | 'later' | 'held' | 'unheld' | 'cohort' | 'no-cohort' | 'joins-cohort';
/**
 * A read-back check of a step's output: the first line `match` (an extended regular expression, placeholders filled
 * and escaped) finds, its last group (no such line reads as empty), compared: equal to `is`, holding `has` (or not
 * `lacks`) among its comma-separated items, or equal to what `like` (another expression) finds in the same output.
 */
export interface Expectation {
    /** What is compared, in the words of the failure (`nova-compute on {member}`, `{component} revision`). */
    what: string;
    match: string;
    is?: string;
    has?: string;
    lacks?: string;
    like?: string;
    /** Where the check applies, as a step's `when` (`held`: only where the pin declares a hold). */
    when?: StepCondition | StepCondition[];
}
/** One command of a rollout: an argv whose `{placeholders}` are filled with validated values and quoted. */
export interface StepSpec {
    name: string;
    run: string[];
    /** When the step applies; a list applies where every condition holds. */
    when?: StepCondition | StepCondition[];
    /**
     * Where the command runs: on the member through the transport (default), or on the runner itself; in a
     * component's `before` and `after`, `control` runs it on each of the cluster's control members in turn.
     */
    on?: 'member' | 'runner' | 'control';
    /**
     * In a component's `before` and `after`: the step runs once for each member the stage moves, filled with that
     * member's values and kept or dropped by its `when` (MOSK's workload annotations on every node before the update).
     */
    each?: 'member';
    /** The step fails unless its output reads as each expectation says (a service's state is `up`). */
    expect?: Expectation[];
    /**
     * A health check or a wait on state: run again every `every` until it succeeds, for at most `timeout` (`90s`,
     * `10m`, `2h`); the stage stops when it never does.
     */
    retry?: {
        timeout: string;
        every: string;
    };
    /**
     * Runs only on a member where this command (placeholders filled, always run on the member through the transport)
     * succeeds: a node without the service the step is about (a storage node's nova-compute) passes over it.
     */
    onlyIf?: string[];
    /** Passed over where this command (placeholders filled, run where the step runs) succeeds: what is done stays done on a rerun. */
    unless?: string[];
    /**
     * The file the step leaves on its host (a dump, a snapshot): the step is passed over where it exists, so a rerun
     * never redoes or overwrites it, and rollback.json names it.
     */
    creates?: string;
    /** For a `manual` member, the approval gate comes right before this step, not before the member's first step. */
    gate?: 'before';
    /** The step reboots the member: it never runs on the machine that then waits for the member to come back. */
    reboots?: boolean;
    /** How long the step usually takes, in seconds (the plan's least time adds these up); absent counts as 0. */
    estimate?: number;
}
/**
 * A step of the pack's `first` or `finally`: about the whole cluster. `needs` runs it only where the cluster runs one
 * of the listed versions of each named component (as `requires` lists them): its base before the first stage and
 * after a rollback, its head after the last stage. (`microcloud status` arrived in MicroCloud 2.)
 */
export interface ClusterStepSpec extends StepSpec {
    needs?: Record<string, string[]>;
}
/** How a component is rolled out across a cluster's members. */
export interface ComponentRollout {
    strategy: 'serial' | 'parallel';
    /** The members the stage runs on, by role (kube-apiserver: control); absent: every member. */
    roles?: Array<'control' | 'worker'>;
    /** Steps once at the start of the stage (backup, pre-refresh check). */
    before?: StepSpec[];
    /** Steps for each member, in order (evacuate, refresh, health, restore). */
    member: StepSpec[];
    /** Steps once at the end of the stage. */
    after?: StepSpec[];
    /** Steps for each member that take it back to its base pin; default: `member` with the base pins. */
    rollback?: StepSpec[];
    /**
     * Going back to a lower version (what check calls skew/downgrade): `supported: true` only where the vendor names
     * it as its rollback (charmed-etcd's refresh back to the original revision), with its words; otherwise the
     * statement a rollback plan gives instead of commands (the vendor's recovery pointer). Absent: not supported.
     */
    downgrade?: {
        supported: true;
        note: string;
    } | {
        supported: false;
        statement: string;
    };
}
/** One component of a system. */
export interface ComponentPolicy {
    description?: string;
    /** Where this component's revisions are looked up, when not the pack's `datasource`. */
    datasource?: DatasourceId;
    versioning: Versioning;
    jump?: JumpPolicy;
    /** Allowed channel risks; absent: any. */
    risks?: string[];
    hold?: 'required' | 'optional';
    cohort?: 'required' | 'optional';
    eol?: EndOfLife[];
    blocked?: Blocked[];
    requires?: Requirement[];
    skew?: ComponentSkew[];
    rules?: Partial<Record<RuleId, SeveritySetting>>;
    rollout?: ComponentRollout;
}
/** Rollout settings for the whole system. */
export interface PackRollout {
    /** Default approval gate: after the first member, after all, or none. */
    pauseAfterMember?: 'first' | 'all' | 'none';
    /**
     * How the planner pins revisions: `snap` (default) sets a store proxy's override before a stage, or writes
     * `snap refresh --revision` lines for clusters without a proxy; `none` leaves pinning to the pack's own steps
     * (a charm's revision is `juju refresh --revision`, not a snap's).
     */
    pins?: 'snap' | 'none';
    /** Steps once at the end of a cluster's last stage (a final status check). */
    finally?: ClusterStepSpec[];
    /** Whether a rollback plan exists; where not, the plain statement rollback.json carries. */
    rollback?: {
        supported: true;
    } | {
        supported: false;
        statement: string;
    };
    /** Steps at the start of a cluster's first stage (backups). */
    first?: ClusterStepSpec[];
}
/** A cluster field a pack's steps use as a placeholder. */
export interface PackParam {
    description: string;
    /** The value where the cluster sets none (the application's usual name); absent: the cluster must set it. */
    default?: string;
}
/** A policy pack: a system's upgrade rules, as data. */
export interface Pack {
    apiVersion: 'rollgate/v1';
    kind: 'PolicyPack';
    name: string;
    description?: string;
    /** Where the components' revisions are looked up (`rollgate bump --to CHANNEL`, `rollgate update`). */
    datasource?: DatasourceId;
    /** Where the rules come from. */
    sources?: string[];
    /** The upgrade order of components. */
    order: string[];
    /**
     * Whether every change keeps `order` (OpenStack's services): the planner never moves a component before one the
     * order puts first, and no component may run a newer release than one before it. Absent or false: the order is a
     * default the planner leaves when the pack's skew or `requires` need another (Kubernetes' lagging kubelets).
     */
    strictOrder?: boolean;
    /** How many members a cluster has at least and at most (MicroShift: exactly 1). */
    members?: {
        min?: number;
        max?: number;
    };
    /** Default severities; rules not named here are `error`. */
    rules?: Partial<Record<RuleId, SeveritySetting>>;
    /**
     * Cluster fields the pack's steps need (`{model}`, `{application}` for charmed-etcd), set per cluster in the
     * manifest's `params`; one without a default is required by `rollgate plan`, never by `check`.
     */
    params?: Record<string, PackParam>;
    components: Record<string, ComponentPolicy>;
    rollout?: PackRollout;
}
/** A pack with where it was loaded from. */
export interface LoadedPack {
    pack: Pack;
    /** The file it was read from, relative to where the check runs, or `builtin:<name>`. */
    file: string;
    /** The file's text, so a change to it can be seen. */
    text: string;
}
