// Stage drafting: one walk over the clusters in wave order reads every member's head and base state once, and from
// it finds the stages (per cluster, the components that change in the pack's order) and what the pins need.
import { RollgateError } from '../findings.js';
import { type Cluster, type ComponentState, type Member, memberState, sameRun } from '../manifest/fleet.js';
import { observedKey, type Resume, resumeOf } from '../observe/resume.js';
import {
  type Cell,
  type ClusterFound,
  componentPolicy,
  componentsOf,
  type Draft,
  type PlanContext,
  runsOn,
  type Walked,
} from './context.js';
import { orderDrafts } from './order.js';
import { orderMembers, splitParts } from './parts.js';
import { addDirect, directPins, keyOrder, pinsEntry, proxyPins, serve, served } from './pins.js';
import { clusterSteps, componentSteps, memberSteps, requireParams } from './steps.js';
import type { Pin, PlannedMember, Stage } from './types.js';
import { pinOf, summarise } from './values.js';

/** What the walk starts from: the notes about the plan as a whole. */
export function startWalk(context: PlanContext): Walked {
  const walked: Walked = {
    drafts: [],
    notes: [],
    skipped: [],
    proxies: new Map(),
    direct: new Map(),
    queue: [],
  };
  if (!context.base)
    walked.notes.push('No base manifest: every member is planned from an unknown state to its pin.');
  const unfinished = context.unfinishedClusters.length;
  if (unfinished > 0) {
    walked.notes.push(
      `${unfinished} earlier rollout${unfinished === 1 ? '' : 's'} did not finish; members that one of them may have moved are planned as well.`,
    );
  }
  return walked;
}

/**
 * One pass over the clusters, in pins.json's order: each member's state of each component is read once and serves
 * the pins (yielded, as pins.json's entries), the stages, the proxy overrides and the direct pins alike. When the
 * pass ends, `walked` holds the rest in plan order.
 */
export function* walk(context: PlanContext, walked: Walked): Generator<string> {
  const take = (cluster: Cluster, own: ClusterFound) => {
    walked.drafts.push(...own.drafts);
    walked.notes.push(...own.notes);
    walked.skipped.push(...own.skipped);
    if (cluster.proxy !== undefined && context.snapPins)
      serve(cluster, cluster.proxy, own.served, walked.proxies);
    if (own.direct !== undefined) addDirect(walked, cluster, own.direct);
  };
  const order = keyOrder(context.clusters);
  // Kept for plan order only when pins.json's order differs (names that are array indices); else taken at once.
  const found = order === context.clusters ? undefined : new Map<Cluster, ClusterFound>();
  for (const cluster of order) {
    const baseEntry = context.baseClusters.get(cluster.name);
    const components = componentsOf(context, cluster, baseEntry?.cluster);
    const cells = readCells(context, cluster, components, baseEntry);
    const own: ClusterFound = { drafts: [], notes: [], skipped: [], served: [], direct: undefined };
    draftStages(context, cluster, components, cells, own);
    // With `pins: none` the pack's own steps pin (juju refresh --revision): no override or refresh line to write.
    if (context.snapPins) {
      if (cluster.proxy === undefined) own.direct = directPins(context, cluster, components, cells);
      else own.served = served(cluster, components, cells);
    }
    if (found) found.set(cluster, own);
    else take(cluster, own);
    yield pinsEntry(cluster, components, cells);
  }
  if (found) for (const cluster of context.clusters) take(cluster, found.get(cluster) as ClusterFound);
}

/** Every member's head and base state of each component, its checked pin, and whether it moves. */
function readCells(
  context: PlanContext,
  cluster: Cluster,
  components: string[],
  baseEntry: { cluster: Cluster; members: Map<string, Member> } | undefined,
): Cell[][] {
  // Members without an override share their cluster's state object: its pin is checked once.
  const pins = new Map<ComponentState, Pin>();
  const cell = (member: Member, baseMember: Member | undefined, component: string): Cell => {
    const to = memberState(cluster, member, component);
    const from = baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : undefined;
    if (!to) return { to, pin: undefined, from, changed: false };
    let pin = pins.get(to);
    if (!pin) {
      pin = pinOf(to, `${component} on ${cluster.name}/${member.name}`);
      pins.set(to, pin);
    }
    return { to, pin, from, changed: moves(context, cluster, member, component, from, to) };
  };
  // A member with no override of its own, here or in the base, runs what its cluster runs, in both: it shares the
  // cells of the first such member (unless an unfinished rollout could have left members in different places).
  let shared: Cell[] | undefined;
  return cluster.members.map((member) => {
    const baseMember = baseEntry?.members.get(member.name);
    const plain =
      context.unfinishedClusters.length === 0 &&
      !member.overrides &&
      baseMember !== undefined &&
      !baseMember.overrides;
    if (plain && shared) return shared;
    const row = components.map((component) => cell(member, baseMember, component));
    if (plain) shared = row;
    return row;
  });
}

/** Whether a member must be moved: its pin differs from the base, or from what an unfinished rollout may have left. */
function moves(
  context: PlanContext,
  cluster: Cluster,
  member: Member,
  component: string,
  from: ComponentState | undefined,
  to: ComponentState,
): boolean {
  if (!sameState(from, to)) return true;
  for (const unfinished of context.unfinishedClusters) {
    const entry = unfinished.get(cluster.name);
    const other = entry?.members.get(member.name);
    const state = entry && other ? memberState(entry.cluster, other, component) : undefined;
    if (state && !sameState(state, to)) return true;
  }
  return false;
}

/** Whether two states leave a member the same: what it runs, and the hold and cohort the manifest declares. */
function sameState(a: ComponentState | undefined, b: ComponentState): boolean {
  return sameRun(a, b) && a?.hold === b.hold && a?.cohort === b.cohort;
}

/**
 * Refuses what would run a step where it must not: the steps of several members on one host (no transport, or one
 * without {member}) unless the user said `--transport local`, and a reboot on the machine that waits for it.
 */
function checkTransport(context: PlanContext, cluster: Cluster, drafts: Draft[]): void {
  const { transport } = context;
  if (transport.perMember) return;
  let onMembers = false;
  for (const draft of drafts) {
    for (const member of draft.members) {
      for (const step of member.steps) {
        if (step.on !== 'member') continue;
        onMembers = true;
        if (step.reboots)
          throw new RollgateError(
            `Step ${step.name} of ${draft.component} on ${cluster.name}/${member.name} reboots the member, so it cannot run on the runner that then waits for it; plan with a transport that reaches the member, such as --transport 'ssh {member}', so the waiting happens on another machine.`,
          );
      }
    }
  }
  if (!onMembers || cluster.members.length < 2 || transport.local) return;
  throw new RollgateError(
    transport.words.length === 0
      ? `Cluster ${cluster.name} has ${cluster.members.length} members, and without --transport the steps of every one of them would run on this runner; give --transport 'ssh {member}' (the action's transport input), or --transport local to run them on this runner knowingly.`
      : `The transport ${JSON.stringify(transport.words.join(' '))} names no {member}, so the steps of the ${cluster.members.length} members of cluster ${cluster.name} would all run on one host; put {member} where the host goes, for example 'ssh {member}', or give --transport local to run them on this runner knowingly.`,
  );
}

/** A cluster's stages to be: per component that changes, in the order orderDrafts finds, the members whose pin moves. */
function draftStages(
  context: PlanContext,
  cluster: Cluster,
  components: string[],
  cells: Cell[][],
  walked: ClusterFound,
): void {
  // Most clusters of a fleet do not move at all: nothing to order or fill for them.
  if (!cells.some((row) => row.some((cell) => cell.changed || (cell.from && !cell.pin)))) return;
  if (cells.some((row) => row.some((cell) => cell.changed))) requireParams(context, cluster);
  const ordered = orderMembers(cluster.members);
  const drafts: Draft[] = [];
  components.forEach((component, column) => {
    const movers: Array<{ member: Member; from: Pin | null; to: Pin; resume: Resume }> = [];
    for (const [member, row] of ordered) {
      if (!runsOn(context, component, member)) continue;
      const cell = cells[row]?.[column] as Cell;
      if (!cell.pin) {
        if (cell.from)
          walked.notes.push(
            `${component} is removed from ${cluster.name}/${member.name}; rollgate does not remove components, so remove it by hand.`,
          );
        continue;
      }
      if (!cell.changed) continue;
      // With --observed: what the member runs decides whether it is taken through its steps again.
      const resume = context.observed
        ? resumeOf(
            context.observed.get(observedKey(cluster.name, member.name)),
            component,
            cell.to as ComponentState,
          )
        : NOT_OBSERVED;
      if (resume.kind === 'skip') {
        walked.skipped.push({
          cluster: cluster.name,
          member: member.name,
          component,
          runs: resume.runs,
          observed: resume.at,
          reason: `runs its target ${resume.runs} and is in service`,
        });
        continue;
      }
      movers.push({
        resume,
        member,
        from: cell.from
          ? pinOf(cell.from, `${component} on ${cluster.name}/${member.name} in the base`)
          : null,
        to: cell.pin,
      });
    }
    if (movers.length === 0) return;
    const members = movers.map(
      ({ member, from, to }, index): PlannedMember => ({
        name: member.name,
        role: member.role,
        workload: member.workload,
        from,
        to,
        steps: memberSteps(context, cluster, member, component, to, 'member', index === 0, from),
      }),
    );
    const restoreFirst = new Map<string, Resume>();
    for (const { member, resume } of movers)
      if (resume.kind === 'restore-first') restoreFirst.set(member.name, resume);
    const policy = componentPolicy(context, component);
    if (!policy?.rollout)
      walked.notes.push(
        `The ${context.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`,
      );
    const strategy = policy?.rollout?.strategy ?? 'serial';
    const pause = cluster.pauseAfterMember ?? context.pack.rollout?.pauseAfterMember ?? 'none';
    const health = policy?.rollout?.member.find((step) => step.name === 'health')?.run ?? null;
    drafts.push({
      cluster,
      component,
      members,
      strategy,
      pause,
      parts: splitParts(members, strategy, pause),
      health: health ? [...health] : null,
      first: false,
      last: false,
      ...(restoreFirst.size > 0 ? { restoreFirst } : {}),
    });
  });
  checkTransport(context, cluster, drafts);
  orderDrafts(context, cluster, drafts, walked);
  const firstDraft = drafts[0];
  const lastDraft = drafts[drafts.length - 1];
  if (firstDraft) firstDraft.first = true;
  if (lastDraft) lastDraft.last = true;
  walked.drafts.push(...drafts);
}

/** The stages in plan order, numbered, with the steps once before and after their members. */
export function finishStages(context: PlanContext, drafts: Draft[]): Stage[] {
  const width = Math.max(2, String(drafts.length).length);
  return drafts.map((draft, index): Stage => {
    const { cluster, component, members } = draft;
    return {
      // Key order is the output's: fixed here so plan.json reads the same field order on every stage.
      id: `${String(index + 1).padStart(width, '0')}-${cluster.name}-${component}`,
      wave: cluster.wave ?? null,
      cluster: cluster.name,
      component,
      from: summarise(members.map((m) => m.from)),
      to: summarise(members.map((m) => m.to)) ?? '',
      ...(draft.orderReason !== undefined ? { orderReason: draft.orderReason } : {}),
      strategy: draft.strategy,
      proxy: cluster.proxy ?? null,
      runner: cluster.runner ?? null,
      gate: draft.parts.some((part) => part.approval) ? 'approval' : 'none',
      pauseAfterMember: draft.pause,
      health: draft.health,
      // Filled by linkStages (graph.ts) once every stage is known; here for plan.json's key order.
      needs: [],
      estimate: 0,
      before: [
        ...(draft.first
          ? clusterSteps(
              context,
              cluster,
              context.pack.rollout?.first,
              members,
              context.baseClusters.get(cluster.name)?.cluster,
            )
          : []),
        ...proxyPins(context, cluster, component, members),
        ...componentSteps(context, cluster, component, 'before', members),
      ],
      members,
      after: [
        ...componentSteps(context, cluster, component, 'after', members),
        ...(draft.last
          ? clusterSteps(context, cluster, context.pack.rollout?.finally, members, cluster)
          : []),
      ],
      parts: draft.parts,
    };
  });
}

const NOT_OBSERVED: Resume = { kind: 'plan' };

/**
 * With --observed: each member a failed stage left evacuated is restored first, before its steps in the first stage
 * it is in (plan order), with its own `restore` steps; in later stages it is in service again. A pack with no
 * `restore` step has nothing to restore with: the steps stay as they are. Call before finishStages.
 */
export function applyRestoreFirst(walked: Walked): void {
  const restored = new Set<string>();
  for (const draft of walked.drafts) {
    if (!draft.restoreFirst) continue;
    for (const member of draft.members) {
      const resume = draft.restoreFirst.get(member.name);
      const key = `${draft.cluster.name}\u0000${member.name}`;
      if (resume?.kind !== 'restore-first' || restored.has(key)) continue;
      const restore = member.steps.filter((step) => step.name === 'restore');
      if (restore.length === 0) continue;
      restored.add(key);
      member.steps = [...restore.map((step) => ({ ...step, name: 'restore-first' })), ...member.steps];
      walked.notes.push(
        `${draft.cluster.name}/${member.name} was left evacuated (observed ${resume.at}, running ${draft.component} ${resume.runs}): it is restored before its steps in stage ${draft.component}.`,
      );
    }
  }
}
