import { RollgateError } from '../findings.js';
import type { ActionSettings } from './input-helper.js';

/** Plan mode (on push): the merge planner is not part of this build yet, so it fails with a clear sentence. */
export async function runPlan(_settings: ActionSettings): Promise<void> {
  throw new RollgateError(
    'mode: plan is not available in this build of rollgate yet (the merge planner has not landed); use mode: check.',
  );
}
