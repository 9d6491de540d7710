import type { Finding } from '../findings.js';
/** The drift findings of a report, in its order. */
export declare function driftFindings(findings: readonly Finding[]): Finding[];
/**
 * The drift table: member, component, what it runs, what the manifest pins, when it was observed. Empty (no lines)
 * when no member drifts, so a report without --observed looks as before.
 */
export declare function driftTable(findings: readonly Finding[]): string[];
