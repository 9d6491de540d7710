import { RollgateError } from '../findings.js';
import type { PlannedStep } from './types.js';

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
  /** Whether `{member}` names the host, so each member's commands reach that member. */
  perMember: boolean;
  /** The user said `--transport local`: every command runs on the runner, whatever the cluster. */
  local?: boolean;
}

/** No transport: every command on the runner itself, which a plan allows only where one member's steps run there. */
export const LOCAL_TRANSPORT: Transport = { words: [], command: 'arguments', perMember: false };

/** For a plan that is only looked at (the pull request's preview), never run: where commands would run is not judged. */
export const PREVIEW_TRANSPORT: Transport = { words: [], command: 'arguments', perMember: true };

// ssh's options that take a value (`-o BatchMode=yes`, or `-oBatchMode=yes` in one word).
const SSH_VALUE_OPTIONS = 'BbcDEeFIiJLlmOoPpQRSWw';

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
 * `local` runs every command on the runner, said knowingly. A template that names `{member}` twice or anywhere but
 * ssh's host, puts words after ssh's host, or puts `{command}` anywhere but last is refused.
 */
export function parseTransport(template: string | undefined): Transport {
  if (template === undefined || template.trim() === '') return LOCAL_TRANSPORT;
  if (template.trim() === 'local') return { ...LOCAL_TRANSPORT, local: true };
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
  const members = words.filter((word) => word.includes('{member}')).length;
  if (members > 1 || words.some((word) => word.split('{member}').length > 2))
    throw new RollgateError(
      'The transport names {member} more than once; it goes once, where the host goes, for example "ssh {member}".',
    );
  const commandAt = words.indexOf('{command}');
  if (commandAt >= 0 && commandAt !== words.length - 1)
    throw new RollgateError(
      'The transport puts {command} before other words; the command goes last, for example "ssh {member} {command}".',
    );
  // ssh reads options before its host; {member} must be the host, and nothing but the command may follow it.
  // Where ssh is the remote shell (not a value of another's option, as in `pdsh -R ssh -w {member}`).
  const shell = words.findIndex((word) =>
    (REMOTE_SHELLS as readonly string[]).includes(word.split('/').pop() ?? ''),
  );
  const ssh = shell >= 0 && (words[shell] as string).split('/').pop() === 'ssh' ? shell : -1;
  if (ssh >= 0) {
    const host = sshHost(words, ssh);
    if (members > 0 && (host < 0 || !(words[host] as string).includes('{member}')))
      throw new RollgateError(
        'The transport names {member} where ssh does not take its host; put it in the host, for example "ssh -o BatchMode=yes root@{member}".',
      );
    if (host >= 0 && words.slice(host + 1).some((word) => word !== '{command}'))
      throw new RollgateError(
        `The transport has words after ssh's host ${JSON.stringify(words[host])}, where ssh takes the command; rollgate puts the command there itself.`,
      );
  }
  // ssh (and autossh, pdsh...) joins its arguments into one line for the remote shell, wherever it stands
  // (`timeout 900 ssh {member}`): it must be given the command as one quoted word.
  const remoteShell = words.some((word) =>
    (REMOTE_SHELLS as readonly string[]).includes(word.split('/').pop() ?? ''),
  );
  if (remoteShell && !words.includes('{command}')) words.push('{command}');
  return { words, command: words.includes('{command}') ? 'word' : 'arguments', perMember: members > 0 };
}

/** The index of ssh's host among the transport's words (its first operand after its options), or -1. */
function sshHost(words: string[], ssh: number): number {
  for (let at = ssh + 1; at < words.length; at++) {
    const word = words[at] as string;
    if (word === '--') return at + 1 < words.length ? at + 1 : -1;
    if (word === '{command}') return -1;
    if (!word.startsWith('-') || word === '-') return at;
    // A value option on its own takes the next word; in one word (-p22, -oX) it takes nothing more.
    const letters = word.slice(1);
    const valueAt = [...letters].findIndex((letter) => SSH_VALUE_OPTIONS.includes(letter));
    if (valueAt === letters.length - 1) at++;
  }
  return -1;
}

/** The argv that runs a step: on the runner as written, elsewhere behind the transport with the host filled in. */
export function transportArgv(step: PlannedStep, transport: Transport): string[] {
  if (step.on === 'runner' || transport.words.length === 0) return step.run;
  const host = step.host ?? '';
  const argv: string[] = [];
  for (const word of transport.words) {
    if (word === '{command}') argv.push(commandWord(step.run));
    else argv.push(word.replaceAll('{member}', host));
  }
  return transport.command === 'word' ? argv : [...argv, ...step.run];
}

// Members share their steps' argument lists (values.ts): each list is made into one word once.
const commandWords = new WeakMap<string[], string>();

/** A command as the one word a remote shell splits again. */
function commandWord(run: string[]): string {
  let word = commandWords.get(run);
  if (word === undefined) {
    word = run.map(shellWord).join(' ');
    commandWords.set(run, word);
  }
  return word;
}

/** A line of text as a bash comment: control characters cannot end the comment and start a command. */
export function comment(text: string): string {
  return `# ${text.replace(CONTROL, ' ')}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a comment must not carry.
const CONTROL = /[\u0000-\u001f\u007f]/g;

function hasControl(text: string): boolean {
  return text.search(CONTROL) >= 0;
}
