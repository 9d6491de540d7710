import * as core from '@actions/core';
import { gitRepository } from '../git/repository.js';
import { describeFailure } from '../io/failure.js';
import { runCheck } from './check-mode.js';
import { runComment } from './comment-mode.js';
import { githubClient } from './github-client.js';
import { type ActionSettings, getSettings, type Mode } from './input-helper.js';
import { runPlan } from './plan-mode.js';
import type { ActionServices } from './services.js';
import { runUpdate } from './update-mode.js';

const RUNNERS: Record<Mode, (settings: ActionSettings, services: ActionServices) => Promise<void>> = {
  check: runCheck,
  plan: runPlan,
  comment: runComment,
  update: runUpdate,
};

/**
 * The action: reads its settings, makes the repository and the GitHub client once, runs the mode, and turns a
 * failure to run into one failed-step sentence.
 */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    core.debug(
      `rollgate mode ${settings.mode} (asked: ${settings.requestedMode}) on ${settings.event.name || 'no event'}`,
    );
    const services: ActionServices = {
      repository: gitRepository(settings.workspace),
      github: settings.token ? githubClient(settings.token, settings.api) : undefined,
    };
    await RUNNERS[settings.mode](settings, services);
  } catch (error) {
    core.setFailed(`rollgate could not run: ${describeFailure(error)}`);
  }
}
