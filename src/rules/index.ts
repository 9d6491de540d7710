import { channelBlocked } from './channel-blocked.js';
import { channelEol } from './channel-eol.js';
import { channelRisk } from './channel-risk.js';
import { cohortRequired } from './cohort-required.js';
import { holdFreeze } from './hold-freeze.js';
import { holdRequired } from './hold-required.js';
import { orderPromotion } from './order-promotion.js';
import { orderRequires } from './order-requires.js';
import { pinsConflict } from './pins-conflict.js';
import { policyChanged } from './policy-changed.js';
import { schema } from './schema.js';
import { skewComponents } from './skew-components.js';
import { skewDowngrade } from './skew-downgrade.js';
import { skewJump } from './skew-jump.js';
import { skewMajor } from './skew-major.js';
import { skewMembers } from './skew-members.js';
import type { Rule } from './types.js';
import { yamlSyntax } from './yaml-syntax.js';

/** Every rule, in the order of the README's table. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  orderRequires,
  orderPromotion,
  skewJump,
  skewDowngrade,
  skewMajor,
  skewMembers,
  skewComponents,
  channelRisk,
  channelEol,
  channelBlocked,
  holdRequired,
  holdFreeze,
  cohortRequired,
  pinsConflict,
  policyChanged,
];

export type { Change, PolicyChange, Rule, RuleContext } from './types.js';
