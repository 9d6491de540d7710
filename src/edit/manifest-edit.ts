import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, stringify } from 'yaml';
import { RollgateError } from '../findings.js';
import {
  type ComponentState,
  describeState,
  type Fleet,
  loadManifest,
  memberState,
} from '../manifest/fleet.js';

/** The fields of a component state that say what runs; hold and cohort are left as they are. */
export const RUN_FIELDS = ['version', 'channel', 'revision'] as const;

/** What a component runs, as an edit sets it. */
export type Run = Partial<Pick<ComponentState, (typeof RUN_FIELDS)[number]>>;

/** One cluster's component to move to a run. */
export interface Move {
  cluster: string;
  component: string;
  run: Run;
}

/** One change an edit made, for the person who asked for it. */
export interface Edit {
  cluster: string;
  component: string;
  /** Set when a member's own pin of the component was moved with its cluster. */
  member?: string;
  from: string;
  to: string;
}

/** The edited text and what changed in it. */
export interface EditOutcome {
  text: string;
  edits: Edit[];
}

/** A manifest that loaded without findings: its fleet, for deciding what to move. */
export function readFleet(text: string, file: string): Fleet {
  const loaded = loadManifest(text, file);
  const first = loaded.findings[0];
  if (!loaded.fleet || first) {
    const where = first ? ` (line ${first.line}: ${first.message})` : '';
    throw new RollgateError(
      `${file} is not a manifest rollgate can edit${where}; fix it first (rollgate check --head ${file} shows why).`,
    );
  }
  return loaded.fleet;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Moves each cluster's component to its run by replacing only the characters of the values that change, so every
 * comment, blank line, key order, quote style and alignment of the file stays as it was. Members that pin the
 * component themselves are moved with their cluster. Never touches a node behind a YAML anchor or alias, since one
 * edit there would also move the clusters that share it.
 */
export function applyMoves(text: string, file: string, moves: Move[]): EditOutcome {
  const fleet = readFleet(text, file);
  const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
  const splices: Splice[] = [];
  const edits: Edit[] = [];
  for (const move of moves) {
    const cluster = fleet.clusters.find((c) => c.name === move.cluster);
    if (!cluster) throw new RollgateError(`${file} has no cluster named ${move.cluster}.`);
    const state = cluster.components[move.component];
    if (!state) throw new RollgateError(`Cluster ${move.cluster} in ${file} runs no ${move.component}.`);
    const where = `${move.component} in cluster ${move.cluster}`;
    const map = mapAt(document.contents, ['clusters', cluster.index, 'components', move.component], where);
    const next = { ...state, ...move.run };
    let changed = false;
    for (const field of RUN_FIELDS) {
      const value = move.run[field];
      if (value === undefined || state[field] === value) continue;
      if (state[field] === undefined) {
        throw new RollgateError(
          `${where} has no \`${field}\` to set: it pins ${describeState(state)}, so move it to ${state.version !== undefined ? 'a version' : 'a channel and revision (CHANNEL@REVISION)'}, or edit ${file} by hand.`,
        );
      }
      splices.push(replaceValue(map, field, value, where));
      changed = true;
    }
    if (changed)
      edits.push({
        cluster: move.cluster,
        component: move.component,
        from: describeState(state),
        to: describeState(next),
      });
    for (const member of cluster.members) {
      const own = member.overrides?.[move.component];
      if (!own) continue;
      const before = memberState(cluster, member, move.component);
      const memberWhere = `${move.component} on member ${member.name} of cluster ${move.cluster}`;
      const memberMap = mapAt(
        document.contents,
        ['clusters', cluster.index, 'members', member.index, 'components', move.component],
        memberWhere,
      );
      let memberChanged = false;
      for (const field of RUN_FIELDS) {
        const value = move.run[field];
        if (value === undefined || own[field] === undefined || own[field] === value) continue;
        splices.push(replaceValue(memberMap, field, value, memberWhere));
        memberChanged = true;
      }
      if (memberChanged) {
        const after = { ...before, ...move.run };
        edits.push({
          cluster: move.cluster,
          component: move.component,
          member: member.name,
          from: describeState(before),
          to: describeState(after),
        });
      }
    }
  }
  return { text: splice(text, splices), edits };
}

/** The mapping at a path, refusing aliases and anchors on the way, and anything that is not a mapping. */
function mapAt(root: unknown, path: Array<string | number>, where: string) {
  let node: unknown = root;
  for (const segment of path) {
    refuseShared(node, where);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      node = undefined;
    }
    if (node === undefined || node === null)
      throw new RollgateError(`Cannot find ${where} in the manifest's YAML.`);
  }
  refuseShared(node, where);
  if (!isMap(node))
    throw new RollgateError(
      `${where} is not written as a mapping, so rollgate cannot edit it; edit it by hand.`,
    );
  return node;
}

function refuseShared(node: unknown, where: string): void {
  if (isAlias(node) || (node && typeof node === 'object' && 'anchor' in node && (node as Node).anchor)) {
    throw new RollgateError(
      `${where} is written with a YAML anchor or alias, so editing it would also move whatever shares it; write its values out, or edit it by hand.`,
    );
  }
}

function replaceValue(
  map: ReturnType<typeof mapAt>,
  field: string,
  value: string | number,
  where: string,
): Splice {
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === field);
  const scalar = pair?.value;
  if (!isScalar(scalar) || !scalar.range)
    throw new RollgateError(`${where} has a \`${field}\` that is not a plain value; edit it by hand.`);
  refuseShared(scalar, where);
  return { start: scalar.range[0], end: scalar.range[1], text: render(value, scalar.type) };
}

/** A value as YAML source in the original's quote style; plain only where YAML reads it back as the same string. */
function render(value: string | number, type: string | undefined): string {
  if (typeof value === 'number') return String(value);
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replaceAll("'", "''")}'`;
  // stringify quotes a string that would read back as a number (4.20) or a boolean.
  return stringify(value).trimEnd();
}

function splice(text: string, splices: Splice[]): string {
  let out = text;
  for (const { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + replacement + out.slice(end);
  }
  return out;
}
