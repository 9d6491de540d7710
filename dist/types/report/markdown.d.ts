import type { CheckResult } from '../check/index.js';
import type { Finding } from '../findings.js';
/** Options of the markdown report. */
export interface MarkdownOptions {
    /** Where the full report is when this one is cut short (the job summary). */
    fullReportUrl?: string;
    /** At most this many characters; what does not fit is summarised. */
    maxLength?: number;
}
/** The verdict line of a report. */
export declare function verdictLine(result: CheckResult): string;
/** The change table: cluster, member, component, from, to. */
export declare function changeTable(result: CheckResult): string[];
/** One finding as a list item. */
export declare function findingItem(f: Finding): string;
/** Above this many, the findings already in the base are folded, so the change's own stay in view. */
export declare const FOLD_OLD_FINDINGS_ABOVE = 5;
/**
 * The findings grouped by cluster, errors before warnings: the change's own first, then, apart, those already in the
 * base (folded in a `<details>` when there are many), which a pull request author did not bring and need not fix.
 */
export declare function findingSections(result: CheckResult): string[];
/** The report as GitHub markdown: verdict, change table, drift table (with --observed), findings by cluster and severity. */
export declare function renderMarkdown(result: CheckResult): string;
