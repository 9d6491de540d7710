// Pins and overrides: pins.json's entries, the revision each store proxy serves, and the refresh lines of the
// clusters without a proxy (overrides/direct/<wave>.txt).
import { RollgateError } from '../findings.js';
import type { Cluster, Member } from '../manifest/fleet.js';
import {
  type Cell,
  type ClusterFound,
  type PlanContext,
  runsOn,
  type ServedChannel,
  type Walked,
} from './context.js';
import { ChunkedFile } from './json-text.js';
import { shellWord } from './shell.js';
import type { Pin, PlannedMember, PlannedStep } from './types.js';

/** The file of direct pins for the clusters without a proxy in a manifest that sets no waves. */
const DIRECT_WITHOUT_WAVES = 'all';

/**
 * A cluster's entry of pins.json's `clusters`: every member's pin of every component it runs, changed or not. The
 * same bytes as JSON.stringify of the entry (at its depth in the file), made directly: a pin that members share is
 * written once.
 */
export function pinsEntry(cluster: Cluster, components: string[], cells: Cell[][]): string {
  const written = new Map<Pin, string>();
  const columns = keyOrder(components.map((name, column) => ({ name, column, key: JSON.stringify(name) })));
  let previous: { cells: Cell[]; body: string } | undefined;
  let list = '';
  for (const { name, row } of keyOrder(cluster.members.map((member, row) => ({ name: member.name, row })))) {
    const rowCells = cells[row] as Cell[];
    // Members that run what the member before them runs have the same text: most of a cluster's.
    if (!previous || !sameRow(previous.cells, rowCells)) {
      let body = '';
      for (const { column, key } of columns) {
        const cell = rowCells[column] as Cell;
        const pin = cell.pin;
        if (!pin) continue;
        let text = cell.changed ? undefined : written.get(pin);
        if (text === undefined) {
          text = '{';
          if (pin.channel !== undefined) text += `\n            "channel": ${JSON.stringify(pin.channel)},`;
          if (pin.revision !== undefined)
            text += `\n            "revision": ${JSON.stringify(pin.revision)},`;
          if (pin.version !== undefined) text += `\n            "version": ${JSON.stringify(pin.version)},`;
          if (pin.hold !== undefined) text += `\n            "hold": ${pin.hold},`;
          if (pin.cohort !== undefined) text += `\n            "cohort": ${pin.cohort},`;
          text += `\n            "changed": ${cell.changed}\n          }`;
          if (!cell.changed) written.set(pin, text);
        }
        body += `${body === '' ? '' : ','}\n          ${key}: ${text}`;
      }
      previous = { cells: rowCells, body: body === '' ? '{}' : `{${body}\n        }` };
    }
    list += `${list === '' ? '' : ','}\n        ${JSON.stringify(name)}: ${previous.body}`;
  }
  const wave = JSON.stringify(cluster.wave ?? null);
  const proxy = JSON.stringify(cluster.proxy ?? null);
  const members = list === '' ? '{}' : `{${list}\n      }`;
  return `\n    ${JSON.stringify(cluster.name)}: {\n      "wave": ${wave},\n      "proxy": ${proxy},\n      "members": ${members}\n    }`;
}

function sameRow(a: Cell[], b: Cell[]): boolean {
  if (a === b) return true;
  for (let column = 0; column < a.length; column++) {
    if (a[column]?.pin !== b[column]?.pin || a[column]?.changed !== b[column]?.changed) return false;
  }
  return true;
}

/**
 * Named things in the order a JavaScript object keeps them as keys, so text written straight from them reads as
 * JSON.stringify of the object would: names that are array indices first, in numeric order, then the rest as given.
 */
export function keyOrder<T extends { name: string }>(items: T[]): T[] {
  if (!items.some((item) => isArrayIndex(item.name))) return items;
  const indices = items
    .filter((item) => isArrayIndex(item.name))
    .sort((a, b) => Number(a.name) - Number(b.name));
  return [...indices, ...items.filter((item) => !isArrayIndex(item.name))];
}

function isArrayIndex(name: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
}

/** A direct pin's lines: the `snap refresh --revision` that pins it and the hold the manifest declares, or a comment for a pin by version. */
function directLines(component: string, pin: Pin): string {
  if (pin.revision === undefined)
    return `# ${component}: version ${pin.version ?? '(none)'}${pin.channel ? ` on ${pin.channel}` : ''}, not a snap revision; see pins.json.\n`;
  const args = [
    'snap',
    'refresh',
    component,
    ...(pin.channel ? [`--channel=${pin.channel}`] : []),
    `--revision=${pin.revision}`,
  ];
  let text = `${args.map(shellWord).join(' ')}\n`;
  // A hold is its own command: snap refuses --hold together with any other flag.
  if (pin.hold === true) text += `snap refresh --hold ${shellWord(component)}\n`;
  if (pin.hold === false) text += `snap refresh --unhold ${shellWord(component)}\n`;
  return text;
}

/**
 * A cluster without a proxy: its pin commands component by component, in the pack's order, each on every member
 * before the next ("Update the same component's snap on all cluster members before moving to the next
 * component"); none when no pin is a revision.
 */
export function directPins(
  context: PlanContext,
  cluster: Cluster,
  components: string[],
  cells: Cell[][],
): string | undefined {
  let text = '';
  let any = false;
  for (let column = 0; column < components.length; column++) {
    const component = components[column] as string;
    // Members that share a pin have the same lines: made once per component.
    const made = new Map<Pin, string>();
    let block = '';
    for (let row = 0; row < cluster.members.length; row++) {
      const member = cluster.members[row] as Member;
      const pin = cells[row]?.[column]?.pin;
      if (!pin || !runsOn(context, component, member)) continue;
      if (pin.revision !== undefined) any = true;
      let lines = made.get(pin);
      if (lines === undefined) {
        lines = directLines(component, pin);
        made.set(pin, lines);
      }
      block += `# ${cluster.name}/${member.name}\n${lines}`;
    }
    if (block !== '') text += `\n# ${cluster.name}: ${component}, on each member in turn\n${block}`;
  }
  return any ? text : undefined;
}

/** Adds a cluster's direct pins to its wave's file, opening the file with its header on the wave's first; a chunk, if one is complete. */
export function addDirect(walked: Walked, cluster: Cluster, text: string): void {
  let file = walked.direct.get(cluster.wave);
  if (!file) {
    file = new ChunkedFile(`overrides/direct/${cluster.wave ?? DIRECT_WITHOUT_WAVES}.txt`);
    file.add(
      [
        `# rollgate: the pins of the clusters ${cluster.wave === undefined ? '' : `of wave ${cluster.wave} `}that have no store proxy.`,
        '# Each snap refresh --revision pins a member to one revision; it is no hold. Where the manifest declares hold,',
        '# the snap refresh --hold (or --unhold) after it holds it: snap refuses --hold with any other flag.',
        "# Run each line under a member's cluster/name on that member, one component on every member of the cluster",
        '# before the next component. snap refuses --cohort together with --revision; a snap already in a cohort stays',
        '# in it through a --revision refresh (join one once with snap refresh <snap> --cohort="+").',
        '# The plan these pins belong to is named on the last line.',
        '',
      ].join('\n'),
    );
    walked.direct.set(cluster.wave, file);
  }
  const chunk = file.add(text);
  if (chunk) walked.queue.push(chunk);
}

/** A cluster behind a proxy: the revision each component's channel must serve, for each pin its members have. */
export function served(cluster: Cluster, components: string[], cells: Cell[][]): ClusterFound['served'] {
  const found: ClusterFound['served'] = [];
  // Members without an override share one pin object: it needs naming once.
  const seen = new Map<Pin, ClusterFound['served'][number]>();
  components.forEach((component, column) => {
    cluster.members.forEach((member, row) => {
      const cell = cells[row]?.[column];
      const pin = cell?.pin;
      if (pin?.channel === undefined || pin.revision === undefined) return;
      const known = seen.get(pin);
      if (known) {
        known.moved ||= cell?.changed === true;
        return;
      }
      const entry = {
        component,
        channel: pin.channel,
        revision: pin.revision,
        where: `${cluster.name}/${member.name}`,
        moved: cell?.changed === true,
        held: pin.hold === true,
      };
      seen.set(pin, entry);
      found.push(entry);
    });
  });
  return found;
}

/**
 * Adds a cluster's revisions to what its proxy serves, in plan order (by wave). Two revisions of one channel are
 * refused within a wave, whose stages refresh together, and across waves unless every member of them holds the snap
 * (see pins/conflict): then each stage sets the override just before it refreshes its own members and the others
 * stay held where they are. A conflict that no stage of this plan touches moves nobody, and is left to the check.
 */
export function serve(
  cluster: Cluster,
  name: string,
  found: ClusterFound['served'],
  proxies: Walked['proxies'],
): void {
  let proxy = proxies.get(name);
  if (!proxy) {
    proxy = { clusters: [], lines: new Map() };
    proxies.set(name, proxy);
  }
  proxy.clusters.push(cluster.name);
  for (const { component, channel, revision, where, moved, held } of found) {
    const key = `${component} ${channel}`;
    let line = proxy.lines.get(key);
    if (!line) {
      line = { byWave: new Map(), allHeld: true };
      proxy.lines.set(key, line);
    }
    line.allHeld &&= held;
    const ofWave = line.byWave.get(cluster.wave);
    if (ofWave) ofWave.moved ||= moved;
    else line.byWave.set(cluster.wave, { revision, where, moved });
    // Few waves: this looks through one entry per wave.
    const other =
      ofWave && ofWave.revision !== revision
        ? ofWave
        : [...line.byWave.values()].find((known) => known.revision !== revision);
    if (!other) continue;
    const staged = other !== ofWave && !line.byWave.has(undefined);
    // Where no stage of this plan sets either revision, nothing moves: a conflict already there is the check's to
    // report (pins/conflict, a warning unless --strict when the base had it), not the plan's to refuse.
    if ((staged && line.allHeld) || (!moved && !other.moved)) continue;
    throw new RollgateError(
      `Proxy ${name} would have to serve ${component} ${channel} at revision ${other.revision} (${other.where}) and ${revision} (${where}); a proxy override serves one revision per channel${staged ? ', and a member that does not hold the snap follows it' : ''} (see pins/conflict).`,
    );
  }
}

/**
 * What a proxy ends serving of a channel: the revision of the last stage in plan order that sets one (a later wave's
 * stage sets the override after an earlier one's), or, when none moves, the earliest wave's, which the last rollout set.
 */
function servedAtEnd(byWave: ServedChannel['byWave']): number {
  const waves = [...byWave.values()];
  const moved = waves.filter((known) => known.moved);
  return ((moved.length > 0 ? moved[moved.length - 1] : waves[0]) as { revision: number }).revision;
}

/** overrides/<proxy>.txt for each proxy. */
export function proxyFiles(walked: Walked, planId: string): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const proxies = [...walked.proxies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, proxy] of proxies) {
    const lines = [
      `# rollgate plan ${planId}`,
      `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(', ')}: the revision each snap channel serves.`,
      '# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once.',
    ];
    for (const [key, { byWave }] of proxy.lines) {
      const [component, channel] = key.split(' ') as [string, string];
      const revision = servedAtEnd(byWave);
      for (const [wave, known] of byWave)
        if (known.revision !== revision)
          lines.push(
            `# ${component} ${channel}: wave ${wave} holds revision ${known.revision} until a stage of its own refreshes it.`,
          );
      lines.push(['snap-proxy', 'override', component, `${channel}=${revision}`].map(shellWord).join(' '));
    }
    files.push([`${name}.txt`, `${lines.join('\n')}\n`]);
  }
  return files;
}

/** Behind a store proxy, the override that makes the channel serve the pinned revision, set before any member refreshes. */
export function proxyPins(
  context: PlanContext,
  cluster: Cluster,
  component: string,
  members: PlannedMember[],
): PlannedStep[] {
  if (cluster.proxy === undefined || !context.snapPins) return [];
  const lines = new Set<string>();
  for (const member of members) {
    if (member.to.channel === undefined || member.to.revision === undefined) continue;
    lines.add(`${member.to.channel}=${member.to.revision}`);
  }
  return [...lines].map((override) => ({
    name: 'pin',
    run: ['snap-proxy', 'override', component, override],
    on: 'proxy',
    host: cluster.proxy as string,
  }));
}
