import type { ComponentUpdate } from '../edit/update.js';
import { codeSpan } from '../report/escape.js';

/** The label on every update pull request, so they can be found and filtered. */
export const UPDATE_LABEL = 'rollgate-update';

/** The prefix of every update branch. */
export const UPDATE_BRANCH_PREFIX = 'rollgate/update/';

/** The hidden first line of an update pull request's body: which manifest, wave and component it updates. */
export function updateMarker(manifest: string, update: Pick<ComponentUpdate, 'wave' | 'component'>): string {
  const wave = update.wave !== undefined ? ` wave=${update.wave}` : '';
  return `<!-- rollgate:update manifest=${encodeURIComponent(manifest)}${wave} component=${update.component} -->`;
}

/** The marker prefix of one manifest's update pull requests. */
export function manifestMarkerPrefix(manifest: string): string {
  return `<!-- rollgate:update manifest=${encodeURIComponent(manifest)} `;
}

/**
 * The stable branch of a component's update in a wave: `rollgate/update/<wave>/<component>`, or
 * `rollgate/update/<component>` for a fleet without waves. Undefined for a name git would refuse in a ref.
 */
export function updateBranch(update: Pick<ComponentUpdate, 'wave' | 'component'>): string | undefined {
  const parts = [...(update.wave !== undefined ? [update.wave] : []), update.component];
  if (parts.some((part) => part.includes('..') || part.endsWith('.') || part.endsWith('.lock')))
    return undefined;
  return `${UPDATE_BRANCH_PREFIX}${parts.join('/')}`;
}

/** The wave and component an update branch is for, read back from its name. */
export function parseUpdateBranch(branch: string): { wave?: string; component: string } | undefined {
  if (!branch.startsWith(UPDATE_BRANCH_PREFIX)) return undefined;
  const parts = branch.slice(UPDATE_BRANCH_PREFIX.length).split('/');
  if (parts.length === 1 && parts[0]) return { component: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { wave: parts[0], component: parts[1] };
  return undefined;
}

function targets(update: ComponentUpdate): string {
  return [...new Set(update.clusters.map((c) => `${c.channel}@${c.to}`))].join(', ');
}

/** The pull request's title, which is also its commit's message. */
export function updateTitle(update: ComponentUpdate): string {
  const where = update.wave !== undefined ? `in wave ${update.wave}` : 'in every cluster';
  return `rollgate: ${update.component} to ${targets(update)} ${where}`;
}

/** What the body needs besides the update: the manifest, the store, the promotion that follows, the report. */
export interface UpdateBodyOptions {
  manifest: string;
  /** How the datasource names itself: `the Snap Store at https://api.snapcraft.io`. */
  store: string;
  /** The wave after this one, which follows by `rollgate promote`. */
  nextWave?: string;
  /** rollgate's check report of the edit, as markdown. */
  report: string;
}

/**
 * The pull request's body: the hidden marker, a table of what moves (every value from the store in a code span,
 * since the store is not trusted), how later waves follow, and rollgate's check report.
 */
export function updateBody(update: ComponentUpdate, options: UpdateBodyOptions): string {
  const where = update.wave !== undefined ? ` in wave ${codeSpan(update.wave)}` : '';
  const lines = [
    updateMarker(options.manifest, update),
    `### rollgate update: ${codeSpan(update.component)}${where}`,
    '',
    `${capitalise(options.store)} lists a newer revision of the channel ${update.clusters.length === 1 ? 'this cluster tracks' : 'these clusters track'}:`,
    '',
    '| cluster | architecture | channel | from | to | version | released |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...update.clusters.map(
      (c) =>
        `| ${codeSpan(c.cluster)} | ${codeSpan(c.architecture)} | ${codeSpan(c.channel)} | ${c.from} | ${c.to} | ${c.version !== undefined ? codeSpan(c.version) : ''} | ${c.releasedAt !== undefined ? codeSpan(c.releasedAt.slice(0, 10)) : ''} |`,
    ),
    '',
    options.nextWave !== undefined && update.wave !== undefined
      ? `Once this has rolled out, wave ${codeSpan(options.nextWave)} follows: \`rollgate promote ${update.wave} ${options.nextWave}\`, or the next scheduled update.`
      : 'Merge it to roll it out.',
    'rollgate keeps this pull request current: a newer revision updates it, and it is closed once it is no longer needed.',
    '',
    options.report.trimEnd(),
  ];
  return `${lines.join('\n')}\n`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
