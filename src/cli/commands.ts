// The commands' flags and help: a public contract, and all that `rollgate --help` and `rollgate <command> --help`
// need. Each command's code is loaded only when it runs (check excepted, the common case), so a run compiles only the
// code it uses.
import { checkCommand } from './check-command.js';
import { defineCommand } from './command.js';

/** The flag that keeps findings already in the base at their severity: a public contract. */
export const STRICT_OPTION = { strict: { type: 'boolean', default: false } } as const;

/** The help of `--strict`. */
export const STRICT_FLAG = {
  strict: {
    about:
      'Keep findings the change did not bring (the base has them too) at their severity; by default they are warnings, marked "already in the base", and fail nothing.',
  },
} as const;

/** The flags of `rollgate check`: a public contract. */
export const CHECK_OPTIONS = {
  head: { type: 'string' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  format: { type: 'string', default: 'text' },
  now: { type: 'string' },
  ...STRICT_OPTION,
  observed: { type: 'string' },
} as const;

/** `rollgate check`: its flags, help and run. */
export const CHECK = defineCommand({
  summary: 'Judge a manifest change by its policy pack.',
  usage:
    'rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF] [--policies DIR] [--format text|json|markdown|sarif] [--now ISO-8601] [--strict] [--observed observed.json]',
  options: CHECK_OPTIONS,
  flags: {
    head: { value: 'FILE', about: 'The manifest to judge; required.' },
    base: {
      value: 'FILE',
      about: 'The manifest as it was before the change, read from a file, to judge the change against.',
    },
    'base-ref': {
      value: 'REF',
      about:
        "A git ref (your pull request's base) to read the manifest as it was and the packs that judge from, so a pack the change edits does not judge it.",
    },
    policies: {
      value: 'DIR',
      about:
        'The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise).',
    },
    format: {
      value: 'FORMAT',
      about:
        'The report: text for a terminal, json, markdown as the pull request comment has it, or sarif for code scanning.',
    },
    now: {
      value: 'ISO-8601',
      about:
        'The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock).',
    },
    ...STRICT_FLAG,
    observed: {
      value: 'FILE',
      about:
        'What the members run (rollgate observe --out): a drift finding for each member that runs neither its base nor its head pin, or is not held where the manifest holds it.',
    },
  },
  examples: [
    'rollgate check --head fleet.yaml --base-ref origin/main',
    'rollgate check --head fleet.yaml --base old.yaml --format sarif > rollgate.sarif',
  ],
  exitCodes: '0 no error-level finding; 1 at least one; 2 could not run (one sentence on stderr).',
  run: (values, io, _positionals, services) => checkCommand(values, io, services),
});

/** The flags of `rollgate plan`: a public contract. */
export const PLAN_OPTIONS = {
  head: { type: 'string' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  'unfinished-ref': { type: 'string', multiple: true },
  policies: { type: 'string', default: 'policies' },
  out: { type: 'string', default: 'rollgate-plan' },
  transport: { type: 'string' },
  now: { type: 'string' },
  force: { type: 'boolean', default: false },
  ...STRICT_OPTION,
  observed: { type: 'string' },
} as const;

/** The usage line of `rollgate plan`. */
export const PLAN_USAGE =
  'rollgate plan --head fleet.yaml [--base old.yaml | --base-ref REF] [--unfinished-ref REF]... [--policies DIR] [--out DIR] [--transport "ssh {member}" | --transport local] [--now ISO-8601] [--force] [--strict] [--observed observed.json]';

/** `rollgate plan`: its flags, help and run. */
export const PLAN = defineCommand({
  summary: 'Turn a merged manifest into pins, proxy overrides and staged rollout jobs.',
  usage: PLAN_USAGE,
  options: PLAN_OPTIONS,
  flags: {
    head: { value: 'FILE', about: 'The merged manifest to plan; required.' },
    base: {
      value: 'FILE',
      about:
        'The manifest as last rolled out, read from a file; without a base every member is moved to its pins.',
    },
    'base-ref': {
      value: 'REF',
      about:
        'A git ref (refs/rollgate/rolled-out) to read the manifest as last rolled out and the packs that judge from.',
    },
    'unfinished-ref': {
      value: 'REF',
      about:
        'A git ref of a rollout that started and did not finish, whose members are planned again from wherever they may be.',
    },
    policies: {
      value: 'DIR',
      about:
        'The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise).',
    },
    out: {
      value: 'DIR',
      about:
        "The folder the plan is written to: new, empty, or an earlier plan's, whose files the new plan replaces.",
    },
    transport: {
      value: 'COMMAND',
      about:
        'How the job scripts reach a member, with {member} where the host goes, for example "ssh {member}"; local runs every command where the job runs, knowingly (default: the same, refused for a cluster of several members and for a step that reboots one).',
    },
    observed: {
      value: 'FILE',
      about:
        'What the members run (rollgate observe --out): members that already run their target and are in service are skipped (plan.json says which and why), and members a failed stage left evacuated are restored first. Without it the plan is made from the manifests alone.',
    },
    now: {
      value: 'ISO-8601',
      about:
        'The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock).',
    },
    force: { about: 'Plan even when the check finds errors.' },
    ...STRICT_FLAG,
  },
  examples: [
    'rollgate plan --head fleet.yaml --base-ref refs/rollgate/rolled-out --out rollgate-plan --transport "ssh {member}"',
    'rollgate plan --head fleet.yaml --base old.yaml --transport "ssh {member}" --out plan',
  ],
  exitCodes:
    '0 planned; 1 the check found errors, so nothing was written (--force plans anyway); 2 could not run (one sentence on stderr).',
  run: async (values, io, _positionals, services) =>
    (await import('./plan-command.js')).planCommand(values, io, services),
});

/** The flags of `rollgate path`: a public contract. */
export const PATH_OPTIONS = {
  pack: { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  format: { type: 'string', default: 'text' },
} as const;

/** The usage line of `rollgate path`. */
export const PATH_USAGE = 'rollgate path --pack NAME COMPONENT FROM TO [--policies DIR] [--format text|json]';

/** `rollgate path`: its flags, help and run. */
export const PATH = defineCommand({
  summary: "Print the upgrade path a pack's rules allow between two versions.",
  usage: PATH_USAGE,
  options: PATH_OPTIONS,
  flags: {
    pack: { value: 'NAME', about: 'The pack whose jump rules the path follows; required.' },
    policies: {
      value: 'DIR',
      about:
        'The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise).',
    },
    format: { value: 'FORMAT', about: 'text, or json: {pack, component, from, to, allowed, path, reason}.' },
  },
  examples: [
    'rollgate path --pack microshift microshift 4.14 4.18',
    'rollgate path --pack openstack identity 2023.1 2025.1 --format json',
  ],
  exitCodes:
    '0 a path (or FROM is TO already); 1 no path, and why; 2 could not run (an unknown pack, component or version).',
  positionals: true,
  takesPack: true,
  run: async (values, io, positionals) =>
    (await import('./path-command.js')).pathCommand(values, io, positionals),
});

/** The flags bump and promote share: the file, the guard's override, the base to judge against, packs, clock. */
export const EDIT_OPTIONS = {
  file: { type: 'string', default: 'fleet.yaml' },
  force: { type: 'boolean', default: false },
  'base-ref': { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  now: { type: 'string' },
} as const;

/** The help of the flags bump and promote share. */
export const EDIT_FLAGS = {
  file: { value: 'FILE', about: 'The manifest to edit in place.' },
  force: { about: 'Write the edit even when it fails rollgate check.' },
  'base-ref': {
    value: 'REF',
    about:
      "A git ref (your pull request's base) to judge the edit against, instead of the file as it was, so several edits on one branch are judged together.",
  },
  policies: {
    value: 'DIR',
    about:
      'The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise).',
  },
  now: {
    value: 'ISO-8601',
    about:
      'The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock).',
  },
} as const;

/** The flags that say where the stores are: a public contract. */
export const STORE_OPTIONS = {
  store: { type: 'string' },
  charmhub: { type: 'string' },
} as const;

/** The help of the store flags. */
export const STORE_FLAGS = {
  store: {
    value: 'URL',
    about:
      'The Snap Store, an Enterprise Store or a Snap Store Proxy to look revisions up in (default: ROLLGATE_STORE_URL, else https://api.snapcraft.io).',
  },
  charmhub: {
    value: 'URL',
    about:
      'The Charmhub to look charm revisions up in (default: ROLLGATE_CHARMHUB_URL, else https://api.charmhub.io).',
  },
} as const;

/** The flags of `rollgate bump`: a public contract. */
export const BUMP_OPTIONS = {
  to: { type: 'string' },
  cluster: { type: 'string' },
  wave: { type: 'string' },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS,
  ...STRICT_OPTION,
} as const;

/** The usage line of `rollgate bump`. */
export const BUMP_USAGE =
  'rollgate bump COMPONENT --to VERSION|CHANNEL@REVISION|CHANNEL [--cluster NAME | --wave NAME] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601] [--strict]';

/** `rollgate bump`: its flags, help and run. */
export const BUMP = defineCommand({
  summary: 'Move a component to a version in fleet.yaml, keeping its comments, if check allows it.',
  usage: BUMP_USAGE,
  options: BUMP_OPTIONS,
  flags: {
    to: {
      value: 'VERSION|CHANNEL@REVISION|CHANNEL',
      about:
        "Where the component goes: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel alone (5.21/stable), whose current revision for each cluster's architecture the pack's datasource gives; required.",
    },
    cluster: { value: 'NAME', about: 'Move the component in this cluster only.' },
    wave: {
      value: 'NAME',
      about:
        'Move the component in the clusters of this wave only (with neither, in every cluster that runs it).',
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS,
    ...STRICT_FLAG,
  },
  examples: [
    'rollgate bump lxd --to 5.21/stable@36020 --wave canary --base-ref origin/main',
    'rollgate bump lxd --to 5.21/stable --wave canary --store http://snap-proxy.internal:8080',
    'rollgate bump microshift --to 4.16.9 --cluster lab',
  ],
  exitCodes:
    '0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.',
  positionals: true,
  run: async (values, io, positionals, services) =>
    (await import('./bump-command.js')).bumpCommand(values, io, positionals, services),
});

/** The flags of `rollgate promote`: a public contract. */
export const PROMOTE_OPTIONS = { ...EDIT_OPTIONS, ...STRICT_OPTION } as const;

/** The usage line of `rollgate promote`. */
export const PROMOTE_USAGE =
  'rollgate promote FROM-WAVE TO-WAVE [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601] [--strict]';

/** `rollgate promote`: its flags, help and run. */
export const PROMOTE = defineCommand({
  summary: 'Set the clusters of a later wave to what an earlier wave runs, if check allows it.',
  usage: PROMOTE_USAGE,
  options: PROMOTE_OPTIONS,
  flags: { ...EDIT_FLAGS, ...STRICT_FLAG },
  examples: [
    'rollgate promote staging production --base-ref origin/main',
    'rollgate promote canary staging --file fleets/eu.yaml',
  ],
  exitCodes:
    '0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.',
  positionals: true,
  run: async (values, io, positionals, services) =>
    (await import('./promote-command.js')).promoteCommand(values, io, positionals, services),
});

/** The flags of `rollgate update`: a public contract. */
export const UPDATE_OPTIONS = {
  wave: { type: 'string' },
  component: { type: 'string' },
  format: { type: 'string', default: 'text' },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS,
} as const;

/** The usage line of `rollgate update`. */
export const UPDATE_USAGE =
  'rollgate update [--wave NAME] [--component NAME] [--format text|json] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]';

/** `rollgate update`: its flags, help and run. */
export const UPDATE = defineCommand({
  summary: "Move each component's earliest lagging wave to its channel's newest revision in the store.",
  usage: UPDATE_USAGE,
  options: UPDATE_OPTIONS,
  flags: {
    wave: {
      value: 'NAME',
      about: 'Update this wave only, and only when no earlier wave is behind.',
    },
    component: { value: 'NAME', about: 'Update this component only.' },
    format: {
      value: 'text|json',
      about: 'json writes nothing: it prints what the update would change and whether check accepts it.',
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS,
  },
  examples: [
    'rollgate update --base-ref origin/main',
    'rollgate update --component lxd --format json --store http://snap-proxy.internal:8080',
  ],
  exitCodes:
    '0 written, or nothing to change (json: the update passes check); 1 the update fails check, nothing written (--force writes it); 2 could not run (a store failed: nothing written).',
  run: async (values, io, _positionals, services) =>
    (await import('./update-command.js')).updateCommand(values, io, services),
});

/** The flags of `rollgate init`: a public contract. */
export const INIT_OPTIONS = {
  pack: { type: 'string' },
  file: { type: 'string', default: 'fleet.yaml' },
  schema: { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  force: { type: 'boolean', default: false },
} as const;

/** The usage line of `rollgate init`. */
export const INIT_USAGE =
  'rollgate init --pack NAME [--file fleet.yaml] [--schema URL|PATH] [--policies DIR] [--force]';

/** `rollgate init`: its flags, help and run. */
export const INIT = defineCommand({
  summary: 'Write a starter fleet.yaml for a pack, with the schema line editors read.',
  usage: INIT_USAGE,
  options: INIT_OPTIONS,
  flags: {
    pack: { value: 'NAME', about: 'The pack the fleet is judged by; required.' },
    file: { value: 'FILE', about: 'Where the manifest is written.' },
    schema: {
      value: 'URL|PATH',
      about:
        "The schema the file's first line points editors at, for example ./node_modules/rollgate/schemas/fleet.schema.json (default: this release's schema on GitHub).",
    },
    policies: {
      value: 'DIR',
      about:
        'The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise).',
    },
    force: { about: 'Overwrite the file when it exists.' },
  },
  examples: [
    'rollgate init --pack microcloud',
    'rollgate init --pack microshift --file edge.yaml --schema ./node_modules/rollgate/schemas/fleet.schema.json',
  ],
  exitCodes: '0 written; 2 could not (the file exists, an unknown pack, a folder that cannot be written).',
  takesPack: true,
  run: async (values, io) => (await import('./init-command.js')).initCommand(values, io),
});
