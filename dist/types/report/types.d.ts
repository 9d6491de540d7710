import type { CheckResult } from '../check/index.js';
/** The report formats `rollgate check --format` takes. */
export declare const FORMATS: readonly ['text', 'json', 'markdown', 'sarif'];
/** One report format. */
export type Format = (typeof FORMATS)[number];
/** Options a renderer may honour. */
export interface RenderOptions {
    /** Colour for a terminal. */
    color?: boolean;
    /** SARIF: where the findings' files sit in the repository, so code scanning finds them. */
    repository?: RepositoryPlace;
}
/** Where a run's files are in its repository, as the adapter found it (through git, or the working directory). */
export interface RepositoryPlace {
    /** The repository's top directory, absolute. */
    root: string;
    /** The directory the findings' file names are relative to, relative to the root, with forward slashes; '' at the root. */
    directory: string;
}
/** A renderer: a pure function from a check result to text. */
export type Renderer = (result: CheckResult, options?: RenderOptions) => string;
