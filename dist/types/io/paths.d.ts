/** A path with the platform's separators turned into forward slashes, as manifests, git and reports write paths. */
export declare function toPosix(file: string): string;
/**
 * A file as rollgate names it to a person and in reports: relative to `from`, with forward slashes. When the
 * file is `from` itself (the relative path is empty), `fallback`.
 */
export declare function shownPath(from: string, file: string, fallback: string): string;
