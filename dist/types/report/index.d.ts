import type { Format, Renderer } from './types.js';
/** The renderer of each format. */
export declare const RENDERERS: Record<Format, Renderer>;
export { FORMATS, type Format } from './types.js';
