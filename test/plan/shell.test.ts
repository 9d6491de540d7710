// Quoting and transports: whatever a value holds, bash must hand it to the command as one unchanged argument.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTransport, shellQuote, shellWord, transportArgv } from '../../src/plan/index.js';
import type { PlannedStep } from '../../src/plan/types.js';

const HOSTILE = [
  '',
  ' ',
  "'",
  "''",
  `it's`,
  '"',
  '$(reboot)',
  '`reboot`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash expansion the quoting must defuse
  '${IFS}',
  '$HOME',
  '\\',
  "\\'",
  'a\nb',
  '; rm -rf / #',
  '&& echo pwned',
  '| tee /etc/passwd',
  '*',
  '~',
  '!!',
  '--channel=x --revision=1',
  "'\"'\"'",
  'tab\there',
  'ünïcödé ✓',
  '-n',
];

/** What bash passes to a command for each word of a command line. */
function bashArgs(words: string[]): string[] {
  const script = `printf '%s\\0' ${words.join(' ')}`;
  const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it.each(HOSTILE)('hands bash %j back unchanged as one argument', (value) => {
    expect(bashArgs([shellQuote(value)])).toEqual([value]);
  });

  it('hands back any string without NUL unchanged, also several in a row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary' }).filter((s) => !s.includes('\0')),
          { minLength: 1, maxLength: 5 },
        ),
        (values) => {
          expect(bashArgs(values.map(shellQuote))).toEqual(values);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a NUL byte, which no argument can carry', () => {
    expect(() => shellQuote('a\0b')).toThrow('NUL');
  });

  it.each(HOSTILE)('shellWord keeps %j one unchanged argument too', (value) => {
    expect(bashArgs([shellWord(value)])).toEqual([value]);
  });

  it('leaves plain words readable', () => {
    expect(shellWord('--channel=squid/stable')).toBe('--channel=squid/stable');
    expect(shellWord('a b')).toBe("'a b'");
  });
});

describe('transports', () => {
  const step: PlannedStep = {
    name: 'refresh',
    run: ['snap', 'refresh', 'lxd', "--x=it's"],
    on: 'member',
    host: 'lab-1',
  };

  it.each([
    ['no transport: the command as it is', undefined, ['snap', 'refresh', 'lxd', "--x=it's"]],
    [
      'a prefix: the command after it',
      'env ROLLGATE_MEMBER={member}',
      ['env', 'ROLLGATE_MEMBER=lab-1', 'snap', 'refresh', 'lxd', "--x=it's"],
    ],
    ['ssh: one quoted command line', 'ssh {member}', ['ssh', 'lab-1', `snap refresh lxd '--x=it'\\''s'`]],
    [
      'ssh with options and a user',
      'ssh -o BatchMode=yes root@{member}',
      ['ssh', '-o', 'BatchMode=yes', 'root@lab-1', `snap refresh lxd '--x=it'\\''s'`],
    ],
    ['an explicit {command}', 'sh -c {command}', ['sh', '-c', `snap refresh lxd '--x=it'\\''s'`]],
    [
      'autossh, which hands the line to ssh',
      'autossh -M 0 {member}',
      ['autossh', '-M', '0', 'lab-1', `snap refresh lxd '--x=it'\\''s'`],
    ],
    [
      'pdsh, which joins its arguments for the remote shell',
      'pdsh -R ssh -w {member}',
      ['pdsh', '-R', 'ssh', '-w', 'lab-1', `snap refresh lxd '--x=it'\\''s'`],
    ],
    [
      'sudo, which runs separate arguments as they are',
      'sudo -u deploy',
      ['sudo', '-u', 'deploy', 'snap', 'refresh', 'lxd', "--x=it's"],
    ],
  ])('%s', (_title, template, argv) => {
    expect(transportArgv(step, parseTransport(template))).toEqual(argv);
  });

  it('gives ssh the command as one word wherever ssh stands in the transport', () => {
    const argv = transportArgv(step, parseTransport('timeout 900 /usr/bin/ssh {member}'));
    expect(argv).toEqual(['timeout', '900', '/usr/bin/ssh', 'lab-1', `snap refresh lxd '--x=it'\\''s'`]);
    expect(bashArgs([argv[4] as string])).toEqual(step.run);
  });

  it.each([
    ['a placeholder as the program', '{member} snap', /must start with a program/],
    ['only {command}', '{command}', /must start with a program/],
    ['an unclosed placeholder', 'ssh {member', /"\{member" has a brace that opens or closes no/],
    ['a stray closing brace', 'ssh member}', /has a brace that opens or closes no/],
    ['{command} twice', 'ssh {member} {command} {command}', /names \{command\} twice/],
    ['an unknown placeholder', 'ssh {host}', /uses \{host\}; it knows \{member\}/],
    ['{member} twice', 'ssh {member} {member}', /names \{member\} more than once/],
    ['{member} in one word twice', 'env A={member}{member}', /names \{member\} more than once/],
    ['{member} after the host', 'ssh bastion {member}', /where ssh does not take its host/],
    ['{member} as an option value', 'ssh -J {member} bastion', /where ssh does not take its host/],
    ['a command after the host', 'ssh {member} sudo', /has words after ssh's host/],
    ['{command} before other words', 'sh -c {command} x', /puts \{command\} before other words/],
  ])('refuses a transport with %s', (_what, template, message) => {
    expect(() => parseTransport(template)).toThrow(message);
  });

  it.each([
    ['ssh {member}', 'word'],
    ['/usr/bin/autossh {member}', 'word'],
    ['pdsh -w {member}', 'word'],
    ['kubectl exec {member} --', 'arguments'],
    ['env ROLLGATE_MEMBER={member}', 'arguments'],
    ['mywrapper {member} {command}', 'word'],
  ])('states how %s passes the command: %s', (template, command) => {
    expect(parseTransport(template).command).toBe(command);
  });

  it.each(['autossh -M 0 {member}', 'pdsh -w {member}'])(
    'gives %s a line the remote shell splits back into the same arguments',
    (template) => {
      const argv = transportArgv(step, parseTransport(template));
      expect(bashArgs([argv.at(-1) as string])).toEqual(step.run);
    },
  );

  it.each([
    ['local, said knowingly', 'local', { words: [], command: 'arguments', perMember: false, local: true }],
    ['nothing', undefined, { words: [], command: 'arguments', perMember: false }],
    [
      'a prefix without {member}',
      'sudo -n',
      { words: ['sudo', '-n'], command: 'arguments', perMember: false },
    ],
    [
      'ssh behind options',
      'ssh -p 22 -oBatchMode=yes root@{member}',
      {
        words: ['ssh', '-p', '22', '-oBatchMode=yes', 'root@{member}', '{command}'],
        command: 'word',
        perMember: true,
      },
    ],
  ])('reads %s', (_what, template, transport) => {
    expect(parseTransport(template)).toEqual(transport);
  });

  it('runs a runner step on the runner whatever the transport', () => {
    expect(transportArgv({ ...step, on: 'runner', host: null }, parseTransport('ssh {member}'))).toEqual(
      step.run,
    );
  });

  it('gives ssh a command line that the remote shell splits back into the same arguments', () => {
    const [, , line] = transportArgv(step, parseTransport('ssh {member}'));
    expect(bashArgs([line as string])).toEqual(step.run);
  });
});
