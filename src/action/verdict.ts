import type { FailOn } from './input-helper.js';

/** Whether the findings fail the step under `fail-on`, and the sentence that says so. */
export function verdict(
  summary: { errors: number; warnings: number },
  failOn: FailOn,
): { failed: boolean; sentence: string } {
  const { errors, warnings } = summary;
  const counts = `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  if (failed) return { failed, sentence: `rollgate failed: ${counts} (fail-on: ${failOn}).` };
  const tolerated =
    failOn === 'never' && errors + warnings > 0
      ? ` (fail-on: never lets them pass)`
      : failOn === 'error' && warnings > 0
        ? ' (warnings do not fail under fail-on: error)'
        : '';
  return { failed, sentence: `rollgate passed: ${counts}${tolerated}.` };
}
