import { check, type PackResolver } from '../check/index.js';
import type { Finding } from '../findings.js';

/** What `check` says about an edit: the errors the edit brings in, and everything else it reports. */
export interface EditVerdict {
  /** Errors the edited manifest has and the original did not: the reason to refuse the edit. */
  introduced: Finding[];
  /** Errors the original already had; the edit neither causes nor fixes them. */
  preexisting: Finding[];
  /** Warnings of the edited manifest. */
  warnings: Finding[];
}

/** What judging an edit needs: both texts, where the pack comes from, and the moment. */
export interface EditCheckInput {
  file: string;
  original: string;
  edited: string;
  /** The text the pull request will be judged against (its base branch's); null: none; absent: the original. */
  base?: string | null;
  resolvePack: PackResolver;
  knownPacks?: string[];
  now: Date;
  /** Refuse the edit for errors the base already had too (check's --strict), not only for those the edit brings. */
  strict?: boolean;
}

/** What a finding is, by its code and data rather than its words: the same key before and after an edit is the same finding. */
const key = (f: Finding) =>
  JSON.stringify([f.rule, f.code, f.cluster ?? '', f.component ?? '', f.member ?? '', sorted(f.data)]);

function sorted(data: Finding['data']): Array<[string, string | number]> {
  return Object.entries(data ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Checks an edit the way its pull request will be checked: the edited text as head, against the base (the original,
 * unless the caller has the pull request's base). An error the original already had against that base (same rule,
 * code, subject and data) is not the edit's doing, so it is kept apart.
 */
export async function judgeEdit(input: EditCheckInput): Promise<EditVerdict> {
  const common = {
    resolvePack: input.resolvePack,
    now: input.now,
    ...(input.knownPacks ? { knownPacks: input.knownPacks } : {}),
  };
  const base = input.base === null ? {} : { base: { file: input.file, text: input.base ?? input.original } };
  const before = await check({ head: { file: input.file, text: input.original }, ...base, ...common });
  // Strict judges only the edited text so: the original's errors that were already in the base stay warnings, so
  // they are not counted as known, and the edit is refused for them as the pull request's strict check would fail.
  const after = await check({
    head: { file: input.file, text: input.edited },
    ...base,
    ...common,
    ...(input.strict ? { strict: true } : {}),
  });
  const known = new Set(before.findings.filter((f) => f.severity === 'error').map(key));
  const errors = after.findings.filter((f) => f.severity === 'error');
  return {
    introduced: errors.filter((f) => !known.has(key(f))),
    preexisting: errors.filter((f) => known.has(key(f))),
    warnings: after.findings.filter((f) => f.severity === 'warning'),
  };
}
