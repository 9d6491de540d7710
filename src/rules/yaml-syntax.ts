import { defineRule } from './types.js';

/** `yaml/syntax`: applied by the YAML reader (src/manifest/yaml.ts) before any rule runs. */
export const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  description:
    'The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits.',
  severity: 'error',
  messages: {},
});
