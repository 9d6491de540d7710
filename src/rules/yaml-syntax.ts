import { YAML_SYNTAX_MESSAGES } from '../bad-input.js';
import { defineRule } from './types.js';

/** `yaml/syntax`: applied by the YAML reader (src/manifest/) before any rule runs; its codes are made in src/bad-input.ts. */
export const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  description:
    'The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits.',
  severity: 'error',
  messages: YAML_SYNTAX_MESSAGES,
});
