import path from 'node:path';
import { type EditVerdict, judgeEdit } from '../edit/guard.js';
import type { EditOutcome } from '../edit/manifest-edit.js';
import { type Finding, RollgateError } from '../findings.js';
import type { Repository } from '../git/repository.js';
import { replaceText, requireText } from '../io/files.js';
import { workingTreePacks } from '../io/packs.js';
import { shownPath } from '../io/paths.js';
import { inertText } from '../report/escape.js';
import { parseNow } from './flags.js';
import type { CliIo, CliServices } from './io.js';

/** The manifest an edit command works on, read from disk, with the name it is shown by. */
export interface EditTarget {
  absolute: string;
  shown: string;
  text: string;
}

/** Reads the manifest that `--file` names (default fleet.yaml). */
export async function readEditTarget(io: CliIo, file: string): Promise<EditTarget> {
  const absolute = path.resolve(io.cwd, file);
  const shown = shownPath(io.cwd, absolute, file);
  return { absolute, shown, text: await requireText(absolute, 'manifest', io.cwd) };
}

/**
 * Checks an edit before it is written, then writes it, the same way for bump and promote.
 * Exit 0 written (or nothing to change); 1 the edit fails check, nothing written (unless forced).
 */
export async function finishEdit(
  io: CliIo,
  services: CliServices,
  command: string,
  target: EditTarget,
  outcome: EditOutcome,
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (outcome.edits.length === 0) {
    io.stdout(`${target.shown} already runs that; nothing to change.\n`);
    return 0;
  }
  const verdict = await judgeEditTarget(io, services, target, outcome, values);
  // Names and messages from the manifest, as the text report writes them: nothing in them can drive a terminal or a runner.
  const list = (findings: Finding[]) =>
    findings.map((f) => `  ${f.rule} (line ${f.line}): ${inertText(f.message)}\n`).join('');
  const moves = outcome.edits
    .map(
      (edit) =>
        `  ${inertText(edit.cluster)}${edit.member ? `/${inertText(edit.member)}` : ''}: ${inertText(edit.component)} ${inertText(edit.from)} -> ${inertText(edit.to)}\n`,
    )
    .join('');
  if (verdict.introduced.length > 0) {
    const rules = [...new Set(verdict.introduced.map((f) => f.rule))].join(', ');
    if (!values.force) {
      io.stderr(
        `rollgate ${command}: this change fails rollgate check (${rules}):\n${moves}${list(verdict.introduced)}`,
      );
      io.stderr(`Nothing was written to ${target.shown}. Write it anyway with --force.\n`);
      return 1;
    }
    io.stderr(
      `rollgate ${command}: written with --force, although it fails rollgate check (${rules}):\n${list(verdict.introduced)}`,
    );
  }
  if (verdict.preexisting.length > 0) {
    io.stderr(
      `rollgate ${command}: ${target.shown} already had ${verdict.preexisting.length} error${verdict.preexisting.length === 1 ? '' : 's'} that this change does not cause:\n${list(verdict.preexisting)}`,
    );
  }
  if (verdict.warnings.length > 0) io.stderr(`rollgate ${command}: warnings:\n${list(verdict.warnings)}`);
  await replaceText(target.absolute, target.shown, target.text, outcome.text);
  io.stdout(`${moves}Wrote ${target.shown}.\n`);
  return 0;
}

/** What check says of an edit before it is written: against the file as it was, or the file at `--base-ref`. */
export async function judgeEditTarget(
  io: CliIo,
  services: CliServices,
  target: EditTarget,
  outcome: EditOutcome,
  values: Record<string, string | boolean | undefined>,
): Promise<EditVerdict> {
  const { resolve, known } = workingTreePacks(io.cwd, String(values.policies ?? 'policies'));
  const base =
    typeof values['base-ref'] === 'string'
      ? ((await textAtRef(services.repository, values['base-ref'], target)) ?? null)
      : undefined;
  return judgeEdit({
    file: target.shown,
    original: target.text,
    edited: outcome.text,
    ...(base !== undefined ? { base } : {}),
    resolvePack: resolve,
    knownPacks: known,
    now: parseNow(values.now as string | undefined),
    ...(values.strict === true ? { strict: true } : {}),
  });
}

/**
 * The manifest as a git ref holds it: what the pull request will be judged against, so two edits on one branch
 * (a bump of staging, then a promotion of production) are judged together. A file the ref lacks has no base.
 */
async function textAtRef(
  repository: Repository,
  ref: string,
  target: EditTarget,
): Promise<string | undefined> {
  const sha = await repository.resolve(ref);
  if (!sha)
    throw new RollgateError(
      `The base ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`,
    );
  return repository.show(sha, target.absolute);
}
