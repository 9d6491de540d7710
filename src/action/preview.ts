import * as core from '@actions/core';
import type { CheckResult } from '../check/index.js';
import { RollgateError } from '../findings.js';
import { planOnly, renderPlanPreview } from '../plan/index.js';
import { inlineMarkdown } from '../report/escape.js';

/**
 * The rollout preview of a pull request's change, as markdown lines for the comment: the stages the merge
 * would run. Undefined when the manifest could not be judged at all (the findings say why). The planner
 * never decides the verdict, so its failure becomes a line in the comment, not a failed check.
 */
export function rolloutPreview(result: CheckResult): string[] | undefined {
  if (!result.head.fleet || result.head.findings.length > 0 || !result.policy) return undefined;
  try {
    const preview = renderPlanPreview(planOnly({ result })).trimEnd().split('\n');
    if (result.ok) return preview;
    return [...preview, '', '_This is what the merge would roll out; the check above must pass first._'];
  } catch (error) {
    if (error instanceof RollgateError)
      return ['### Rollout plan', '', `No preview: ${inlineMarkdown(error.message)}`];
    core.warning(
      `rollgate could not draw the rollout preview: ${(error as Error).message}. The check's verdict does not depend on it.`,
    );
    return undefined;
  }
}
