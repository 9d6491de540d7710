import type { Member } from '../manifest/fleet.js';
import type { PlanSchedule } from './graph.js';
/** What a member is pinned to for one component: a channel and revision (snaps), or a version, or both. */
export interface Pin {
    channel?: string;
    revision?: number;
    version?: string;
    /** Where the manifest declares it: the snap is held (`snap refresh --hold`), or not. */
    hold?: boolean;
    /** Where the manifest declares it: the snap is in a cohort (`--cohort="+"`), or not. */
    cohort?: boolean;
}
/** A read-back check of a step's output, filled: what `match` finds must equal `is`, hold `has`, lack `lacks`, or equal what `like` finds. */
export interface PlannedExpectation {
    what: string;
    match: string;
    is?: string;
    has?: string;
    lacks?: string;
    like?: string;
}
/** One command of a stage, with its placeholders filled and nothing left to interpret. */
export interface PlannedStep {
    name: string;
    run: string[];
    /** member: on `host` through the transport; proxy: on the cluster's store proxy through the transport; runner: on the runner. */
    on: 'member' | 'proxy' | 'runner';
    /** The member or proxy the step runs on; null on the runner. */
    host: string | null;
    /** Run again every `every` seconds until it succeeds, at most `attempts` times in all. */
    retry?: {
        attempts: number;
        every: number;
    };
    /** Run only where this command, run on `host` (the member, also for a step on the runner), succeeds. */
    onlyIf?: {
        host: string;
        run: string[];
    };
    /** Passed over where this command, run where the step runs, succeeds. */
    unless?: string[];
    /** The file the step leaves and never overwrites (a backup), which rollback.json names. */
    creates?: string;
    /** A manual member's approval gate comes right before this step. */
    gate?: 'before';
    /** Read-back: the step fails unless its output reads as each of these says (placeholders filled). */
    expect?: PlannedExpectation[];
    /** The step reboots the member (so it never runs on the machine that waits for it). */
    reboots?: true;
}
/** A member a stage moves, with its pins before and after and its steps in order. */
export interface PlannedMember {
    name: string;
    role: Member['role'];
    workload: Member['workload'];
    /** The pin it runs now (the base); null when the base does not have it. */
    from: Pin | null;
    to: Pin;
    steps: PlannedStep[];
}
/** A run of members that one GitHub job carries out; a part with approval waits for a reviewer before it starts. */
export interface StagePart {
    part: number;
    members: string[];
    approval: boolean;
    /** Why the part waits, for the reviewer; null without approval. */
    reason: string | null;
    /**
     * A member whose approval gate sits inside its steps (a step with `gate: before`) is cut in two: `until` on the
     * part that runs its steps before the gate (step index, exclusive), `resume` on the next part, which runs the rest.
     */
    until?: {
        member: string;
        step: number;
    };
    resume?: {
        member: string;
        step: number;
    };
}
/** One component of one cluster, moved member by member (serial) or on all members at once (parallel). */
export interface Stage {
    /** `NN-cluster-component`: sorts in plan order, safe as a file name. */
    id: string;
    wave: string | null;
    cluster: string;
    component: string;
    /**
     * The stages this one waits for, by id (forward stages; absent on rollback stages, which go one after another): the
     * stage before it in its cluster; for a cluster's first stage, the last stage of the cluster before it in its lane
     * (`rollout.parallel` lanes per wave), or for the first cluster of a lane, the lane ends of the wave before.
     */
    needs?: string[];
    /** What the stage's members run now, in one line (several, comma-separated, when they differ). */
    from: string | null;
    to: string;
    /**
     * Present on a stage that moves before one the pack's order puts first, and why: in the pack's order a state between
     * base and head would break the pack's skew or `requires` (kubelets four minor versions behind kube-apiserver).
     */
    orderReason?: string;
    strategy: 'serial' | 'parallel';
    proxy: string | null;
    /** The runs-on labels of the runner that carries the stage out; null: the workflow's default. */
    runner: string[] | null;
    gate: 'none' | 'approval';
    pauseAfterMember: 'first' | 'all' | 'none';
    /** The pack's health check after each member (its `health` step), as the pack writes it; null when it has none. */
    health: string[] | null;
    /** How long the stage takes at the least, in seconds, from its pack's step estimates (forward stages). */
    estimate?: number;
    /** Steps once before the first member: the pack's `first` (cluster's first stage), the proxy pin, the component's `before`. */
    before: PlannedStep[];
    members: PlannedMember[];
    /** Steps once after the last member: the component's `after`, then the pack's `finally` (cluster's last stage). */
    after: PlannedStep[];
    parts: StagePart[];
}
/** A member a plan made with --observed leaves out of a stage, and why: it already runs the stage's target. */
export interface SkippedMember {
    cluster: string;
    member: string;
    component: string;
    /** What it was observed to run (`squid/stable@4067`). */
    runs: string;
    /** When it was observed (ISO 8601, from observed.json). */
    observed: string;
    reason: string;
}
/** The staged rollout of a merged manifest: plan.json. */
export interface Plan {
    apiVersion: 'rollgate/v1';
    kind: 'RolloutPlan';
    /** `sha256:` and the hash of the plan's content and pins: the same input gives the same id. */
    id: string;
    policy: string;
    waves: string[] | null;
    /** How the waves roll out (parallel lanes, failure budgets), the critical path and the least time. */
    schedule: PlanSchedule;
    stages: Stage[];
    /** What the plan leaves to a person (removed components, a missing base). */
    notes: string[];
    /** Planned with --observed only: the members left out of a stage because they already run its target. */
    skipped?: SkippedMember[];
}
/** Every member's pin for every component it runs, changed or not: pins.json. */
export interface PinsFile {
    apiVersion: 'rollgate/v1';
    kind: 'Pins';
    plan: string;
    clusters: Record<string, {
        wave: string | null;
        proxy: string | null;
        members: Record<string, Record<string, Pin & {
            changed: boolean;
        }>>;
    }>;
}
/** A stage of rollback.json: a forward stage reversed, and whether the vendor supports going back this way. */
export interface RollbackStage extends Stage {
    /** False for a downgrade the pack names no vendor-supported way back for: the stage then holds no commands. */
    supported: boolean;
    /** Why it is supported or not; where not, the vendor's recovery pointer instead of commands. */
    reason: string;
}
/** The way back: rollback.json. */
export type RollbackPlan = {
    apiVersion: 'rollgate/v1';
    kind: 'RollbackPlan';
    plan: string;
    /** True only when every stage's `supported` is. */
    supported: boolean;
    /** The stages in reverse order, each taking its changed members back to their base pins where it can. */
    stages: RollbackStage[];
    /** The proxy overrides that serve the base revisions again, for the supported stages. */
    overrides: Record<string, string[]>;
    notes: string[];
} | {
    apiVersion: 'rollgate/v1';
    kind: 'RollbackPlan';
    plan: string;
    supported: false;
    /** The pack's plain statement of why there is no rollback and what to do instead. */
    statement: string;
    /** The files the plan's steps leave and never overwrite (`creates`: database dumps, snapshots), to restore from. */
    kept?: KeptFile[];
};
/** A file a step of the plan leaves on a host and never overwrites: a backup to restore from. */
export interface KeptFile {
    cluster: string;
    host: string | null;
    step: string;
    path: string;
}
/** Everything `rollgate plan` writes, as data and text; `bundleFiles` gives the file layout. */
export interface PlanBundle {
    plan: Plan;
    pins: PinsFile;
    /** By file name under overrides/: `<proxy>.txt`, and `direct/<wave>.txt` (`direct/all.txt` without waves) for clusters without a proxy. */
    overrides: Record<string, string>;
    rollback: RollbackPlan;
    /** By stage id (forward stages, then `rollback-…` stages): the bash script under jobs/. */
    jobs: Record<string, string>;
}
/** A piece of a plan file: `text` follows what came before for `path`, and `end` says the file is complete. Pieces of two files may interleave. */
export interface PlanChunk {
    /** Under the plan directory, `/`-separated. */
    path: string;
    text: string;
    executable: boolean;
    end: boolean;
}
