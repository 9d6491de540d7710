import { defineRule } from './types.js';

const VERBS = { edited: 'edits', added: 'adds', removed: 'removes', renamed: 'renames' } as const;

/** `policy/changed`: a change that edits the rules judging it is still judged by the base's rules, and says so. */
export const policyChanged = defineRule({
  id: 'policy/changed',
  description:
    "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs).",
  severity: 'warning',
  messages: {
    packChanged:
      "This change {{verb}} the policy pack {{file}}. It is judged by the base's packs ({{judge}}), so a pack change cannot let itself pass; it takes effect once merged, and needs a reviewer who owns the policy.",
    policyMoved:
      "The manifest's policy moves from {{from}} to {{to}}. This change is judged by {{from}}, the base's pack; the new one applies from the next change on.",
  },
  check(context) {
    const judge = context.policy.file;
    for (const change of context.policyChanges) {
      context.report({
        path: [],
        at: { file: change.file, line: change.line ?? 1, column: 1 },
        messageId: 'packChanged',
        data: { verb: VERBS[change.what], file: change.file, judge },
      });
    }
    const base = context.base;
    if (base && base.fleet.policy !== context.head.fleet.policy) {
      context.report({
        path: ['policy'],
        messageId: 'policyMoved',
        data: { from: base.fleet.policy, to: context.head.fleet.policy },
      });
    }
  },
});
