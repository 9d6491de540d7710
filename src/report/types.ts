import type { CheckResult } from '../check.js';

/** The report formats `rollgate check --format` takes. */
export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;

/** One report format. */
export type Format = (typeof FORMATS)[number];

/** Options a renderer may honour. */
export interface RenderOptions {
  /** Colour for a terminal. */
  color?: boolean;
}

/** A renderer: a pure function from a check result to text. */
export type Renderer = (result: CheckResult, options?: RenderOptions) => string;
