import path from 'node:path';
import * as core from '@actions/core';
import { check } from '../check/index.js';
import { createDatasource, type DatasourceSettings } from '../datasource/index.js';
import { judgeEdit } from '../edit/guard.js';
import { applyMoves, readFleet } from '../edit/manifest-edit.js';
import {
  type ComponentUpdate,
  planUpdates,
  type UpdateSkip,
  updateLookups,
  updateMoves,
} from '../edit/update.js';
import { RollgateError } from '../findings.js';
import { type BranchWriter, gitBranchWriter } from '../git/update-branch.js';
import { requireText } from '../io/files.js';
import { workingTreePacks } from '../io/packs.js';
import { toPosix } from '../io/paths.js';
import { lookUpReleases, manifestPolicy } from '../io/releases.js';
import type { Fleet } from '../manifest/fleet.js';
import type { GitHubClient } from './github-client.js';
import type { ActionSettings } from './input-helper.js';
import { logUntrusted } from './log.js';
import { COMMENT_LIMIT, characters, composeReport } from './report-body.js';
import type { ActionServices } from './services.js';
import { manifestMarkerPrefix, UPDATE_LABEL, updateBody, updateBranch, updateTitle } from './update-body.js';
import { closePull, editPull, openPull, openUpdatePulls, type UpdatePull } from './update-pulls.js';

/** What update mode did for one component and wave: the `updates` output holds a list of these. */
export interface UpdateOutcome {
  component: string;
  wave?: string;
  branch: string;
  pull?: number;
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'refused';
}

/** What update mode works with besides its settings: GitHub, git and the stores; tests pass their own. */
export interface UpdateDependencies {
  github: GitHubClient;
  git: BranchWriter;
  datasources: DatasourceSettings;
}

/**
 * Update mode (on a schedule): runs `rollgate update` on the checked-out manifest and keeps one pull request per
 * component and wave on its own branch (`rollgate/update/<wave>/<component>`), labelled, with rollgate's report
 * as its body. A newer revision force-pushes the branch and edits the pull request; a pull request whose update
 * is no longer needed is closed with a comment saying why. An update that check refuses is warned about, not
 * proposed. A store that fails ends the run before any branch or pull request is touched.
 */
export async function runUpdate(
  settings: ActionSettings,
  services: ActionServices,
  extra: Partial<Pick<UpdateDependencies, 'git' | 'datasources'>> = {},
): Promise<void> {
  if (!services.github) throw new RollgateError('Update mode needs the `token` input to open pull requests.');
  const deps: UpdateDependencies = {
    github: services.github,
    git: extra.git ?? gitBranchWriter(settings.workspace),
    datasources: extra.datasources ?? (settings.datasources as DatasourceSettings),
  };
  const base = settings.baseBranch as string;
  const absolute = path.resolve(settings.workspace, settings.manifest);
  const file = toPosix(path.relative(settings.workspace, absolute));
  const text = await requireText(absolute, 'manifest');
  const fleet = readFleet(text, file);
  const policy = await manifestPolicy(settings.workspace, fleet, file, settings.policies);
  const { lookups, skipped: notLooked } = updateLookups(fleet, policy.pack, file);
  const releases = await lookUpReleases(lookups, deps.datasources);
  const plan = planUpdates(fleet, lookups, releases);
  const skipped = [...notLooked, ...plan.skipped];
  for (const skip of skipped)
    core.info(`${skip.component}${skip.wave ? ` (wave ${skip.wave})` : ''}: ${skip.reason}.`);

  const repository = settings.repository;
  const markerPrefix = manifestMarkerPrefix(file);
  const open = await openUpdatePulls(deps.github, repository, markerPrefix);
  const head = await deps.git.head();
  const repoFile = await deps.git.relative(absolute);
  const { resolve, known } = workingTreePacks(settings.workspace, settings.policies);
  const now = new Date();
  const outcomes: UpdateOutcome[] = [];
  const kept = new Set<string>();

  for (const update of plan.updates) {
    const branch = updateBranch(update);
    if (!branch) {
      core.warning(`No update branch can be named for ${update.component}; update it with rollgate bump.`);
      continue;
    }
    kept.add(branch);
    const outcome = applyMoves(text, file, updateMoves(fleet, update));
    const verdict = await judgeEdit({
      file,
      original: text,
      edited: outcome.text,
      resolvePack: resolve,
      knownPacks: known,
      now,
    });
    if (verdict.introduced.length > 0) {
      const rules = [...new Set(verdict.introduced.map((f) => f.rule))].join(', ');
      core.warning(
        `The update of ${update.component}${update.wave ? ` in wave ${update.wave}` : ''} fails rollgate check (${rules}); no pull request proposes it.`,
      );
      logUntrusted(verdict.introduced.map((f) => `  ${f.rule} (line ${f.line}): ${f.message}`).join('\n'));
      outcomes.push({ component: update.component, ...wave(update), branch, action: 'refused' });
      continue;
    }
    const title = updateTitle(update);
    const body = await bodyFor(update, {
      file,
      text,
      edited: outcome.text,
      fleet,
      resolve,
      now,
      settings,
      deps,
    });
    const existing = open.find((pull) => pull.branch === branch);
    const onBranch = existing ? await deps.git.fileOnBranch(branch, repoFile) : undefined;
    const pushed = onBranch !== outcome.text;
    if (pushed) {
      const commit = await deps.git.commitFile(head, repoFile, outcome.text, title);
      await push(deps.git, commit, branch);
    }
    if (!existing) {
      const opened = await openPull(deps.github, repository, {
        branch,
        base,
        title,
        body,
        label: UPDATE_LABEL,
        markerPrefix,
      });
      outcomes.push({
        component: update.component,
        ...wave(update),
        branch,
        pull: opened.number,
        action: opened.action,
      });
    } else if (pushed || existing.body !== body || existing.title !== title) {
      await editPull(deps.github, repository, existing.number, { title, body });
      outcomes.push({
        component: update.component,
        ...wave(update),
        branch,
        pull: existing.number,
        action: 'updated',
      });
    } else {
      outcomes.push({
        component: update.component,
        ...wave(update),
        branch,
        pull: existing.number,
        action: 'unchanged',
      });
    }
  }

  for (const pull of open) {
    if (kept.has(pull.branch)) continue;
    await closePull(
      deps.github,
      repository,
      pull.number,
      staleComment(pull, file, base, plan.updates, skipped, fleet.waves ?? []),
    );
    await deps.git.deleteBranch(pull.branch);
    outcomes.push({
      component: pull.component,
      ...wave(pull),
      branch: pull.branch,
      pull: pull.number,
      action: 'closed',
    });
  }

  core.setOutput('updates', JSON.stringify(outcomes));
  for (const o of outcomes)
    core.info(
      `${o.component}${o.wave ? ` (wave ${o.wave})` : ''}: ${o.action}${o.pull ? ` #${o.pull}` : ''} on ${o.branch}.`,
    );
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary(outcomes, skipped)).write();
}

function wave(subject: { wave?: string }): { wave?: string } {
  return subject.wave !== undefined ? { wave: subject.wave } : {};
}

async function push(git: BranchWriter, commit: string, branch: string): Promise<void> {
  try {
    await git.forcePush(commit, branch);
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.split('\n').find((line) => line.trim()) ?? '';
    throw new RollgateError(
      `Cannot push the update branch ${branch} to origin${detail ? ` (${detail.trim().slice(0, 200)})` : ''}; give the job contents: write, and keep actions/checkout's default persist-credentials.`,
    );
  }
}

async function bodyFor(
  update: ComponentUpdate,
  context: {
    file: string;
    text: string;
    edited: string;
    fleet: Fleet;
    resolve: Parameters<typeof check>[0]['resolvePack'];
    now: Date;
    settings: ActionSettings;
    deps: UpdateDependencies;
  },
): Promise<string> {
  const { file, settings } = context;
  const result = await check({
    head: { file, text: context.edited },
    base: { file, text: context.text },
    resolvePack: context.resolve,
    now: context.now,
  });
  const waves = context.fleet.waves ?? [];
  const next = update.wave !== undefined ? waves[waves.indexOf(update.wave) + 1] : undefined;
  const store = createDatasource(update.datasource, context.deps.datasources).label;
  const shell = updateBody(update, {
    manifest: file,
    store,
    ...(next ? { nextWave: next } : {}),
    report: '',
  });
  const report = composeReport(result, {
    manifest: file,
    limit: COMMENT_LIMIT - characters(shell),
    measure: characters,
    fullReport: settings.runUrl ? `[the job summary](${settings.runUrl})` : "the update run's job summary",
  });
  return updateBody(update, { manifest: file, store, ...(next ? { nextWave: next } : {}), report });
}

/** Why a pull request is closed: its wave waits for an earlier one again, or the manifest needs it no more. */
function staleComment(
  pull: UpdatePull,
  file: string,
  base: string,
  updates: ComponentUpdate[],
  skipped: UpdateSkip[],
  waves: string[],
): string {
  const where = pull.wave !== undefined ? ` in wave ${pull.wave}` : '';
  const current = updates.find((u) => u.component === pull.component);
  const skip = skipped.find((s) => s.component === pull.component);
  const earlier =
    current?.wave !== undefined &&
    pull.wave !== undefined &&
    waves.indexOf(current.wave) < waves.indexOf(pull.wave);
  const reason = earlier
    ? `wave ${current?.wave} is behind the store again: it is updated first, and ${pull.wave} follows once it has rolled out`
    : current || !skip
      ? `${file} on ${base} runs the newest revision of ${pull.component}${where} already`
      : `${file} on ${base}: ${skip.reason}`;
  return `rollgate closed this: the update of \`${pull.component}\`${where} is no longer needed (${reason}). A newer revision opens a new pull request.`;
}

function summary(outcomes: UpdateOutcome[], skipped: UpdateSkip[]): string {
  const lines = ['### rollgate update', ''];
  if (outcomes.length === 0) lines.push('Nothing to update.');
  else {
    lines.push('| component | wave | pull request | action |', '| --- | --- | --- | --- |');
    for (const o of outcomes)
      lines.push(
        `| \`${o.component}\` | ${o.wave ? `\`${o.wave}\`` : ''} | ${o.pull ? `#${o.pull}` : ''} | ${o.action} |`,
      );
  }
  if (skipped.length > 0) {
    lines.push('', 'Left as they are:', '');
    for (const s of skipped)
      lines.push(`- \`${s.component}\`${s.wave ? ` (wave \`${s.wave}\`)` : ''}: ${s.reason}.`);
  }
  return `${lines.join('\n')}\n`;
}
