import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ApiLimits } from './input-helper.js';

/** The Octokit the action uses: REST methods, pagination, retries and rate-limit handling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/** The error an API call ends with when the run's time for GitHub is spent; it is not retried. */
export class ApiBudgetError extends Error {
  override readonly name = 'ApiBudgetError';
}

/**
 * An Octokit that retries transient failures (5xx, timeouts) and waits out rate limits, all within
 * one time budget: each attempt gets min(request timeout, time left), and none starts once the budget is spent.
 * The budget starts with the first request, so a client made at the start of a run keeps it for the API calls.
 */
export function githubClient(token: string, limits: ApiLimits): GitHubClient {
  let deadline: number | undefined;
  const left = () => {
    deadline ??= Date.now() + limits.budgetMs;
    return deadline - Date.now();
  };
  // Registered before the retry plugin, so it wraps each attempt rather than the whole retried call.
  const perAttemptTimeout: OctokitPlugin = (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const remaining = left();
      if (remaining <= 0)
        throw new ApiBudgetError(
          `GitHub API calls ran out of their ${Math.round(limits.budgetMs / 1000)} s budget.`,
        );
      options.request = {
        ...options.request,
        signal: AbortSignal.timeout(Math.min(limits.requestTimeoutMs, remaining)),
      };
      return request(options);
    });
    return {};
  };
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const wait = retryAfter * limits.retryDelayMs;
      const retrying = retryCount < 1 && wait < left();
      core.info(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}.`,
      );
      return retrying;
    };
  return getOctokit(
    token,
    {
      retry: { retries: limits.retries, retryAfterBaseValue: limits.retryDelayMs },
      throttle: {
        // Rate-limit waits are in seconds; scaling them by the same base keeps tests fast.
        retryAfterBaseValue: limits.retryDelayMs,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
      log: { debug: core.debug, info: core.debug, warn: core.info, error: core.info },
    },
    perAttemptTimeout,
    retry,
    throttling,
  );
}

/** The HTTP status of a failed API call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
