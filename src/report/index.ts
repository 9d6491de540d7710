import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Format, Renderer } from './types.js';

/** The renderer of each format. */
export const RENDERERS: Record<Format, Renderer> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  sarif: renderSarif,
};

export { FORMATS, type Format } from './types.js';
