// The flags and help of the commands that look at the members and the rollout (issue 16): observe and status. Each
// command's code is loaded only when it runs.
import { defineCommand } from './command.js';

/** The flags of `rollgate observe`: a public contract. */
export const OBSERVE_OPTIONS = {
  head: { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  transport: { type: 'string' },
  out: { type: 'string', default: 'observed.json' },
  concurrency: { type: 'string', default: '32' },
  timeout: { type: 'string', default: '30' },
} as const;

/** `rollgate observe`: its flags, help and run. */
export const OBSERVE = defineCommand({
  summary: 'Ask every member what it runs (snaps, LXD cluster status) and write observed.json.',
  usage:
    'rollgate observe --head fleet.yaml [--transport "ssh {member}"] [--out observed.json] [--concurrency N] [--timeout SECONDS] [--policies DIR]',
  options: OBSERVE_OPTIONS,
  flags: {
    head: { value: 'FILE', about: 'The manifest whose members are asked; required.' },
    policies: {
      value: 'DIR',
      about:
        'The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise).',
    },
    transport: {
      value: 'COMMAND',
      about:
        'How a member is reached, as for rollgate plan, with {member} for its name, for example "ssh {member}" (default: on this machine).',
    },
    out: { value: 'FILE', about: 'Where observed.json is written.' },
    concurrency: { value: 'N', about: 'At most this many members are asked at once.' },
    timeout: {
      value: 'SECONDS',
      about: 'A member whose command has not ended by then is recorded as unknown, never as drift.',
    },
  },
  examples: [
    'rollgate observe --head fleet.yaml --transport "ssh {member}" --out observed.json',
    'rollgate observe --head fleet.yaml --transport "ssh -o ConnectTimeout=5 {member}" --concurrency 64 --timeout 20',
  ],
  exitCodes:
    '0 written (members that did not answer are unknown in it); 2 could not run (one sentence on stderr).',
  run: async (values, io, _positionals, services) =>
    (await import('./observe-command.js')).observeCommand(values, io, services),
});

/** The flags of `rollgate status`: a public contract. */
export const STATUS_OPTIONS = {
  plan: { type: 'string' },
  progress: { type: 'string', multiple: true },
  format: { type: 'string', default: 'text' },
} as const;

/** `rollgate status`: its flags, help and run. */
export const STATUS = defineCommand({
  summary: 'Show where a rollout stands: done, failed where, waiting for which approval, what remains.',
  usage: 'rollgate status --plan DIR [--progress FILE]... [--format text|json|markdown]',
  options: STATUS_OPTIONS,
  flags: {
    plan: { value: 'DIR', about: 'The folder rollgate plan wrote (its plan.json); required.' },
    progress: {
      value: 'FILE',
      about:
        'A progress file the job scripts wrote (ROLLGATE_PROGRESS, JSON lines); give one per job, or repeat. A file that does not exist is a job that never started.',
    },
    format: { value: 'FORMAT', about: 'text for a terminal, json, or markdown for a job summary.' },
  },
  examples: [
    'rollgate status --plan rollgate-plan --progress progress/*.jsonl',
    'rollgate status --plan rollgate-plan --progress progress.jsonl --format markdown >> "$GITHUB_STEP_SUMMARY"',
  ],
  exitCodes: "0 printed, whatever the rollout's state; 2 could not run (one sentence on stderr).",
  run: async (values, io) => (await import('./status-command.js')).statusCommand(values, io),
});
