// The bash script of a stage: its steps through the transport (retried, passed over, read back as the pack says),
// and gates that stop before a part until someone approves it.
import { comment, shellQuote, type Transport, transportArgv } from './shell.js';
import type { PlannedExpectation, PlannedStep, RollbackStage, Stage } from './types.js';

/** The bash script that carries out a stage: its parts in order, or the one part given as its argument. */
export function renderJobScript(stage: Stage, planId: string, transport: Transport): string {
  const gated = stage.parts.some((part) => part.approval);
  const lines: string[] = [
    ...header(stage, planId),
    `# Usage: ${stage.id}.sh [PART]. Without PART it runs parts 1 to ${stage.parts.length} in order; with PART it runs that`,
    '# part only, as the rollout workflow does.',
    ...(gated
      ? [
          '# A part that waits for approval asks for the cluster name at a terminal; elsewhere it needs ROLLGATE_APPROVED',
          '# (STAGE/PART, the stage, or all: the workflow sets it for a job its environment approved), or it exits 3.',
        ]
      : []),
    'set -euo pipefail',
    '',
    ...(gated
      ? [`rollgate_stage=${shellQuote(stage.id)}`, `rollgate_cluster=${shellQuote(stage.cluster)}`, '']
      : []),
    `rollgate_progress_stage=${shellQuote(stage.id)}`,
    'rollgate_part=all',
    '',
    PROGRESS_TEXT,
    RUN_TEXT,
  ];
  const all = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
  // Written only into the scripts that use them, so every other script reads as it did.
  if (all.some((step) => step.retry)) lines.push(RETRY_TEXT);
  if (all.some((step) => step.unless)) lines.push(UNLESS_TEXT);
  if (all.some((step) => step.onlyIf)) lines.push(ONLY_IF_TEXT);
  if (all.some((step) => step.expect)) lines.push(EXPECT_TEXT);
  if (gated) lines.push(GATE_TEXT);
  const stepLine = (step: PlannedStep, indent: string) => {
    const where = step.on === 'runner' ? 'runner' : (step.host ?? 'runner');
    const command = transportArgv(step, transport);
    const argv = step.expect
      ? [
          'rollgate_expect',
          where,
          String(step.expect.length),
          ...step.expect.flatMap((e) => [e.what, e.match, ...expected(e)]),
          ...command,
        ]
      : command;
    const run = step.retry
      ? `rollgate_retry ${[where, step.name, String(step.retry.attempts), String(step.retry.every), ...argv].map(shellQuote).join(' ')}`
      : `rollgate_run ${[where, step.name, ...argv].map(shellQuote).join(' ')}`;
    const checks: string[] = [];
    if (step.onlyIf) {
      const { host, run } = step.onlyIf;
      const onMember = transportArgv({ name: step.name, on: 'member', host, run }, transport);
      checks.push(`rollgate_off ${[host, step.name, ...onMember].map(shellQuote).join(' ')}`);
    }
    if (step.unless) {
      const check = transportArgv({ ...step, run: step.unless }, transport);
      checks.push(`rollgate_done ${[where, step.name, ...check].map(shellQuote).join(' ')}`);
    }
    if (checks.length === 0) return `${indent}${run}`;
    return [`${indent}if ${checks.join(' || ')}; then :; else`, `${indent}  ${run}`, `${indent}fi`].join(
      '\n',
    );
  };
  const memberFunction = (name: string, steps: PlannedStep[], title: string) => {
    lines.push(comment(title));
    lines.push(`${name}() {`);
    if (steps.length === 0) lines.push('  :');
    for (const step of steps) lines.push(stepLine(step, '  '));
    lines.push('}', '');
  };
  const split = new Map<string, number>();
  for (const part of stage.parts) if (part.until) split.set(part.until.member, part.until.step);
  stage.members.forEach((member, index) => {
    const gate = split.get(member.name);
    if (gate === undefined) {
      memberFunction(`rollgate_member_${index + 1}`, member.steps, member.name);
      return;
    }
    memberFunction(
      `rollgate_member_${index + 1}_before_gate`,
      member.steps.slice(0, gate),
      `${member.name}, up to its approval gate`,
    );
    memberFunction(
      `rollgate_member_${index + 1}_after_gate`,
      member.steps.slice(gate),
      `${member.name}, after its approval gate`,
    );
  });
  const indexOf = new Map(stage.members.map((member, index) => [member.name, index + 1]));
  const callOf = (part: Stage['parts'][number], name: string) => {
    const base = `rollgate_member_${indexOf.get(name)}`;
    if (part.until?.member === name) return `${base}_before_gate`;
    if (part.resume?.member === name) return `${base}_after_gate`;
    return base;
  };
  for (const part of stage.parts) {
    const first = part.part === 1;
    const last = part.part === stage.parts.length;
    lines.push(
      comment(
        `Part ${part.part}: ${part.members.join(', ')}${part.approval ? ` (after approval: ${part.reason ?? ''})` : ''}`,
      ),
    );
    lines.push(`rollgate_part_${part.part}() {`, `  rollgate_part=${part.part}`);
    if (part.approval)
      lines.push(`  rollgate_gate ${shellQuote(String(part.part))} ${shellQuote(part.reason ?? 'approval')}`);
    if (first) for (const step of stage.before) lines.push(stepLine(step, '  '));
    const calls = part.members.map((name) => callOf(part, name));
    if (stage.strategy === 'parallel' && calls.length > 1) {
      // All members at once (a member whose version differs from the rest may be blocked), then wait for every one,
      // so a failure on one member is reported only after the others have finished rather than cut off half-way.
      lines.push('  local pids=() pid failed=0');
      for (const call of calls) lines.push(`  ${call} &`, '  pids+=("$!")');
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      lines.push('  for pid in "${pids[@]}"; do', '    wait "$pid" || failed=1', '  done');
      lines.push('  if [ "$failed" -ne 0 ]; then');
      lines.push(
        `    printf 'rollgate: %s: a member failed; the stage stops here.\\n' ${shellQuote(stage.id)} >&2`,
      );
      lines.push('    exit 1', '  fi');
    } else {
      for (const call of calls) lines.push(`  ${call}`);
    }
    if (last) for (const step of stage.after) lines.push(stepLine(step, '  '));
    lines.push('}', '');
  }
  const everyPart = stage.parts.map((part) => `rollgate_part_${part.part}`).join('; ');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  lines.push('case "${1:-all}" in');
  lines.push(`  all) ${everyPart} ;;`);
  for (const part of stage.parts) lines.push(`  ${part.part}) rollgate_part_${part.part} ;;`);
  lines.push(
    `  *) printf 'rollgate: %s has parts 1 to %s, not %s.\\n' ${shellQuote(stage.id)} ${shellQuote(String(stage.parts.length))} "$1" >&2; exit 2 ;;`,
  );
  lines.push('esac');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  lines.push('rollgate_part="${1:-all}"', "rollgate_progress '' stage 'done'");
  lines.push(`printf 'rollgate: stage %s: %s done.\\n' ${shellQuote(stage.id)} "\${1:-all parts}" >&2`);
  return `${lines.join('\n')}\n`;
}

// The function every step goes through (rollgate_run), the same in every script.
const RUN_TEXT = [
  '# Runs one step and ends the stage at the first failure, saying where it stopped.',
  'rollgate_run() {',
  '  local where="$1" step="$2"',
  '  shift 2',
  '  printf \'rollgate: %s: %s\\n\' "$where" "$step" >&2',
  '  if ! "$@"; then',
  '    printf \'rollgate: %s: step %s failed; the stage stops here.\\n\' "$where" "$step" >&2',
  '    rollgate_progress "$where" "$step" failed',
  '    exit 1',
  '  fi',
  '  rollgate_progress "$where" "$step" ok',
  '}',
  '',
].join('\n');

// Progress records for `rollgate status`: one JSON line per member and step, appended to the file ROLLGATE_PROGRESS
// names (the rollout workflow sets it and uploads the file); without it nothing is written. Names are escaped for
// JSON here, and `rollgate status` reads a record only in the exact shape written.
const PROGRESS_FUNCTION = [
  '# Appends a progress record to $ROLLGATE_PROGRESS, when set: stage, part, member, step, result, time (JSON lines).',
  'rollgate_progress() {',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  [ -n "${ROLLGATE_PROGRESS:-}" ] || return 0',
  '  local member="$1" step="$2" result="$3" time',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  member=${member//\\\\/\\\\\\\\}; member=${member//\\"/\\\\\\"}; step=${step//\\\\/\\\\\\\\}; step=${step//\\"/\\\\\\"}',
  '  time=$(date -u +%Y-%m-%dT%H:%M:%SZ)',
  '  printf \'{"stage":"%s","part":"%s","member":"%s","step":"%s","result":"%s","time":"%s"}\\n\' "$rollgate_progress_stage" "$rollgate_part" "$member" "$step" "$result" "$time" >>"$ROLLGATE_PROGRESS" || true',
  '}',
  '',
];
const PROGRESS_TEXT = PROGRESS_FUNCTION.join('\n');

// A step with `retry`: tried `attempts` times, `every` seconds apart, before the stage stops.
const RETRY_FUNCTION = [
  '# Runs a check until it passes, at most ATTEMPTS times EVERY seconds apart; then ends the stage.',
  'rollgate_retry() {',
  '  local where="$1" step="$2" attempts="$3" every="$4" try=1',
  '  shift 4',
  '  printf \'rollgate: %s: %s\\n\' "$where" "$step" >&2',
  '  until "$@"; do',
  '    if [ "$try" -ge "$attempts" ]; then',
  '      printf \'rollgate: %s: step %s failed %s times; the stage stops here.\\n\' "$where" "$step" "$try" >&2',
  '      rollgate_progress "$where" "$step" failed',
  '      exit 1',
  '    fi',
  '    try=$((try + 1))',
  '    sleep "$every"',
  '  done',
  '  rollgate_progress "$where" "$step" ok',
  '}',
  '',
];
const RETRY_TEXT = RETRY_FUNCTION.join('\n');

// A step with `unless` or `creates`: passed over, and said so, where its check succeeds.
const UNLESS_FUNCTION = [
  '# Whether a step is done already (its check succeeds): then it is passed over, and a rerun never redoes it.',
  'rollgate_done() {',
  '  local where="$1" step="$2"',
  '  shift 2',
  '  if "$@" >/dev/null 2>&1; then',
  '    printf \'rollgate: %s: %s: done already, passed over\\n\' "$where" "$step" >&2',
  '    rollgate_progress "$where" "$step" passed-over',
  '    return 0',
  '  fi',
  '  return 1',
  '}',
  '',
];
const UNLESS_TEXT = UNLESS_FUNCTION.join('\n');

// A step with `onlyIf`: passed over, and said so, on a member where its check fails.
const ONLY_IF_FUNCTION = [
  '# Whether a step is not for this member (its check, run on the member, fails): then it is passed over.',
  'rollgate_off() {',
  '  local where="$1" step="$2"',
  '  shift 2',
  '  if "$@" >/dev/null 2>&1; then',
  '    return 1',
  '  fi',
  '  printf \'rollgate: %s: %s: not on this member, passed over\\n\' "$where" "$step" >&2',
  '  rollgate_progress "$where" "$step" passed-over',
  '  return 0',
  '}',
  '',
];
const ONLY_IF_TEXT = ONLY_IF_FUNCTION.join('\n');

// A step with `expect`: its output read back, each check's first matching line's last group compared; every
// difference is reported, naming the member, what was expected and what was found.
const EXPECT_FUNCTION = [
  '# Runs a command and reads its output back. For each of COUNT checks (WHAT, MATCH, TEST, WANT): the first line',
  '# MATCH (an extended regular expression) finds, its last group (none: empty), is WANT (is), holds WANT among its',
  '# comma-separated items (has) or not (lacks), or equals what the expression WANT finds (like).',
  'rollgate_expect() {',
  '  local where="$1" count="$2" out line got found i what match test want failed=0',
  '  shift 2',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  local checks=("${@:1:count*4}")',
  '  shift $((count * 4))',
  '  out=$("$@") || return 1',
  '  rollgate_find() {',
  "    found=''",
  '    while IFS= read -r line; do',
  '      if [[ $line =~ $1 ]]; then',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '        found=${BASH_REMATCH[${#BASH_REMATCH[@]}-1]}',
  '        return 0',
  '      fi',
  '    done <<<"$out"',
  '    return 1',
  '  }',
  '  for ((i = 0; i < count * 4; i += 4)); do',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '    what=${checks[i]} match=${checks[i+1]} test=${checks[i+2]} want=${checks[i+3]}',
  '    rollgate_find "$match" || true',
  '    got=$found',
  '    case "$test" in',
  '      is) [ "$got" = "$want" ] && continue ;;',
  '      has)',
  '        [[ ",$got," == *",$want,"* ]] && continue',
  '        want="$want among its items"',
  '        ;;',
  '      lacks)',
  '        [[ ",$got," != *",$want,"* ]] && continue',
  '        want="no $want among its items"',
  '        ;;',
  '      like)',
  '        rollgate_find "$want" || true',
  '        want=$found',
  '        [ -n "$got" ] && [ "$got" = "$want" ] && continue',
  '        ;;',
  '    esac',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '    printf \'rollgate: %s: %s: expected %s, found %s.\\n\' "$where" "$what" "${want:-(nothing)}" "${got:-(nothing)}" >&2',
  '    failed=1',
  '  done',
  '  return "$failed"',
  '}',
  '',
];
const EXPECT_TEXT = EXPECT_FUNCTION.join('\n');

// A part that waits for approval: the script stops before it until someone gives it.
const GATE_FUNCTION = [
  "# Stops before a part that waits for approval: at a terminal until the cluster's name is typed; elsewhere it goes",
  '# on only when ROLLGATE_APPROVED names the part (STAGE/PART), the stage or all, else exits with status 3.',
  'rollgate_gate() {',
  '  local part="$1" reason="$2" approved answer',
  '  local -a approvals=()',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  IFS=\', \' read -r -a approvals <<< "${ROLLGATE_APPROVED:-}"',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  for approved in "${approvals[@]}"; do',
  '    case "$approved" in',
  '      all | "$rollgate_stage" | "$rollgate_stage/$part")',
  "        rollgate_progress '' approval approved",
  '        return 0',
  '        ;;',
  '    esac',
  '  done',
  '  if [ -t 0 ]; then',
  '    printf \'rollgate: stage %s part %s waits for approval: %s\\n\' "$rollgate_stage" "$part" "$reason" >&2',
  '    printf \'rollgate: type the name of the cluster (%s) to approve it, anything else to stop: \' "$rollgate_cluster" >&2',
  '    if read -r answer && [ "$answer" = "$rollgate_cluster" ]; then',
  "      rollgate_progress '' approval approved",
  '      return 0',
  '    fi',
  '    printf \'rollgate: stage %s part %s was not approved; the stage stops here.\\n\' "$rollgate_stage" "$part" >&2',
  "    rollgate_progress '' approval refused",
  '    exit 3',
  '  fi',
  '  printf \'rollgate: stage %s part %s waits for approval (%s) and there is no terminal to ask; the stage stops here. Approved, run it with ROLLGATE_APPROVED=%s.\\n\' "$rollgate_stage" "$part" "$reason" "$rollgate_stage/$part" >&2',
  "  rollgate_progress '' approval waiting",
  '  exit 3',
  '}',
  '',
];
const GATE_TEXT = GATE_FUNCTION.join('\n');

/** A check's test and the value it wants, as rollgate_expect reads them. */
function expected(check: PlannedExpectation): [string, string] {
  if (check.is !== undefined) return ['is', check.is];
  if (check.has !== undefined) return ['has', check.has];
  if (check.lacks !== undefined) return ['lacks', check.lacks];
  return ['like', check.like ?? ''];
}

function header(stage: Stage, planId: string): string[] {
  return [
    '#!/usr/bin/env bash',
    comment(`rollgate plan ${planId}`),
    comment(
      `Stage ${stage.id}: ${stage.component} in cluster ${stage.cluster}${stage.wave ? ` (wave ${stage.wave})` : ''}, ${stage.from ?? '(new)'} -> ${stage.to}, ${stage.strategy}.`,
    ),
    '# Generated by `rollgate plan`; every value is single-quoted, so nothing from the manifest is interpreted.',
  ];
}

/** The script of a rollback stage the vendor gives no way back for: it runs nothing and says why, exit 1. */
export function renderRefusalScript(stage: RollbackStage, planId: string): string {
  return `${[
    ...header(stage, planId),
    '# No vendor-supported way back: this script runs nothing, and stops any run of the rollback scripts in order.',
    'set -euo pipefail',
    `printf 'rollgate: %s cannot be rolled back automatically: %s\\n' ${shellQuote(stage.id)} ${shellQuote(stage.reason)} >&2`,
    'exit 1',
  ].join('\n')}\n`;
}
