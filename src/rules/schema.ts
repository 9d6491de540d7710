import { defineRule } from './types.js';

/** `schema`: applied by the loaders against schemas/fleet.schema.json and schemas/policy.schema.json. */
export const schema = defineRule({
  id: 'schema',
  description:
    'The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read.',
  severity: 'error',
  messages: {},
});
