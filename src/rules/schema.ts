import { defineRule } from './types.js';

/** `schema`: applied by the loaders against schemas/fleet.schema.json and schemas/policy.schema.json. */
export const schema = defineRule({
  id: 'schema',
  description:
    'The manifest or a pack breaks its schema, names an unknown component, or writes a version its scheme cannot read.',
  severity: 'error',
});
