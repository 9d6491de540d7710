import { RollgateError } from '../findings.js';
import { validatorFor } from '../schema/validators.js';
import type { Observed } from './types.js';

/**
 * Reads observed.json: JSON in the shape of schemas/observed.schema.json, each member once. Anything else ends the
 * run with one sentence naming the file and where it breaks (a JSON pointer of plain keys), never its values.
 */
export function parseObserved(text: string, file: string): Observed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RollgateError(`${file} is not JSON; give the file \`rollgate observe --out\` wrote.`);
  }
  const validate = validatorFor('observed');
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const where =
      first && /^[A-Za-z0-9/_-]{0,200}$/.test(first.instancePath) ? first.instancePath || '/' : '';
    throw new RollgateError(
      `${file} is not in the shape of observed.json${where ? ` (${where} breaks \`${first?.keyword}\`)` : ''}; give the file \`rollgate observe --out\` wrote.`,
    );
  }
  const observed = value as Observed;
  const seen = new Set<string>();
  for (const member of observed.members) {
    const key = JSON.stringify([member.cluster, member.name]);
    if (seen.has(key))
      throw new RollgateError(
        `${file} lists a member twice; give the file \`rollgate observe --out\` wrote.`,
      );
    seen.add(key);
  }
  return observed;
}
