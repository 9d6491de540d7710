import type { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv } from './validators.js';

const standaloneCode = standaloneModule as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string;

/**
 * The source of a module that can stand in for validators.ts: every validator compiled ahead of time, and
 * the same `validatorFor`. The build bundles it in validators.ts's place (scripts/build.mjs).
 */
export function standaloneValidators(): string {
  const code = standaloneCode(createAjv({ source: true, esm: true }), {
    fleet: 'fleet',
    policy: 'policy',
    snapInfo: 'snap-info',
    charmInfo: 'charm-info',
    observed: 'observed',
  });
  return `${code}\nconst byName = { fleet, policy, 'snap-info': snapInfo, 'charm-info': charmInfo, observed };\nexport function validatorFor(name) { return byName[name]; }\n`;
}
