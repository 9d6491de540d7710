import type { ErrorObject } from 'ajv/dist/2020.js';
import { isSchemaCode, type SchemaCode, schemaFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import { keyPositionOf, positionOf, sourceTextAt } from '../manifest/positions.js';
import type { PathSegment, SourceFile } from '../manifest/source.js';
import type { MessageData } from '../messages.js';
import { explainCondition } from './conditions.js';
import { type SchemaName, validatorFor as validator } from './validators.js';

export type { SchemaName } from './validators.js';

/** Validates a parsed file against a schema; each problem becomes a `schema` finding at its node's line. */
export function validateSchema(name: SchemaName, source: SourceFile): Finding[] {
  const oversized = oversizedMapping(source.value);
  if (oversized) {
    const { line, column } = positionOf(source, oversized.path);
    return [
      schemaFinding(
        'TOO_MANY_KEYS',
        { file: source.file, line, column },
        { keys: oversized.keys, most: MAX_MAPPING_KEYS },
      ),
    ];
  }
  const validate = validator(name);
  if (validate(source.value)) return [];
  const errors = pickErrors(validate.errors ?? []);
  const findings = errors.map((error) => {
    const path = pointerToPath(error.instancePath);
    const explained = explainCondition(name, error, path, source.value);
    // A bad or unknown key is about the key, not the mapping that holds it: point at the key's own line.
    const key =
      error.keyword === 'additionalProperties'
        ? error.params.additionalProperty
        : error.keyword === 'propertyNames'
          ? error.params.propertyName
          : undefined;
    const { line, column } =
      typeof key === 'string'
        ? keyPositionOf(source, [...path, key])
        : explained?.atKey
          ? keyPositionOf(source, path)
          : positionOf(source, path);
    const { code, data } = explained ?? describeError(error, path, source, name);
    return schemaFinding(code, { file: source.file, line, column, ...explained?.about }, data);
  });
  // Two requirements can fail for one problem (a revision without a channel breaks two): report it once.
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const id = JSON.stringify([finding.line, finding.column, finding.code, finding.data]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Whether a value passes a schema, without findings: for a value whose problems would be found again another way. */
export function passes(name: SchemaName, value: unknown): boolean {
  return !hasOversizedMapping(value) && validator(name)(value) === true;
}

/** Splits an ajv `instancePath` (a JSON pointer) into keys and indexes. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * More keys than any mapping of the schemas allows. ajv's validators gather the errors of each key by copying the
 * list so far, so a mapping of 20,000 bad keys took minutes: such a mapping is refused whole, before ajv sees it.
 */
const MAX_MAPPING_KEYS = 1024;

/** The first mapping (depth first) with more than MAX_MAPPING_KEYS keys, and its key count; one pass over the value. */
function oversizedMapping(value: unknown): { path: Array<string | number>; keys: number } | undefined {
  // Almost every file has none: looked for first without the paths, which cost an array for every node.
  if (!hasOversizedMapping(value)) return undefined;
  const stack: Array<[unknown, Array<string | number>]> = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, Array<string | number>];
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) {
        const item = node[index];
        if (item !== null && typeof item === 'object') stack.push([item, [...path, index]]);
      }
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length > MAX_MAPPING_KEYS) return { path, keys: keys.length };
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push([item, [...path, key]]);
      }
    }
  }
  return undefined;
}

/** Whether any mapping in the value has more than MAX_MAPPING_KEYS keys. */
function hasOversizedMapping(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (node !== null && typeof node === 'object') {
      let keys = 0;
      // for-in walks the keys without making an array of them; a parsed value inherits no enumerable key.
      for (const key in node) {
        if (++keys > MAX_MAPPING_KEYS) return true;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return false;
}

/**
 * One error per node, the most telling one: ajv reports every branch of an `anyOf`,
 * and a reader wants the branch that fits what they wrote.
 */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    // ajv reports a bad key twice: as `propertyNames`, and as its pattern's error with the whole mapping for a value.
    if (error.propertyName !== undefined) continue;
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  // Every path that has an error deeper down: each error path's ancestors, a few per path (linear, where asking each
  // path about every other took minutes for 60,000 errors).
  const hasDeeper = new Set<string>();
  for (const path of byPath.keys())
    for (let cut = path.lastIndexOf('/'); cut >= 0; cut = path.lastIndexOf('/', cut - 1)) {
      hasDeeper.add(path.slice(0, cut));
      if (cut === 0) break;
    }
  const picked: ErrorObject[] = [];
  for (const [path, list] of byPath) {
    // A deeper error explains a failed anyOf/type at this node better than the node's own.
    const deeper = hasDeeper.has(path);
    // An unknown key is most likely the misspelling of the one a condition finds missing (`revison:`): say it once.
    const misspelled = list.some((e) => e.keyword === 'additionalProperties');
    const specific = list.filter(
      (e) =>
        !['anyOf', 'oneOf', 'if', 'type', 'format'].includes(e.keyword) && !(misspelled && isConditional(e)),
    );
    if (specific.length > 0) {
      picked.push(...dedupe(specific));
    } else if (!deeper) {
      const types = list.filter((e) => e.keyword === 'type');
      const formats = list.filter((e) => e.keyword === 'format');
      if (types.length > 0) {
        const expected = [...new Set(types.map((e) => String(e.params.type)))].join(' or ');
        picked.push({ ...(types[0] as ErrorObject), params: { type: expected } });
      } else if (formats.length > 0) {
        picked.push({
          ...(formats[0] as ErrorObject),
          params: { format: formats.map((e) => e.params.format).join('|') },
        });
      } else if (list[0]) {
        picked.push(list[0]);
      }
    }
  }
  return picked;
}

/** Whether an error comes from a requirement that holds only under a condition (if/then, dependentRequired). */
function isConditional(error: ErrorObject): boolean {
  return (
    error.keyword === 'dependentRequired' ||
    (error.keyword === 'required' && error.schemaPath.includes('/then/'))
  );
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.keyword}:${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function show(value: unknown): string {
  // JSON has no Infinity or NaN (YAML's .inf, .nan, 1e400): it would print them as null.
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The code and data of the finding an ajv error becomes. */
function describeError(
  error: ErrorObject,
  path: PathSegment[],
  source: SourceFile,
  schema: SchemaName,
): { code: SchemaCode; data: MessageData } {
  const field =
    path.length > 0
      ? `\`${path.filter((p) => typeof p === 'string').slice(-1)[0] ?? path[path.length - 1]}\``
      : 'The file';
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  const at = { field, where };
  const what = schema === 'fleet' ? 'manifest' : 'policy pack';
  const subject = path.length > 0 ? `${field}${where}` : `The ${what}`;
  switch (error.keyword) {
    case 'type': {
      const expected = String(error.params.type);
      const written = sourceTextAt(source, path);
      const value = valueAt(source.value, path);
      if (expected.includes('string') && typeof value === 'number') {
        return { code: 'NUMBER_FOR_STRING', data: { ...at, written: written ?? String(value) } };
      }
      if (path.length === 0 && (value === null || value === undefined)) {
        return { code: 'EMPTY_FILE', data: { what } };
      }
      return { code: 'type', data: { ...at, expected: article(expected), actual: describeValue(value) } };
    }
    case 'required': {
      // A requirement that holds only under a condition (if/then) says why in its branch's description.
      const why = error.schemaPath.includes('/then/') ? conditionHelp(error) : '';
      return { code: 'required', data: { subject, property: String(error.params.missingProperty), why } };
    }
    case 'additionalProperties':
      return {
        code: 'additionalProperties',
        data: {
          subject,
          property: show(error.params.additionalProperty),
          reference:
            schema === 'fleet'
              ? 'manifest reference (docs/manifest.md)'
              : 'pack reference (docs/packs/README.md)',
        },
      };
    case 'propertyNames':
      if (error.params.propertyName === '') return { code: 'EMPTY_NAME', data: at };
      return { code: 'propertyNames', data: { ...at, name: show(error.params.propertyName) } };
    case 'pattern': {
      const value = valueAt(source.value, path);
      return {
        code: 'pattern',
        data: { ...at, value: JSON.stringify(show(value)), help: patternHelp(error) },
      };
    }
    case 'const':
      return { code: 'const', data: { ...at, allowed: JSON.stringify(error.params.allowedValue) } };
    case 'enum':
      return {
        code: 'enum',
        data: {
          ...at,
          allowed: (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', '),
        },
      };
    case 'format':
      return { code: 'format', data: at };
    case 'minItems':
      return {
        code: 'minItems',
        data: {
          ...at,
          limit: Number(error.params.limit),
          items: error.params.limit === 1 ? 'item' : 'items',
        },
      };
    case 'maxItems':
    case 'maxProperties':
    case 'minimum':
    case 'maximum':
      return { code: error.keyword, data: { ...at, limit: Number(error.params.limit) } };
    case 'uniqueItems':
      return {
        code: 'uniqueItems',
        data: { ...at, first: Number(error.params.j), second: Number(error.params.i) },
      };
    default:
      return {
        code: isSchemaCode(error.keyword) ? error.keyword : 'INVALID',
        data: { ...at, detail: error.message ?? 'is not valid' },
      };
  }
}

function conditionHelp(error: ErrorObject): string {
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  return description ? `: ${description.replace(/\.$/, '')}` : '';
}

function patternHelp(error: ErrorObject): string {
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  if (description) return description.replace(/\.$/, '');
  return `it must match ${String(error.params.pattern)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (ArrayBuffer.isView(value)) return 'binary data (a !!binary value)';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} ${show(value)}`;
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
