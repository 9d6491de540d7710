import type { CheckResult } from '../check/index.js';
import type { RenderOptions, RepositoryPlace } from './types.js';
/** The base every artifact URI is relative to: the repository's top directory, as code scanning expects. */
export declare const SOURCE_ROOT = "%SRCROOT%";
/**
 * A file a finding names, as an artifact location: a repository-relative URI reference, each path segment
 * percent-encoded (a space is %20, a colon cannot pass for a scheme), against %SRCROOT%. A pack that ships with
 * rollgate (`builtin:microcloud`) has no place in the repository and keeps its name, a URI of its own.
 */
export declare function artifactLocation(file: string, place?: RepositoryPlace): {
    uri: string;
    uriBaseId?: string;
};
/**
 * The report as SARIF 2.1.0, for GitHub code scanning and the SARIF tools: artifact URIs relative to the repository
 * root (`options.repository`, which the adapter finds through git; without it, relative to the files' own directory),
 * the rules with their descriptions and help, and rollgate's version.
 */
export declare function renderSarif(result: CheckResult, options?: RenderOptions): string;
