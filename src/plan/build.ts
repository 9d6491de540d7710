import type { CheckResult } from '../check.js';
import { RollgateError } from '../findings.js';
import {
  type Cluster,
  type ComponentState,
  describeState,
  type Fleet,
  type Member,
  memberState,
  sameRun,
} from '../manifest/fleet.js';
import type { STEP_PLACEHOLDERS } from '../policy/pack.js';
import type { ComponentPolicy, Pack, StepSpec } from '../policy/types.js';
import { contentId } from './canonical.js';
import { parseTransport, renderJobScript, shellWord } from './shell.js';
import type {
  Pin,
  PinsFile,
  Plan,
  PlanBundle,
  PlannedMember,
  PlannedStep,
  RollbackPlan,
  Stage,
  StagePart,
} from './types.js';

/** What a plan is made from. */
export interface BuildPlanInput {
  /** A check of the merged manifest against the last state rolled out completely (its base). */
  result: CheckResult;
  /** How member commands are run, for example `ssh {member}`; default: on the runner itself. From the CLI or action input only. */
  transport?: string;
  /**
   * The heads of rollouts that started but never finished. Their members may run any state between the base and
   * that head, so every member whose pin differs from one of them is planned too, rather than assumed done.
   */
  unfinished?: Fleet[];
}

type Placeholder = (typeof STEP_PLACEHOLDERS)[number];
type Values = Partial<Record<Placeholder, string>>;

// The manifest schema already holds every value to these shapes; the planner checks again because its output is
// run as root on the fleet, and a caller may hand it a fleet that never went through the schema.
const VALID: Record<Placeholder, RegExp> = {
  component: /^[a-z0-9][a-z0-9._-]{0,62}$/,
  member: /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/,
  cluster: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  channel:
    /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/,
  track: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/,
  revision: /^[1-9][0-9]{0,9}$/,
  version: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
  proxy: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  attempts: /^[1-9][0-9]?$/,
};

/** The live-migration attempts MOSK makes before giving a node up, when the member sets none. */
const DEFAULT_MIGRATION_ATTEMPTS = 3;

/** Turns a checked change into pins, proxy overrides, the staged plan, its rollback and a job script per stage. */
export function buildPlan(input: BuildPlanInput): PlanBundle {
  const { result } = input;
  const head = result.head.fleet;
  if (!head || result.head.findings.length > 0) {
    throw new RollgateError(
      `The head manifest ${result.head.file} could not be read, so there is nothing to plan; rollgate check shows why.`,
    );
  }
  if (!result.policy)
    throw new RollgateError(
      `No policy pack judged ${result.head.file}, so rollgate cannot tell how to roll it out.`,
    );
  if (result.base && (!result.base.fleet || result.base.findings.length > 0)) {
    throw new RollgateError(
      `The base manifest ${result.base.file} could not be read; a plan from an unknown base could start from the wrong versions.`,
    );
  }
  const transport = parseTransport(input.transport);
  const planner = new Planner(head, result.base?.fleet, input.unfinished ?? [], result.policy.pack);
  const { stages, notes } = planner.stages();
  const pins = planner.pins();
  const content = {
    apiVersion: 'rollgate/v1' as const,
    kind: 'RolloutPlan' as const,
    policy: result.policy.pack.name,
    waves: head.waves ?? null,
    stages,
    notes,
  };
  const id = contentId({ plan: content, pins });
  const plan: Plan = {
    apiVersion: content.apiVersion,
    kind: content.kind,
    id,
    policy: content.policy,
    waves: content.waves,
    stages,
    notes,
  };
  const rollback = planner.rollback(stages, id);
  const jobs: Record<string, string> = {};
  for (const stage of stages) jobs[stage.id] = renderJobScript(stage, id, transport);
  if (rollback.supported)
    for (const stage of rollback.stages) jobs[stage.id] = renderJobScript(stage, id, transport);
  return {
    plan,
    pins: { apiVersion: 'rollgate/v1', kind: 'Pins', plan: id, clusters: pins },
    overrides: planner.overrides(id),
    rollback,
    jobs,
  };
}

/** The files of a plan bundle by their path under the output directory, and whether each is executable. */
export function bundleFiles(bundle: PlanBundle): Array<{ path: string; text: string; executable: boolean }> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files = [
    { path: 'plan.json', text: json(bundle.plan), executable: false },
    { path: 'pins.json', text: json(bundle.pins), executable: false },
    { path: 'rollback.json', text: json(bundle.rollback), executable: false },
  ];
  for (const [name, text] of Object.entries(bundle.overrides))
    files.push({ path: `overrides/${name}`, text, executable: false });
  for (const [id, text] of Object.entries(bundle.jobs))
    files.push({ path: `jobs/${id}.sh`, text, executable: true });
  return files;
}

class Planner {
  private readonly baseClusters: Map<string, { cluster: Cluster; members: Map<string, Member> }>;
  private readonly unfinishedClusters: Array<Map<string, { cluster: Cluster; members: Map<string, Member> }>>;
  private readonly clusters: Cluster[];
  private readonly headClusters: Map<string, Cluster>;

  constructor(
    head: Fleet,
    private readonly base: Fleet | undefined,
    unfinished: Fleet[],
    private readonly pack: Pack,
  ) {
    this.baseClusters = indexFleet(base);
    this.unfinishedClusters = unfinished.map(indexFleet);
    this.headClusters = new Map(head.clusters.map((cluster) => [cluster.name, cluster]));
    this.clusters = head.waves
      ? head.waves.flatMap((wave) => head.clusters.filter((cluster) => cluster.wave === wave))
      : [...head.clusters];
  }

  /** The components a cluster runs anywhere, in the pack's order, then any the pack does not know by name. */
  private componentsOf(cluster: Cluster, baseCluster: Cluster | undefined): string[] {
    const names = new Set(Object.keys(cluster.components));
    for (const member of cluster.members)
      for (const name of Object.keys(member.overrides ?? {})) names.add(name);
    for (const name of Object.keys(baseCluster?.components ?? {})) names.add(name);
    const known = this.pack.order.filter((name) => names.has(name));
    const rest = [...names].filter((name) => !this.pack.order.includes(name)).sort();
    return [...known, ...rest];
  }

  /** Whether a member takes part in a component's stages: the pack may limit them to some roles (control only). */
  private runsOn(component: string, member: Member): boolean {
    const roles = this.componentPolicy(component)?.rollout?.roles;
    return !roles || roles.includes(member.role);
  }

  private componentPolicy(name: string): ComponentPolicy | undefined {
    return Object.hasOwn(this.pack.components, name) ? this.pack.components[name] : undefined;
  }

  stages(): { stages: Stage[]; notes: string[] } {
    const notes: string[] = [];
    if (!this.base) notes.push('No base manifest: every member is planned from an unknown state to its pin.');
    if (this.unfinishedClusters.length > 0) {
      notes.push(
        `${this.unfinishedClusters.length} earlier rollout${this.unfinishedClusters.length === 1 ? '' : 's'} did not finish; members that one of them may have moved are planned as well.`,
      );
    }
    const drafts: Array<
      Omit<Stage, 'id' | 'before' | 'after'> & {
        before: PlannedStep[];
        after: PlannedStep[];
        first: boolean;
        last: boolean;
      }
    > = [];
    for (const cluster of this.clusters) {
      const baseEntry = this.baseClusters.get(cluster.name);
      const clusterDrafts: typeof drafts = [];
      for (const component of this.componentsOf(cluster, baseEntry?.cluster)) {
        const movers: Array<{ member: Member; from: Pin | null; to: Pin }> = [];
        for (const member of orderMembers(cluster.members)) {
          if (!this.runsOn(component, member)) continue;
          const to = memberState(cluster, member, component);
          const baseMember = baseEntry?.members.get(member.name);
          const from =
            baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : undefined;
          if (!to) {
            if (from)
              notes.push(
                `${component} is removed from ${cluster.name}/${member.name}; rollgate does not remove components, so remove it by hand.`,
              );
            continue;
          }
          if (!this.moves(cluster, member, component, from, to)) continue;
          const where = `${cluster.name}/${member.name}`;
          movers.push({
            member,
            from: from ? pinOf(from, `${component} on ${where} in the base`) : null,
            to: pinOf(to, `${component} on ${where}`),
          });
        }
        const members = movers.map(
          ({ member, from, to }, index): PlannedMember => ({
            name: member.name,
            role: member.role,
            workload: member.workload,
            from,
            to,
            steps: this.memberSteps(cluster, member, component, to, 'member', index === 0),
          }),
        );
        if (members.length === 0) continue;
        const policy = this.componentPolicy(component);
        if (!policy?.rollout)
          notes.push(
            `The ${this.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`,
          );
        const strategy = policy?.rollout?.strategy ?? 'serial';
        const pause = cluster.pauseAfterMember ?? this.pack.rollout?.pauseAfterMember ?? 'none';
        const parts = splitParts(members, strategy, pause);
        const health = policy?.rollout?.member.find((step) => step.name === 'health')?.run ?? null;
        clusterDrafts.push({
          wave: cluster.wave ?? null,
          cluster: cluster.name,
          component,
          from: summarise(members.map((m) => m.from)),
          to: summarise(members.map((m) => m.to)) ?? '',
          strategy,
          proxy: cluster.proxy ?? null,
          runner: cluster.runner ?? null,
          gate: parts.some((part) => part.approval) ? 'approval' : 'none',
          pauseAfterMember: pause,
          health: health ? [...health] : null,
          before: [],
          members,
          after: [],
          parts,
          first: false,
          last: false,
        });
      }
      const firstDraft = clusterDrafts[0];
      const lastDraft = clusterDrafts[clusterDrafts.length - 1];
      if (firstDraft) firstDraft.first = true;
      if (lastDraft) lastDraft.last = true;
      drafts.push(...clusterDrafts);
    }
    const width = Math.max(2, String(drafts.length).length);
    const stages = drafts.map((draft, index): Stage => {
      const cluster = this.clusterNamed(draft.cluster);
      const { first, last, before: _before, after: _after, ...rest } = draft;
      return {
        id: `${String(index + 1).padStart(width, '0')}-${draft.cluster}-${draft.component}`,
        ...rest,
        before: [
          ...(first ? this.clusterSteps(cluster, this.pack.rollout?.first, draft.members) : []),
          ...this.proxyPins(cluster, draft.component, draft.members),
          ...this.componentSteps(cluster, draft.component, 'before', draft.members),
        ],
        after: [
          ...this.componentSteps(cluster, draft.component, 'after', draft.members),
          ...(last ? this.clusterSteps(cluster, this.pack.rollout?.finally, draft.members) : []),
        ],
      };
    });
    // Key order is the output's: fixed here so plan.json reads the same field order on every stage.
    return { stages: stages.map(orderStageKeys), notes };
  }

  /** Whether a member must be moved: its pin differs from the base, or from what an unfinished rollout may have left. */
  private moves(
    cluster: Cluster,
    member: Member,
    component: string,
    from: ComponentState | undefined,
    to: ComponentState,
  ): boolean {
    if (!sameRun(from, to)) return true;
    for (const unfinished of this.unfinishedClusters) {
      const entry = unfinished.get(cluster.name);
      const other = entry?.members.get(member.name);
      const state = entry && other ? memberState(entry.cluster, other, component) : undefined;
      if (state && !sameRun(state, to)) return true;
    }
    return false;
  }

  private clusterNamed(name: string): Cluster {
    const cluster = this.headClusters.get(name);
    if (!cluster) throw new Error(`cluster ${name} vanished from the head fleet`);
    return cluster;
  }

  /** A member's steps for a component: the pack's `member` steps (or `rollback` ones) whose condition holds, filled. */
  private memberSteps(
    cluster: Cluster,
    member: Member,
    component: string,
    target: Pin,
    kind: 'member' | 'rollback',
    first: boolean,
  ): PlannedStep[] {
    const rollout = this.componentPolicy(component)?.rollout;
    const specs =
      kind === 'rollback' ? (rollout?.rollback ?? rollout?.member ?? []) : (rollout?.member ?? []);
    const values: Values = {
      ...pinValues(target),
      component,
      member: member.name,
      cluster: cluster.name,
      attempts: String(member.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS),
    };
    if (cluster.proxy !== undefined) values.proxy = cluster.proxy;
    return specs
      .filter((spec) => applies(spec, member.workload, first, cluster))
      .map((spec) => fillStep(spec, values, member.name, `${component} on ${cluster.name}/${member.name}`));
  }

  /** The component's `before` or `after` steps, once per stage, on the stage's first member. */
  private componentSteps(
    cluster: Cluster,
    component: string,
    key: 'before' | 'after',
    members: PlannedMember[],
  ): PlannedStep[] {
    const specs = this.componentPolicy(component)?.rollout?.[key] ?? [];
    const host = members[0];
    if (!host || specs.length === 0) return [];
    const shared = summariseValues(members.map((m) => pinValues(m.to)));
    const values: Values = { ...shared, component, member: host.name, cluster: cluster.name };
    if (cluster.proxy !== undefined) values.proxy = cluster.proxy;
    return specs
      .filter((spec) => applies(spec, host.workload, true, cluster))
      .map((spec) =>
        fillStep(spec, values, host.name, `the ${key} steps of ${component} in ${cluster.name}`),
      );
  }

  /** The pack's `first` or `finally` steps: about the cluster, not one component. */
  private clusterSteps(
    cluster: Cluster,
    specs: StepSpec[] | undefined,
    members: PlannedMember[],
  ): PlannedStep[] {
    const host = members[0];
    if (!host || !specs?.length) return [];
    const values: Values = { member: host.name, cluster: cluster.name };
    if (cluster.proxy !== undefined) values.proxy = cluster.proxy;
    return specs
      .filter((spec) => applies(spec, host.workload, true, cluster))
      .map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`));
  }

  /** Behind a store proxy, the override that makes the channel serve the pinned revision, set before any member refreshes. */
  private proxyPins(cluster: Cluster, component: string, members: PlannedMember[]): PlannedStep[] {
    if (cluster.proxy === undefined) return [];
    const lines = new Map<string, Pin>();
    for (const member of members) {
      if (member.to.channel === undefined || member.to.revision === undefined) continue;
      lines.set(`${member.to.channel}=${member.to.revision}`, member.to);
    }
    return [...lines.keys()].map((override) => ({
      name: 'pin',
      run: ['snap-proxy', 'override', component, override],
      on: 'proxy',
      host: cluster.proxy as string,
    }));
  }

  /** Every member's pin for every component it runs, changed or not, as pins.json holds them. */
  pins(): PinsFile['clusters'] {
    const clusters: PinsFile['clusters'] = {};
    for (const cluster of this.clusters) {
      const baseEntry = this.baseClusters.get(cluster.name);
      const members: Record<string, Record<string, Pin & { changed: boolean }>> = {};
      const components = this.componentsOf(cluster, undefined);
      for (const member of cluster.members) {
        const own: Record<string, Pin & { changed: boolean }> = {};
        const baseMember = baseEntry?.members.get(member.name);
        for (const component of components) {
          const state = memberState(cluster, member, component);
          if (!state) continue;
          const from =
            baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : undefined;
          own[component] = {
            ...pinOf(state, `${component} on ${cluster.name}/${member.name}`),
            changed: this.moves(cluster, member, component, from, state),
          };
        }
        members[member.name] = own;
      }
      clusters[cluster.name] = { wave: cluster.wave ?? null, proxy: cluster.proxy ?? null, members };
    }
    return clusters;
  }

  /** overrides/<proxy>.txt for each proxy, and overrides/direct/<cluster>.txt for each cluster without one. */
  overrides(planId: string): Record<string, string> {
    const files: Record<string, string> = {};
    const proxies = new Map<
      string,
      { clusters: string[]; lines: Map<string, { revision: number; where: string }> }
    >();
    for (const cluster of this.clusters) {
      if (cluster.proxy === undefined) {
        const text = directPins(cluster, this.componentsOf(cluster, undefined), planId, (component, member) =>
          this.runsOn(component, member),
        );
        if (text) files[`direct/${cluster.name}.txt`] = text;
        continue;
      }
      let proxy = proxies.get(cluster.proxy);
      if (!proxy) {
        proxy = { clusters: [], lines: new Map() };
        proxies.set(cluster.proxy, proxy);
      }
      proxy.clusters.push(cluster.name);
      for (const component of this.componentsOf(cluster, undefined)) {
        for (const member of cluster.members) {
          const state = memberState(cluster, member, component);
          if (state?.channel === undefined || state.revision === undefined) continue;
          const pin = pinOf(state, `${component} on ${cluster.name}/${member.name}`);
          const key = `${component} ${pin.channel}`;
          const where = `${cluster.name}/${member.name}`;
          const known = proxy.lines.get(key);
          if (known && known.revision !== pin.revision) {
            throw new RollgateError(
              `Proxy ${cluster.proxy} would have to serve ${component} ${pin.channel} at revision ${known.revision} (${known.where}) and ${pin.revision} (${where}); a proxy override serves one revision per channel (see pins/conflict).`,
            );
          }
          if (!known) proxy.lines.set(key, { revision: pin.revision as number, where });
        }
      }
    }
    for (const [name, proxy] of [...proxies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const lines = [
        `# rollgate plan ${planId}`,
        `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(', ')}: the revision each snap channel serves.`,
        '# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once.',
      ];
      for (const [key, { revision }] of proxy.lines) {
        const [component, channel] = key.split(' ') as [string, string];
        lines.push(['snap-proxy', 'override', component, `${channel}=${revision}`].map(shellWord).join(' '));
      }
      files[`${name}.txt`] = `${lines.join('\n')}\n`;
    }
    return files;
  }

  /** The way back from the stages: reversed, each changed member to its base pin, or the pack's statement. */
  rollback(stages: Stage[], planId: string): RollbackPlan {
    const support = this.pack.rollout?.rollback;
    if (support && !support.supported) {
      return {
        apiVersion: 'rollgate/v1',
        kind: 'RollbackPlan',
        plan: planId,
        supported: false,
        statement: support.statement,
      };
    }
    const notes: string[] = [];
    const reversed = [...stages].reverse();
    const drafts: Array<Omit<Stage, 'id'>> = [];
    for (const stage of reversed) {
      const cluster = this.clusterNamed(stage.cluster);
      const byName = new Map(cluster.members.map((m) => [m.name, m]));
      const members: PlannedMember[] = [];
      for (const planned of stage.members) {
        const first = members.length === 0;
        if (!planned.from) {
          notes.push(
            `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`,
          );
          continue;
        }
        const member = byName.get(planned.name) as Member;
        members.push({
          ...planned,
          from: planned.to,
          to: planned.from,
          steps: this.memberSteps(cluster, member, stage.component, planned.from, 'rollback', first),
        });
      }
      if (members.length === 0) continue;
      drafts.push({
        ...stage,
        from: stage.to,
        to: stage.from ?? '',
        gate: 'none',
        before: this.proxyPins(cluster, stage.component, members),
        members,
        after: [],
        parts: splitParts(members, stage.strategy, stage.pauseAfterMember),
      });
    }
    const lastOfCluster = new Map<string, number>();
    drafts.forEach((draft, index) => {
      lastOfCluster.set(draft.cluster, index);
    });
    const width = Math.max(2, String(drafts.length).length);
    const rollbackStages = drafts.map((draft, index): Stage => {
      const cluster = this.clusterNamed(draft.cluster);
      const after =
        lastOfCluster.get(draft.cluster) === index
          ? this.clusterSteps(cluster, this.pack.rollout?.finally, draft.members)
          : [];
      return orderStageKeys({
        ...draft,
        id: `rollback-${String(index + 1).padStart(width, '0')}-${draft.cluster}-${draft.component}`,
        gate: draft.parts.some((part) => part.approval) ? 'approval' : 'none',
        after,
      });
    });
    const overrides: Record<string, string[]> = {};
    for (const stage of rollbackStages) {
      for (const step of stage.before) {
        if (step.on !== 'proxy' || step.host === null) continue;
        const line = step.run.map(shellWord).join(' ');
        overrides[step.host] = [...(overrides[step.host] ?? []), line];
      }
    }
    return {
      apiVersion: 'rollgate/v1',
      kind: 'RollbackPlan',
      plan: planId,
      supported: true,
      stages: rollbackStages,
      overrides,
      notes,
    };
  }
}

function indexFleet(
  fleet: Fleet | undefined,
): Map<string, { cluster: Cluster; members: Map<string, Member> }> {
  return new Map(
    (fleet?.clusters ?? []).map((cluster) => [
      cluster.name,
      { cluster, members: new Map(cluster.members.map((m) => [m.name, m])) },
    ]),
  );
}

/** Control members before workers, each group in manifest order: the control plane moves first. */
function orderMembers(members: Member[]): Member[] {
  return [...members.filter((m) => m.role === 'control'), ...members.filter((m) => m.role !== 'control')];
}

/**
 * Cuts a stage into the runs of members one job carries out. A serial stage waits for approval after its first member
 * (pauseAfterMember first), after every member (all), and before any member whose workloads an operator moves (manual).
 * A parallel stage moves all its members at once, so the only place it can wait is before it starts.
 */
export function splitParts(
  members: PlannedMember[],
  strategy: Stage['strategy'],
  pause: Stage['pauseAfterMember'],
): StagePart[] {
  if (strategy === 'parallel') {
    const manual = members.filter((m) => m.workload === 'manual').map((m) => m.name);
    const reasons: string[] = [];
    if (pause !== 'none')
      reasons.push(`pauseAfterMember is ${pause}, and a parallel stage can only pause before it starts`);
    if (manual.length > 0)
      reasons.push(
        `${listNames(manual)} ${manual.length === 1 ? 'has' : 'have'} manual workload handling: move the workloads away, then approve`,
      );
    return [
      {
        part: 1,
        members: members.map((m) => m.name),
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
      },
    ];
  }
  const parts: StagePart[] = [];
  members.forEach((member, index) => {
    const reasons: string[] = [];
    const previous = members[index - 1];
    if (previous && (pause === 'all' || (pause === 'first' && index === 1))) {
      reasons.push(`${previous.name} is done (pauseAfterMember ${pause}): check it, then approve`);
    }
    if (member.workload === 'manual')
      reasons.push(`${member.name} has manual workload handling: move its workloads away, then approve`);
    const current = parts[parts.length - 1];
    if (!current || reasons.length > 0) {
      parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
      });
    } else {
      current.members.push(member.name);
    }
  });
  return parts;
}

function joinReasons(reasons: string[]): string {
  return `${reasons.join('; ')}.`;
}

function listNames(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Whether a step's `when` holds for a member: its workload, its cluster's store, or its place in the stage. */
function applies(spec: StepSpec, workload: Member['workload'], first: boolean, cluster: Cluster): boolean {
  const when = spec.when ?? 'always';
  switch (when) {
    case 'always':
      return true;
    case 'proxy':
      return cluster.proxy !== undefined;
    case 'direct':
      return cluster.proxy === undefined;
    case 'first':
      return first;
    case 'later':
      return !first;
    case 'live':
    case 'manual':
    case 'skip':
      return when === workload;
    default: {
      // A condition added to the pack format without a meaning here must fail loudly, not drop the step.
      const unknown: never = when;
      throw new RollgateError(
        `Step ${spec.name} has a \`when\` of ${String(unknown)}, which this rollgate does not know.`,
      );
    }
  }
}

/** A state's pin, each value checked against the shape the manifest schema allows. */
function pinOf(state: ComponentState, where: string): Pin {
  const pin: Pin = {};
  if (state.channel !== undefined) pin.channel = checked('channel', state.channel, where);
  if (state.revision !== undefined) {
    if (!Number.isInteger(state.revision))
      throw new RollgateError(`The revision of ${where} is not a whole number.`);
    checked('revision', String(state.revision), where);
    pin.revision = state.revision;
  }
  if (state.version !== undefined) pin.version = checked('version', state.version, where);
  return pin;
}

function pinValues(pin: Pin): Values {
  const values: Values = {};
  if (pin.channel !== undefined) {
    values.channel = pin.channel;
    values.track = pin.channel.split('/')[0] as string;
  }
  if (pin.revision !== undefined) values.revision = String(pin.revision);
  if (pin.version !== undefined) values.version = pin.version;
  return values;
}

/** The values every member agrees on; a stage-wide step cannot use one that differs between members. */
function summariseValues(all: Values[]): Values {
  const first = all[0] ?? {};
  const shared: Values = {};
  for (const [key, value] of Object.entries(first) as Array<[Placeholder, string]>) {
    if (all.every((values) => values[key] === value)) shared[key] = value;
  }
  return shared;
}

function summarise(pins: Array<Pin | null>): string | null {
  const seen = [...new Set(pins.map((pin) => (pin ? describeState(pin) : null)))];
  if (seen.length === 1) return seen[0] ?? null;
  return seen.map((text) => text ?? '(new)').join(', ');
}

function checked(name: Placeholder, value: string, where: string): string {
  if (!VALID[name].test(value)) {
    throw new RollgateError(
      `The ${name} of ${where} (${JSON.stringify(value).slice(0, 80)}) is not one the manifest schema allows, so rollgate will not put it in a command.`,
    );
  }
  return value;
}

function fillStep(spec: StepSpec, values: Values, host: string, where: string): PlannedStep {
  const run = spec.run.map((arg) =>
    arg.replace(/\{([^}]*)\}/g, (_whole, name: string) => {
      if (!Object.hasOwn(VALID, name)) {
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, which is not a placeholder rollgate fills.`,
        );
      }
      const value = values[name as Placeholder];
      if (value === undefined) {
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, but there is no ${name} to fill it with; the pack's step and the manifest's pins do not fit.`,
        );
      }
      return checked(name as Placeholder, value, where);
    }),
  );
  const on = spec.on ?? 'member';
  return { name: spec.name, run, on, host: on === 'runner' ? null : host };
}

function directPins(
  cluster: Cluster,
  components: string[],
  planId: string,
  runsOn: (component: string, member: Member) => boolean,
): string | undefined {
  const lines = [
    `# rollgate plan ${planId}`,
    `# Cluster ${cluster.name} has no store proxy: each member holds its revisions with snap refresh --revision.`,
    "# Run the lines under a member's name on that member (snap refuses --cohort together with --revision).",
  ];
  let any = false;
  for (const member of cluster.members) {
    lines.push('', `# ${member.name}`);
    for (const component of components) {
      if (!runsOn(component, member)) continue;
      const state = memberState(cluster, member, component);
      if (!state) continue;
      const pin = pinOf(state, `${component} on ${cluster.name}/${member.name}`);
      if (pin.revision === undefined) {
        lines.push(
          `# ${component}: version ${pin.version ?? '(none)'}${pin.channel ? ` on ${pin.channel}` : ''}, not a snap revision; see pins.json.`,
        );
        continue;
      }
      any = true;
      const args = [
        'snap',
        'refresh',
        component,
        ...(pin.channel ? [`--channel=${pin.channel}`] : []),
        `--revision=${pin.revision}`,
      ];
      lines.push(args.map(shellWord).join(' '));
    }
  }
  return any ? `${lines.join('\n')}\n` : undefined;
}

function orderStageKeys(stage: Stage): Stage {
  return {
    id: stage.id,
    wave: stage.wave,
    cluster: stage.cluster,
    component: stage.component,
    from: stage.from,
    to: stage.to,
    strategy: stage.strategy,
    proxy: stage.proxy,
    runner: stage.runner,
    gate: stage.gate,
    pauseAfterMember: stage.pauseAfterMember,
    health: stage.health,
    before: stage.before,
    members: stage.members.map((m) => ({
      name: m.name,
      role: m.role,
      workload: m.workload,
      from: m.from,
      to: m.to,
      steps: m.steps,
    })),
    after: stage.after,
    parts: stage.parts,
  };
}
