import * as core from '@actions/core';
import { RollgateError } from '../findings.js';
import { runCheck } from './check-mode.js';
import { runComment } from './comment-mode.js';
import { type ActionSettings, getSettings, type Mode } from './input-helper.js';
import { runPlan } from './plan-mode.js';

const RUNNERS: Record<Mode, (settings: ActionSettings) => Promise<void>> = {
  check: runCheck,
  plan: runPlan,
  comment: runComment,
};

/** The action: reads its settings, runs the mode, and turns a failure to run into one failed-step sentence. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    core.debug(
      `rollgate mode ${settings.mode} (asked: ${settings.requestedMode}) on ${settings.event.name || 'no event'}`,
    );
    await RUNNERS[settings.mode](settings);
  } catch (error) {
    core.setFailed(describeFailure(error));
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof RollgateError) return `rollgate could not run: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `rollgate could not run: internal error: ${message.split('\n')[0]}. This is a bug in rollgate; please report it with the input that caused it.`;
}
