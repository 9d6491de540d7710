import { defineRule } from './types.js';

/** `yaml/syntax`: applied by the YAML reader (src/manifest/yaml.ts) before any rule runs. */
export const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  description:
    'The file does not parse as YAML 1.2, has a duplicate key, or passes the size, depth or alias limits.',
  severity: 'error',
});
