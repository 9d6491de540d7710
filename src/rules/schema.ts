import { SCHEMA_MESSAGES } from '../bad-input.js';
import { defineRule } from './types.js';

/** `schema`: applied by the loaders against schemas/fleet.schema.json and schemas/policy.schema.json, and
 * by the checks a schema cannot say; its codes are made in src/bad-input.ts. */
export const schema = defineRule({
  id: 'schema',
  description:
    'The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read.',
  severity: 'error',
  messages: SCHEMA_MESSAGES,
});
