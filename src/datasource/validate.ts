import { RollgateError } from '../findings.js';
import { type SchemaName, validatorFor } from '../schema/validators.js';

/**
 * Checks a store's answer against the schema of its endpoint before any value of it is used; a mismatch ends the
 * run with one sentence. The sentence names where (a JSON pointer, when its keys are plain) and which rule
 * failed, never the store's values.
 */
export function validateAnswer<T>(schema: SchemaName, body: unknown, what: string, endpoint: string): T {
  const validate = validatorFor(schema);
  if (validate(body)) return body as T;
  const first = validate.errors?.[0];
  const where = first && /^[A-Za-z0-9/_-]{0,200}$/.test(first.instancePath) ? first.instancePath || '/' : '';
  const detail = first && where ? ` (${where} breaks \`${first.keyword}\`)` : '';
  throw new RollgateError(`${what}: its answer is not in the shape of ${endpoint}${detail}.`);
}
