import { channelBlocked } from './channel-blocked.js';
import { channelEol } from './channel-eol.js';
import { channelRisk } from './channel-risk.js';
import { cohortRequired } from './cohort-required.js';
import { drift } from './drift.js';
import { holdFreeze } from './hold-freeze.js';
import { holdRequired } from './hold-required.js';
import { orderPromotion } from './order-promotion.js';
import { orderRequires } from './order-requires.js';
import { orderTransition } from './order-transition.js';
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

/**
 * Every rule, in the order of the docs' rules table: the one registry of rule ids, descriptions, default severities
 * and messages. docs/rules.md and the policy schema's severities are written from it (`npm run docs`).
 */
export const RULES = [
  yamlSyntax,
  schema,
  orderRequires,
  orderPromotion,
  orderTransition,
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
  drift,
] as const;

/** One rule id: a public contract, it appears in comments, annotations and severity settings. */
export type RuleId = (typeof RULES)[number]['id'];

/** The rule ids, in the registry's order. */
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

/** Whether a string is one of the rule ids. */
export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** The rule of an id. */
export function ruleOf(id: RuleId): Rule {
  return RULES.find((rule) => rule.id === id) as Rule;
}

export type { Change, PolicyChange, Rule, RuleContext } from './types.js';
