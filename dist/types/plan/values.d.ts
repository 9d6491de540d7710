import { type Cluster, type ComponentState, type Member } from '../manifest/fleet.js';
import { type STEP_PLACEHOLDERS } from '../policy/pack.js';
import type { StepCondition, StepSpec } from '../policy/types.js';
import type { Pin, PlannedStep } from './types.js';
/** A placeholder a step may name. */
export type Placeholder = (typeof STEP_PLACEHOLDERS)[number];
/** The values a step is filled with, by placeholder or pack parameter. */
export type Values = Partial<Record<string, string>>;
/** The live-migration attempts MOSK makes before giving a node up, when the member sets none. */
export declare const DEFAULT_MIGRATION_ATTEMPTS = 3;
/** Where a step is to run: the member's workload, its place in the stage, its cluster, the pin it goes to and from. */
export interface StepTarget {
    workload: Member['workload'];
    first: boolean;
    cluster: Cluster;
    /** The pin the member is taken to; absent for the cluster's own steps. */
    to?: Pin;
    /** The pin it runs before the step (its base, or the head for a rollback); null when unknown. */
    from?: Pin | null;
}
/** Whether a step's `when` holds for a member: every condition it lists. */
export declare function applies(spec: {
    name: string;
    when?: StepCondition | StepCondition[];
}, at: StepTarget): boolean;
/** A state's pin, each value checked against the shape the manifest schema allows. */
export declare function pinOf(state: ComponentState, where: string): Pin;
/** The placeholders a pin fills: channel, its track, revision, version. */
export declare function pinValues(pin: Pin): Values;
/** The values every member agrees on; a stage-wide step cannot use one that differs between members. */
export declare function summariseValues(all: Values[]): Values;
/** Pins in one line: the one they share, or each, comma-separated (`(new)` for none). */
export declare function summarise(pins: Array<Pin | null>): string | null;
/** The word `{from}` is filled with where the version a member runs before the stage is not known (a new member). */
export declare const UNKNOWN_FROM = "unknown";
/** A duration of the pack format (`90s`, `10m`, `2h`) in seconds. */
export declare function durationSeconds(text: string): number;
/**
 * A pack's step with its placeholders filled from checked values, to run on `host` (or the runner); a read-back's
 * checks kept where their `when` holds for `at`.
 */
export declare function fillStep(spec: StepSpec, values: Values, host: string, where: string, at?: StepTarget): PlannedStep;
/** How long the pack says a filled step usually takes, in seconds; 0 where it says nothing. */
export declare function stepEstimate(step: PlannedStep): number;
