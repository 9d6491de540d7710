// The schemas' conditional requirements (if/then, dependentRequired) say in JSON Schema what rollgate once checked
// after the schema, so an editor flags them too. Their findings keep the words those checks used: ajv's own would
// name `clusters.0` where a reader knows the cluster `lab`.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { SchemaCode } from '../bad-input.js';
import type { PathSegment } from '../manifest/source.js';
import type { MessageData } from '../messages.js';
import type { SchemaName } from './validators.js';

/** A schema error told in rollgate's words: its code and data, whether it points at the key, and what it is about. */
export interface ExplainedCondition {
  code: SchemaCode;
  data: MessageData;
  atKey: boolean;
  about: { cluster?: string; component?: string };
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const COMPONENT = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** The message of an error from one of the schemas' conditional requirements; undefined for any other error. */
export function explainCondition(
  schema: SchemaName,
  error: ErrorObject,
  path: PathSegment[],
  root: unknown,
): ExplainedCondition | undefined {
  if (schema === 'fleet') return explainFleet(error, path, root);
  if (schema === 'policy') return explainPolicy(error, path);
  return undefined;
}

function explainFleet(
  error: ErrorObject,
  path: PathSegment[],
  root: unknown,
): ExplainedCondition | undefined {
  const [top, index, field, name] = path;
  if (top !== 'clusters' || typeof index !== 'number') return undefined;
  const cluster = at(root, ['clusters', index]);
  const clusterName = named(at(cluster, ['name']), LABEL);
  const clusterText = clusterName === undefined ? `number ${index + 1}` : `\`${clusterName}\``;
  const about = clusterName === undefined ? {} : { cluster: clusterName };
  if (path.length === 2 && error.keyword === 'required' && error.params.missingProperty === 'wave') {
    const waves = listOf(at(root, ['waves'])).filter((wave) => LABEL.test(wave));
    return {
      code: 'WAVE_MISSING',
      data: { which: clusterText, waves: waves.join(', ') },
      atKey: false,
      about,
    };
  }
  if (path.length === 3 && field === 'wave' && error.keyword === 'false schema') {
    const wave = named(at(cluster, ['wave']), LABEL);
    return {
      code: 'WAVE_WITHOUT_WAVES',
      data: { which: clusterText, wave: wave === undefined ? 'a wave' : `wave \`${wave}\`` },
      atKey: false,
      about,
    };
  }
  if (path.length === 4 && field === 'components' && typeof name === 'string') {
    const missing = error.params.missingProperty;
    const pinned = error.keyword === 'required' || error.keyword === 'dependentRequired';
    if (!pinned || (missing !== 'channel' && missing !== 'revision')) return undefined;
    const component = named(name, COMPONENT);
    const componentText = component === undefined ? 'A component' : `Component \`${component}\``;
    const state = at(cluster, ['components', name]);
    const hasRevision = at(state, ['revision']) !== undefined;
    const code =
      missing === 'revision'
        ? 'CHANNEL_WITHOUT_REVISION'
        : hasRevision
          ? 'REVISION_WITHOUT_CHANNEL'
          : 'INCOMPLETE_COMPONENT';
    return {
      code,
      data: { which: componentText },
      atKey: true,
      about: { ...about, ...(component === undefined ? {} : { component }) },
    };
  }
  return undefined;
}

function explainPolicy(error: ErrorObject, path: PathSegment[]): ExplainedCondition | undefined {
  const [top, name, field, list] = path;
  if (top !== 'components' || typeof name !== 'string' || field !== 'versioning') return undefined;
  const tracksWithoutVersions =
    (path.length === 3 && error.keyword === 'required' && error.params.missingProperty === 'versions') ||
    (path.length === 4 &&
      list === 'versions' &&
      error.keyword === 'minItems' &&
      error.schemaPath.includes('/then/'));
  if (!tracksWithoutVersions) return undefined;
  const component = named(name, COMPONENT);
  return {
    code: 'TRACKS_WITHOUT_VERSIONS',
    data: { which: component === undefined ? 'A component' : `Component \`${component}\`` },
    atKey: false,
    about: {},
  };
}

function at(value: unknown, path: PathSegment[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A name from the file, when it is one the schema would accept: only such names go into a message. */
function named(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
