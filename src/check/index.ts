// The check: read both manifests, find the pack that judges, fit the head to the pack, diff, run the rules.
// Its parts: types.ts (what it takes and gives), pack-fit.ts, diff.ts, states.ts, run-rules.ts.
import { schemaFinding } from '../bad-input.js';
import { compareFindings, type Finding, RollgateError } from '../findings.js';
import { type Fleet, type LoadedManifest, loadManifest } from '../manifest/fleet.js';
import { positionOf } from '../manifest/positions.js';
import { loadPack } from '../policy/pack.js';
import { printable } from '../report/escape.js';
import type { Judged } from '../rules/types.js';
import { diffFleets } from './diff.js';
import { markIntroduced } from './introduced.js';
import { checkAgainstPack } from './pack-fit.js';
import { runRules } from './run-rules.js';
import type { CheckInput, CheckResult } from './types.js';

export { diffFleets } from './diff.js';
export { statesOf } from './states.js';
export type { CheckInput, CheckResult, EditedPacks, NamedPolicies, PackResolver, TextFile } from './types.js';

/** Judges a head manifest (against a base, when given) by its pack's rules. Throws only when it cannot run. */
export async function check(input: CheckInput): Promise<CheckResult> {
  const head = loadManifest(input.head.text, input.head.file);
  // A base differs from its head in a few clusters: what is written the same is not parsed twice.
  const base = input.base
    ? loadManifest(
        input.base.text,
        input.base.file,
        head.source ? { known: head.source, knownPassed: head.fleet !== undefined } : {},
      )
    : undefined;
  const findings: Finding[] = [...head.findings];
  if (!head.fleet || !head.source || head.findings.length > 0) {
    return finish({ findings, changes: [], head, ...(base ? { base } : {}) }, input.strict);
  }
  const baseUsable = base?.fleet && base.source && base.findings.length === 0;
  if (base && !baseUsable) {
    const first = base.findings[0];
    findings.push(
      schemaFinding(
        'BASE_UNREADABLE',
        { file: head.file, line: 1, column: 1, severity: 'warning' },
        { file: base.file, reason: first ? ` (line ${first.line}: ${first.message})` : '' },
      ),
    );
  }
  const judgedHead: Judged = { fleet: head.fleet, source: head.source };
  const judgedBase: Judged | undefined = baseUsable
    ? { fleet: base.fleet as Fleet, source: base.source as NonNullable<LoadedManifest['source']> }
    : undefined;
  const policyName = judgedBase?.fleet.policy ?? head.fleet.policy;
  const packFile = await input.resolvePack(
    policyName,
    judgedBase ? (base as LoadedManifest).file : head.file,
  );
  if (!packFile) {
    const { line, column } = positionOf(head.source, ['policy']);
    const known = input.knownPacks?.length ? ` The packs there are: ${input.knownPacks.join(', ')}.` : '';
    findings.push(
      schemaFinding(
        /\.ya?ml$/.test(policyName) ? 'PACK_PATH_NOT_FOUND' : 'UNKNOWN_PACK',
        { file: head.file, line, column },
        { policy: policyName, known },
      ),
    );
    return finish({ findings, changes: [], head, ...(base ? { base } : {}) }, input.strict);
  }
  const loaded = loadPack(packFile.text, packFile.file);
  if (!loaded.policy) {
    const first = loaded.findings[0];
    throw new RollgateError(
      `The policy pack ${packFile.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${printable(first.message)}` : '.'}`,
    );
  }
  const policy = loaded.policy;
  const policyChanges =
    typeof input.policyChanges === 'function'
      ? await input.policyChanges({
          head: head.fleet.policy,
          ...(base?.fleet ? { base: base.fleet.policy } : {}),
        })
      : (input.policyChanges ?? []);
  for (const change of policyChanges) {
    if (change.text === undefined) continue;
    findings.push(...loadPack(change.text, change.file).findings);
  }
  const changes = judgedBase ? diffFleets(judgedBase.fleet, judgedHead.fleet) : [];
  const judged = [
    ...checkAgainstPack(judgedHead, policy),
    ...runRules(judgedHead, judgedBase, policy, changes, policyChanges, input.now, {
      ...(input.observed ? { observed: input.observed } : {}),
    }),
  ];
  if (judgedBase) markIntroduced(judged, judgedBase, policy, input.now);
  findings.push(...judged);
  return finish({ findings, changes, head, ...(base ? { base } : {}), policy }, input.strict);
}

function finish(result: Omit<CheckResult, 'ok' | 'summary'>, strict = false): CheckResult {
  result.findings.sort(compareFindings);
  let errors = 0;
  let warnings = 0;
  for (const finding of result.findings) {
    finding.message = printable(finding.message);
    finding.introduced ??= true;
    // Already in the base: a warning, unless --strict keeps it at its severity.
    if (!finding.introduced && !strict) finding.severity = 'warning';
    if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return { ok: errors === 0, summary: { errors, warnings }, ...result };
}
