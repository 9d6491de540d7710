import type { Finding } from '../findings.js';
import type { LoadedManifest } from '../manifest/fleet.js';
import type { Observed } from '../observe/types.js';
import type { Policy } from '../policy/pack.js';
import type { Change, PolicyChange } from '../rules/types.js';
/** A file's name and text, as an adapter read it from disk or git. */
export interface TextFile {
    file: string;
    text: string;
}
/** Finds a pack's text by the name (or relative path) a manifest gives; undefined when there is none. */
export type PackResolver = (nameOrPath: string, manifestFile: string) => Promise<TextFile | undefined> | TextFile | undefined;
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
    /** What the members were observed to run (rollgate observe), for the drift rule. */
    observed?: Observed;
    /** The names of the packs that exist, for the message when the manifest names none of them. */
    knownPacks?: string[];
    /**
     * Keep findings the change did not bring (the base had them) at their severity. By default they are warnings, so a
     * change is judged by what it changes and an old error elsewhere in the fleet fails no one's change.
     */
    strict?: boolean;
}
/** Packs a change edits, with their head text (absent when removed). */
export type EditedPacks = Array<PolicyChange & {
    text?: string;
}>;
/** The `policy` values the head and (when it parsed) the base manifest name. */
export interface NamedPolicies {
    head: string;
    base?: string;
}
/** The outcome of a check: the verdict, the changes, the findings, and what a planner needs next. */
export interface CheckResult {
    ok: boolean;
    summary: {
        errors: number;
        warnings: number;
    };
    changes: Change[];
    findings: Finding[];
    head: LoadedManifest;
    base?: LoadedManifest;
    policy?: Policy;
}
