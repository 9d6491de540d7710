import type { Rule } from './types.js';
/**
 * Every rule, in the order of the docs' rules table: the one registry of rule ids, descriptions, default severities
 * and messages. docs/rules.md and the policy schema's severities are written from it (`npm run docs`).
 */
export declare const RULES: readonly [Rule<"yaml/syntax", never>, Rule<"schema", never>, Rule<"order/requires", "requirementMissing">, Rule<"order/promotion", "aheadOfEarlierWaves">, Rule<"order/transition", "noOrder" | "noOrderSplit" | "strictOrderBroken">, Rule<"skew/jump", "jumpFromClosed" | "jumpNoChain" | "jumpTooFar" | "jumpWithPath">, Rule<"skew/downgrade", "olderRevision" | "olderVersion">, Rule<"skew/major", "majorChange">, Rule<"skew/members", "memberDiffers">, Rule<"skew/components", "tooNew" | "tooOld">, Rule<"channel/risk", "refreshFromRisk" | "riskNotAllowed">, Rule<"channel/eol", "alreadyPastEndOfLife" | "pastEndOfLife">, Rule<"channel/blocked", "blocked">, Rule<"hold/required", "notHeld">, Rule<"hold/freeze", "changeDuringFreeze">, Rule<"cohort/required", "notInCohort">, Rule<"pins/conflict", "revisionsDiffer">, Rule<"policy/changed", "packChanged" | "policyMoved">];
/** One rule id: a public contract, it appears in comments, annotations and severity settings. */
export type RuleId = (typeof RULES)[number]['id'];
/** The rule ids, in the registry's order. */
export declare const RULE_IDS: readonly RuleId[];
/** Whether a string is one of the rule ids. */
export declare function isRuleId(value: string): value is RuleId;
/** The rule of an id. */
export declare function ruleOf(id: RuleId): Rule;
export type { Change, PolicyChange, Rule, RuleContext } from './types.js';
