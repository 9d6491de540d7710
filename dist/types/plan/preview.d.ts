import type { Plan } from './types.js';
/** The plan as markdown for a PR comment: a table of stages, members and gates, and the same as a Mermaid flowchart. */
export declare function renderPlanPreview(plan: Pick<Plan, 'id' | 'stages' | 'notes' | 'waves' | 'skipped'> & Partial<Pick<Plan, 'schedule'>>): string;
/**
 * Text for inside a quoted Mermaid label: anything beyond plain characters becomes an entity code, so a name cannot
 * close the quote, start markup, or end the code block.
 */
export declare function label(text: string): string;
