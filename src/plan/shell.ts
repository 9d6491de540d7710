import { RollgateError } from '../findings.js';
import type { PlannedStep, Stage } from './types.js';

/** A value as one single-quoted bash word: nothing inside is expanded, whatever it holds. */
export function shellQuote(value: string): string {
  if (value.includes('\u0000'))
    throw new RollgateError('A command argument contains a NUL byte, which no shell argument can carry.');
  return value.includes("'") ? `'${value.replace(/'/g, `'\\''`)}'` : `'${value}'`;
}

/** A value as a shell word, quoted only when it holds anything beyond plain characters (for files a person reads). */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : shellQuote(value);
}

/**
 * How member commands are run: the words of a command prefix with `{member}` in them, and how the command is passed.
 * `word`: as one quoted word where the `{command}` word stands, for a program that hands a string to a remote shell
 * (ssh, autossh, pdsh), which splits it again; `arguments`: as separate arguments after the prefix, for one that
 * runs them as they are (env, sudo, timeout).
 */
export interface Transport {
  words: string[];
  command: 'word' | 'arguments';
}

/** The transport that runs every command on the runner itself (a self-hosted runner that lives on the member). */
export const LOCAL_TRANSPORT: Transport = { words: [], command: 'arguments' };

/**
 * Programs that join their arguments into one line for a remote shell, so the command must reach them as one quoted
 * word: ssh and what wraps it (autossh), the parallel shells (pdsh, dsh, clush), and rsh.
 */
export const REMOTE_SHELLS = ['ssh', 'autossh', 'pdsh', 'dsh', 'clush', 'rsh'] as const;

/**
 * Reads a transport template such as `ssh {member}` or `env ROLLGATE_MEMBER={member}`: words split on spaces.
 * `{member}` becomes the host; a `{command}` word states that the command is passed as one quoted string, for
 * transports that hand a string to a remote shell. The programs in REMOTE_SHELLS do that, so wherever one stands
 * `{command}` is implied when the template omits it; any other template passes the command as separate arguments.
 */
export function parseTransport(template: string | undefined): Transport {
  if (template === undefined || template.trim() === '') return LOCAL_TRANSPORT;
  if (hasControl(template))
    throw new RollgateError(
      'The transport must be one line of words, for example --transport "ssh {member}".',
    );
  const words = template.trim().split(/\s+/);
  if (words[0]?.includes('{'))
    throw new RollgateError(
      'The transport must start with a program, for example "ssh {member}"; {member} and {command} come after it.',
    );
  if (words.filter((word) => word === '{command}').length > 1)
    throw new RollgateError('The transport names {command} twice; the command goes in once.');
  for (const word of words) {
    for (const match of word.matchAll(/\{([^}]*)\}/g)) {
      if (match[1] !== 'member' && match[1] !== 'command') {
        throw new RollgateError(
          `The transport uses {${match[1]}}; it knows {member} (the host) and {command} (the command as one quoted string).`,
        );
      }
    }
    if (/[{}]/.test(word.replaceAll('{member}', '').replaceAll('{command}', '')))
      throw new RollgateError(
        `The transport word ${JSON.stringify(word)} has a brace that opens or closes no {member} or {command}.`,
      );
    if (word.includes('{command}') && word !== '{command}') {
      throw new RollgateError(
        'In the transport, {command} must be a word of its own, for example "ssh {member} {command}".',
      );
    }
  }
  // ssh (and autossh, pdsh...) joins its arguments into one line for the remote shell, wherever it stands
  // (`timeout 900 ssh {member}`): it must be given the command as one quoted word.
  const remoteShell = words.some((word) =>
    (REMOTE_SHELLS as readonly string[]).includes(word.split('/').pop() ?? ''),
  );
  if (remoteShell && !words.includes('{command}')) words.push('{command}');
  return { words, command: words.includes('{command}') ? 'word' : 'arguments' };
}

/** The argv that runs a step: on the runner as written, elsewhere behind the transport with the host filled in. */
export function transportArgv(step: PlannedStep, transport: Transport): string[] {
  if (step.on === 'runner' || transport.words.length === 0) return step.run;
  const host = step.host ?? '';
  const argv: string[] = [];
  for (const word of transport.words) {
    if (word === '{command}') argv.push(step.run.map(shellWord).join(' '));
    else argv.push(word.replaceAll('{member}', host));
  }
  return transport.command === 'word' ? argv : [...argv, ...step.run];
}

/** The bash script that carries out a stage: its parts in order, or the one part given as its argument. */
export function renderJobScript(stage: Stage, planId: string, transport: Transport): string {
  const lines: string[] = [
    '#!/usr/bin/env bash',
    comment(`rollgate plan ${planId}`),
    comment(
      `Stage ${stage.id}: ${stage.component} in cluster ${stage.cluster}${stage.wave ? ` (wave ${stage.wave})` : ''}, ${stage.from ?? '(new)'} -> ${stage.to}, ${stage.strategy}.`,
    ),
    '# Generated by `rollgate plan`; every value is single-quoted, so nothing from the manifest is interpreted.',
    `# Usage: ${stage.id}.sh [PART]. Without PART it runs parts 1 to ${stage.parts.length} in order, approvals included`,
    '# (whoever runs it is the approval); with PART it runs that part only, as the rollout workflow does.',
    'set -euo pipefail',
    '',
    '# Runs one step and ends the stage at the first failure, saying where it stopped.',
    'rollgate_run() {',
    '  local where="$1" step="$2"',
    '  shift 2',
    '  printf \'rollgate: %s: %s\\n\' "$where" "$step" >&2',
    '  if ! "$@"; then',
    '    printf \'rollgate: %s: step %s failed; the stage stops here.\\n\' "$where" "$step" >&2',
    '    exit 1',
    '  fi',
    '}',
    '',
  ];
  const all = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
  // Written only into the scripts that use them, so every other script reads as it did.
  if (all.some((step) => step.retry)) lines.push(...RETRY_FUNCTION);
  if (all.some((step) => step.unless)) lines.push(...UNLESS_FUNCTION);
  if (all.some((step) => step.onlyIf)) lines.push(...ONLY_IF_FUNCTION);
  if (all.some((step) => step.expect)) lines.push(...EXPECT_FUNCTION);
  const stepLine = (step: PlannedStep, indent: string) => {
    const where = step.on === 'runner' ? 'runner' : (step.host ?? 'runner');
    const command = transportArgv(step, transport);
    const argv = step.expect
      ? [
          'rollgate_expect',
          String(step.expect.length),
          ...step.expect.flatMap((e) => [e.what, e.match, e.is]),
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
    lines.push(`rollgate_part_${part.part}() {`);
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
  lines.push(`printf 'rollgate: stage %s: %s done.\\n' ${shellQuote(stage.id)} "\${1:-all parts}" >&2`);
  return `${lines.join('\n')}\n`;
}

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
  '      exit 1',
  '    fi',
  '    try=$((try + 1))',
  '    sleep "$every"',
  '  done',
  '}',
  '',
];

// A step with `unless` or `creates`: passed over, and said so, where its check succeeds.
const UNLESS_FUNCTION = [
  '# Whether a step is done already (its check succeeds): then it is passed over, and a rerun never redoes it.',
  'rollgate_done() {',
  '  local where="$1" step="$2"',
  '  shift 2',
  '  if "$@" >/dev/null 2>&1; then',
  '    printf \'rollgate: %s: %s: done already, passed over\\n\' "$where" "$step" >&2',
  '    return 0',
  '  fi',
  '  return 1',
  '}',
  '',
];

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
  '  return 0',
  '}',
  '',
];

// A step with `expect`: its output read back, each expectation's first matching line's last group compared.
const EXPECT_FUNCTION = [
  '# Runs a command and reads its output back: for each of COUNT (WHAT, MATCH, WANT), the first line MATCH (an',
  '# extended regular expression) finds, its last group, must be WANT; no such line reads as empty.',
  'rollgate_expect() {',
  '  local count="$1" out line got i what match want',
  '  shift',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  local checks=("${@:1:count*3}")',
  '  shift $((count * 3))',
  '  out=$("$@") || return 1',
  '  for ((i = 0; i < count * 3; i += 3)); do',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  "    what=${checks[i]} match=${checks[i+1]} want=${checks[i+2]} got=''",
  '    while IFS= read -r line; do',
  '      if [[ $line =~ $match ]]; then',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '        got=${BASH_REMATCH[${#BASH_REMATCH[@]}-1]}',
  '        break',
  '      fi',
  '    done <<<"$out"',
  '    if [ "$got" != "$want" ]; then',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '      printf \'rollgate: %s is %s, not %s\\n\' "$what" "${got:-(nothing)}" "${want:-(nothing)}" >&2',
  '      return 1',
  '    fi',
  '  done',
  '}',
  '',
];

/** A line of text as a bash comment: control characters cannot end the comment and start a command. */
function comment(text: string): string {
  return `# ${text.replace(CONTROL, ' ')}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a comment must not carry.
const CONTROL = /[\u0000-\u001f\u007f]/g;

function hasControl(text: string): boolean {
  return text.search(CONTROL) >= 0;
}
