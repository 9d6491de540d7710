import type { Finding } from '../findings.js';
import { type VersionScheme } from './schemes/index.js';
import type { LoadedPack, Pack } from './types.js';
/** The placeholders a rollout step may use; each is filled with a validated value and quoted. */
export declare const STEP_PLACEHOLDERS: readonly ['component', 'member', 'cluster', 'channel', 'track', 'revision', 'version', 'proxy', 'attempts', 'from'];
/**
 * A placeholder in a step's argument: a name of lowercase letters in braces. Any other brace is the argument's own
 * text, as in a JSONPath (`--for=jsonpath={.status.phase}=Ready`).
 */
export declare const PLACEHOLDER: RegExp;
/** A pack ready to judge with: its data, its schemes, and where it came from. */
export interface Policy extends LoadedPack {
    schemes: Map<string, VersionScheme>;
}
/** Remembers a pack read and validated at build time: its text, and its value as precompilePack wrote it. */
export declare function rememberPrecompiledPack(text: string, json: string): void;
/** A valid pack's value as JSON, for the build to embed; throws with the first finding when the pack has one. */
export declare function precompilePack(text: string, file: string): string;
/** Reads and validates a pack; the problems are `schema` findings on the pack's own lines. */
export declare function loadPack(text: string, file: string): {
    policy?: Policy;
    findings: Finding[];
};
/** A cycle in the components' requires, as the names along it, or null. */
export declare function findRequiresCycle(pack: Pack): string[] | null;
