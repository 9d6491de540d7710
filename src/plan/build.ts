import { createHash } from 'node:crypto';
import { type CheckResult, comparableVersion } from '../check.js';
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
import type { Policy, STEP_PLACEHOLDERS } from '../policy/pack.js';
import type { ClusterStepSpec, ComponentPolicy, Pack, StepSpec } from '../policy/types.js';
import { jsonFile } from './canonical.js';
import {
  arrayItem,
  ChunkedFile,
  type JsonField,
  jsonFileChunks,
  jsonObjectPieces,
  wholeFile,
} from './json-text.js';
import { matrixChunks } from './matrix.js';
import { renderPlanPreview } from './preview.js';
import { parseTransport, renderJobScript, shellWord, type Transport } from './shell.js';
import type {
  Pin,
  PinsFile,
  Plan,
  PlanBundle,
  PlanChunk,
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

/** The file of direct pins for the clusters without a proxy in a manifest that sets no waves. */
const DIRECT_WITHOUT_WAVES = 'all';

/**
 * Plans a checked change as the chunks of every file `rollgate plan` writes, made one by one as they are asked for,
 * so a fleet of any size is written without its files, or the objects behind them, held all at once. pins.json
 * comes first, made in the one walk over the clusters that also finds the stages; the generator returns the plan.
 * A change the planner cannot make is refused in words (RollgateError), here or part-way.
 */
export function streamPlan(input: BuildPlanInput): Generator<PlanChunk, Plan> {
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
  const planner = new Planner(head, result.base?.fleet, input.unfinished ?? [], result.policy);
  return planChunks(planner, transport, result.policy.pack.name, head.waves ?? null);
}

function* planChunks(
  planner: Planner,
  transport: Transport,
  policy: string,
  waves: string[] | null,
): Generator<PlanChunk, Plan> {
  // The id hashes pins.json's clusters as the walk writes them, then plan.json as it reads without its id, as it is
  // written: no text is made twice or held back to hash at the end. So the id comes last in both files.
  const hash = createHash('sha256');
  const walked = planner.startWalk();
  function* hashed(entries: Iterable<string>): Generator<string> {
    let first = true;
    for (const entry of entries) {
      // As the entries read in the file: a comma before each but the first.
      hash.update(first ? entry : `,${entry}`);
      first = false;
      yield entry;
    }
  }
  const pins = new ChunkedFile('pins.json');
  for (const piece of jsonObjectPieces(
    [
      { key: 'apiVersion', value: 'rollgate/v1' },
      { key: 'kind', value: 'Pins' },
      { key: 'clusters', items: hashed(planner.walk(walked)), kind: 'object' },
    ],
    { open: true },
  )) {
    const chunk = pins.add(piece);
    if (chunk) yield chunk;
    yield* walked.queue.splice(0);
  }
  const stages = planner.finishStages(walked.drafts);
  const planFile = new ChunkedFile('plan.json');
  function* stageItems(): Generator<string> {
    for (const stage of stages) yield arrayItem(stage);
  }
  for (const piece of jsonObjectPieces(
    [
      { key: 'apiVersion', value: 'rollgate/v1' },
      { key: 'kind', value: 'RolloutPlan' },
      { key: 'policy', value: policy },
      { key: 'waves', value: waves },
      { key: 'stages', items: stageItems(), kind: 'array' },
      { key: 'notes', value: walked.notes },
    ],
    { open: true },
  )) {
    hash.update(piece);
    const chunk = planFile.add(piece);
    if (chunk) yield chunk;
  }
  const id = `sha256:${hash.update('\n}').digest('hex')}`;
  for (const [file, key] of [
    [planFile, 'id'],
    [pins, 'plan'],
  ] as const) {
    for (const piece of jsonObjectPieces([{ key, value: id }], { opened: true })) file.add(piece);
    file.add('\n');
    yield file.end();
  }
  for (const file of walked.direct.values()) {
    file.add(`\n# rollgate plan ${id}\n`);
    yield file.end();
  }
  // Key order as plan.json has it, so the plan writes the same bytes whole (bundleFiles) as streamed.
  const plan: Plan = {
    apiVersion: 'rollgate/v1',
    kind: 'RolloutPlan',
    policy,
    waves,
    stages,
    notes: walked.notes,
    id,
  };
  for (const [name, text] of planner.proxyFiles(walked, id)) yield wholeFile(`overrides/${name}`, text);
  for (const stage of stages)
    yield wholeFile(`jobs/${stage.id}.sh`, renderJobScript(stage, id, transport), true);
  yield* planner.rollbackChunks(stages, id, transport);
  yield wholeFile('matrix.json', jsonFile(matrixChunks(plan)));
  yield wholeFile('preview.md', renderPlanPreview(plan));
  return plan;
}

/** The plan alone, for a preview: the files are made and let go, never held. */
export function planOnly(input: BuildPlanInput): Plan {
  const stream = streamPlan(input);
  let next = stream.next();
  while (!next.done) next = stream.next();
  return next.value;
}

/** Turns a checked change into pins, proxy overrides, the staged plan, its rollback and a job script per stage, all in memory. */
export function buildPlan(input: BuildPlanInput): PlanBundle {
  const stream = streamPlan(input);
  const texts = new Map<string, string>();
  let next = stream.next();
  for (; !next.done; next = stream.next())
    texts.set(next.value.path, (texts.get(next.value.path) ?? '') + next.value.text);
  const plan = next.value;
  const overrides: Record<string, string> = {};
  const jobs: Record<string, string> = {};
  for (const [file, text] of texts) {
    if (file.startsWith('overrides/')) overrides[file.slice('overrides/'.length)] = text;
    else if (file.startsWith('jobs/')) jobs[file.slice('jobs/'.length, -'.sh'.length)] = text;
  }
  return {
    plan,
    pins: JSON.parse(texts.get('pins.json') ?? 'null') as PinsFile,
    overrides,
    rollback: JSON.parse(texts.get('rollback.json') ?? 'null') as RollbackPlan,
    jobs,
  };
}

/** The files of a plan bundle by their path under the output directory, and whether each is executable. */
export function bundleFiles(bundle: PlanBundle): Array<{ path: string; text: string; executable: boolean }> {
  const files = [
    { path: 'plan.json', text: jsonFile(bundle.plan), executable: false },
    { path: 'pins.json', text: jsonFile(bundle.pins), executable: false },
    { path: 'rollback.json', text: jsonFile(bundle.rollback), executable: false },
  ];
  for (const [name, text] of Object.entries(bundle.overrides))
    files.push({ path: `overrides/${name}`, text, executable: false });
  for (const [id, text] of Object.entries(bundle.jobs))
    files.push({ path: `jobs/${id}.sh`, text, executable: true });
  return files;
}

/** A stage before its id and the steps around its members are known. */
interface Draft {
  cluster: Cluster;
  component: string;
  members: PlannedMember[];
  strategy: Stage['strategy'];
  pause: Stage['pauseAfterMember'];
  parts: StagePart[];
  health: string[] | null;
  first: boolean;
  last: boolean;
}

/** What the walk over the clusters finds besides the pins: the stages to be, the notes, and the overrides. */
interface Walked {
  drafts: Draft[];
  notes: string[];
  proxies: Map<string, { clusters: string[]; lines: Map<string, { revision: number; where: string }> }>;
  /** By wave (undefined: the manifest sets none), the pin commands of the clusters without a proxy, written as found. */
  direct: Map<string | undefined, ChunkedFile>;
  /** Chunks of the direct pins, to hand on between pins.json's. */
  queue: PlanChunk[];
}

/** What one cluster gives the walk besides its pins, kept until the walk puts every cluster's in plan order. */
interface ClusterFound {
  drafts: Draft[];
  notes: string[];
  /** Behind a proxy: the revision each component's channel needs, and a member that needs it. */
  served: Array<{ component: string; channel: string; revision: number; where: string }>;
  direct: string | undefined;
}

/** What one member runs of one component, in the head and in the base, and whether it moves. */
interface Cell {
  to: ComponentState | undefined;
  pin: Pin | undefined;
  from: ComponentState | undefined;
  changed: boolean;
}

type ClusterIndex = Map<string, { cluster: Cluster; members: Map<string, Member> }>;

class Planner {
  private readonly baseClusters: ClusterIndex;
  private readonly unfinishedClusters: ClusterIndex[];
  private readonly clusters: Cluster[];
  private readonly headClusters: Map<string, Cluster>;

  private readonly pack: Pack;
  /** Whether revisions are pinned as a snap's (proxy overrides, direct refresh lines), or by the pack's own steps. */
  private readonly snapPins: boolean;

  constructor(
    head: Fleet,
    private readonly base: Fleet | undefined,
    unfinished: Fleet[],
    private readonly policy: Policy,
  ) {
    this.pack = policy.pack;
    this.snapPins = (policy.pack.rollout?.pins ?? 'snap') === 'snap';
    this.baseClusters = indexFleet(base);
    this.unfinishedClusters = unfinished.map(indexFleet);
    this.headClusters = new Map(head.clusters.map((cluster) => [cluster.name, cluster]));
    if (head.waves) {
      const byWave = new Map<string, Cluster[]>(head.waves.map((wave) => [wave, []]));
      for (const cluster of head.clusters)
        if (cluster.wave !== undefined) byWave.get(cluster.wave)?.push(cluster);
      this.clusters = [...byWave.values()].flat();
    } else {
      this.clusters = [...head.clusters];
    }
  }

  /** The components a cluster runs anywhere, in the pack's order, then any the pack does not know by name. */
  private componentsOf(cluster: Cluster, baseCluster: Cluster | undefined): string[] {
    const names = new Set(Object.keys(cluster.components));
    for (const member of cluster.members)
      if (member.overrides) for (const name of Object.keys(member.overrides)) names.add(name);
    if (baseCluster) for (const name of Object.keys(baseCluster.components)) names.add(name);
    // A fleet's clusters mostly run the same components: each set is put in order once.
    const key = [...names].join(' ');
    const known = this.ordered.get(key);
    if (known) return known;
    const inPack = this.pack.order.filter((name) => names.has(name));
    const rest = [...names].filter((name) => !this.pack.order.includes(name)).sort();
    const order = [...inPack, ...rest];
    this.ordered.set(key, order);
    return order;
  }

  private readonly ordered = new Map<string, string[]>();

  /** Whether a member takes part in a component's stages: the pack may limit them to some roles (control only). */
  private runsOn(component: string, member: Member): boolean {
    const roles = this.componentPolicy(component)?.rollout?.roles;
    return !roles || roles.includes(member.role);
  }

  private componentPolicy(name: string): ComponentPolicy | undefined {
    return Object.hasOwn(this.pack.components, name) ? this.pack.components[name] : undefined;
  }

  /** What the walk starts from: the notes about the plan as a whole. */
  startWalk(): Walked {
    const walked: Walked = { drafts: [], notes: [], proxies: new Map(), direct: new Map(), queue: [] };
    if (!this.base)
      walked.notes.push('No base manifest: every member is planned from an unknown state to its pin.');
    if (this.unfinishedClusters.length > 0) {
      walked.notes.push(
        `${this.unfinishedClusters.length} earlier rollout${this.unfinishedClusters.length === 1 ? '' : 's'} did not finish; members that one of them may have moved are planned as well.`,
      );
    }
    return walked;
  }

  /**
   * One pass over the clusters, in pins.json's order: each member's state of each component is read once and serves
   * the pins (yielded, as pins.json's entries), the stages, the proxy overrides and the direct pins alike. When the
   * pass ends, `walked` holds the rest in plan order.
   */
  *walk(walked: Walked): Generator<string> {
    const take = (cluster: Cluster, own: ClusterFound) => {
      walked.drafts.push(...own.drafts);
      walked.notes.push(...own.notes);
      if (cluster.proxy !== undefined && this.snapPins)
        this.serve(cluster.name, cluster.proxy, own.served, walked.proxies);
      if (own.direct === undefined) return;
      let file = walked.direct.get(cluster.wave);
      if (!file) {
        file = new ChunkedFile(`overrides/direct/${cluster.wave ?? DIRECT_WITHOUT_WAVES}.txt`);
        file.add(
          [
            `# rollgate: the pins of the clusters ${cluster.wave === undefined ? '' : `of wave ${cluster.wave} `}that have no store proxy: each member holds its revisions with snap refresh --revision.`,
            "# Run the lines under a member's cluster/name on that member (snap refuses --cohort together with --revision).",
            '# The plan these pins belong to is named on the last line.',
            '',
          ].join('\n'),
        );
        walked.direct.set(cluster.wave, file);
      }
      const chunk = file.add(own.direct);
      if (chunk) walked.queue.push(chunk);
    };
    const order = keyOrder(this.clusters);
    // Kept for plan order only when pins.json's order differs (names that are array indices); else taken at once.
    const found = order === this.clusters ? undefined : new Map<Cluster, ClusterFound>();
    for (const cluster of order) {
      const { components, cells } = this.read(cluster);
      const own: ClusterFound = { drafts: [], notes: [], served: [], direct: undefined };
      this.draftStages(cluster, components, cells, own);
      // With `pins: none` the pack's own steps pin (juju refresh --revision): no override or refresh line to write.
      if (this.snapPins) {
        if (cluster.proxy === undefined) own.direct = this.directPins(cluster, components, cells);
        else own.served = this.served(cluster, components, cells);
      }
      if (found) found.set(cluster, own);
      else take(cluster, own);
      yield pinsEntry(cluster, components, cells);
    }
    if (found) for (const cluster of this.clusters) take(cluster, found.get(cluster) as ClusterFound);
  }

  /** A cluster's components, and every member's head and base state of each, its checked pin, and whether it moves. */
  private read(cluster: Cluster): { components: string[]; cells: Cell[][] } {
    const baseEntry = this.baseClusters.get(cluster.name);
    const components = this.componentsOf(cluster, baseEntry?.cluster);
    return { components, cells: this.cells(cluster, components, baseEntry) };
  }

  private cells(
    cluster: Cluster,
    components: string[],
    baseEntry: { cluster: Cluster; members: Map<string, Member> } | undefined,
  ): Cell[][] {
    // Members without an override share their cluster's state object: its pin is checked once.
    const pins = new Map<ComponentState, Pin>();
    const cell = (member: Member, baseMember: Member | undefined, component: string): Cell => {
      const to = memberState(cluster, member, component);
      const from =
        baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : undefined;
      if (!to) return { to, pin: undefined, from, changed: false };
      let pin = pins.get(to);
      if (!pin) {
        pin = pinOf(to, `${component} on ${cluster.name}/${member.name}`);
        pins.set(to, pin);
      }
      return { to, pin, from, changed: this.moves(cluster, member, component, from, to) };
    };
    // A member with no override of its own, here or in the base, runs what its cluster runs, in both: it shares the
    // cells of the first such member (unless an unfinished rollout could have left members in different places).
    let shared: Cell[] | undefined;
    return cluster.members.map((member) => {
      const baseMember = baseEntry?.members.get(member.name);
      const plain =
        this.unfinishedClusters.length === 0 &&
        !member.overrides &&
        baseMember !== undefined &&
        !baseMember.overrides;
      if (plain && shared) return shared;
      const row = components.map((component) => cell(member, baseMember, component));
      if (plain) shared = row;
      return row;
    });
  }

  /** A cluster's stages to be: per component that changes, in the pack's order, the members whose pin moves. */
  private draftStages(cluster: Cluster, components: string[], cells: Cell[][], walked: ClusterFound): void {
    // Most clusters of a fleet do not move at all: nothing to order or fill for them.
    if (!cells.some((row) => row.some((cell) => cell.changed || (cell.from && !cell.pin)))) return;
    const ordered = orderMembers(cluster.members);
    const drafts: Draft[] = [];
    components.forEach((component, column) => {
      const movers: Array<{ member: Member; from: Pin | null; to: Pin }> = [];
      for (const [member, row] of ordered) {
        if (!this.runsOn(component, member)) continue;
        const cell = cells[row]?.[column] as Cell;
        if (!cell.pin) {
          if (cell.from)
            walked.notes.push(
              `${component} is removed from ${cluster.name}/${member.name}; rollgate does not remove components, so remove it by hand.`,
            );
          continue;
        }
        if (!cell.changed) continue;
        movers.push({
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
          steps: this.memberSteps(cluster, member, component, to, 'member', index === 0),
        }),
      );
      const policy = this.componentPolicy(component);
      if (!policy?.rollout)
        walked.notes.push(
          `The ${this.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`,
        );
      const strategy = policy?.rollout?.strategy ?? 'serial';
      const pause = cluster.pauseAfterMember ?? this.pack.rollout?.pauseAfterMember ?? 'none';
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
      });
    });
    const firstDraft = drafts[0];
    const lastDraft = drafts[drafts.length - 1];
    if (firstDraft) firstDraft.first = true;
    if (lastDraft) lastDraft.last = true;
    walked.drafts.push(...drafts);
  }

  /** The stages in plan order, numbered, with the steps once before and after their members. */
  finishStages(drafts: Draft[]): Stage[] {
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
        strategy: draft.strategy,
        proxy: cluster.proxy ?? null,
        runner: cluster.runner ?? null,
        gate: draft.parts.some((part) => part.approval) ? 'approval' : 'none',
        pauseAfterMember: draft.pause,
        health: draft.health,
        before: [
          ...(draft.first
            ? this.clusterSteps(
                cluster,
                this.pack.rollout?.first,
                members,
                this.baseClusters.get(cluster.name)?.cluster,
              )
            : []),
          ...this.proxyPins(cluster, component, members),
          ...this.componentSteps(cluster, component, 'before', members),
        ],
        members,
        after: [
          ...this.componentSteps(cluster, component, 'after', members),
          ...(draft.last ? this.clusterSteps(cluster, this.pack.rollout?.finally, members, cluster) : []),
        ],
        parts: draft.parts,
      };
    });
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

  /**
   * The pack's `first` or `finally` steps: about the cluster, not one component. `runs` is the cluster as it stands
   * when they run (its base before the first stage and after a rollback, its head after the last stage), which a
   * step's `needs` are read against.
   */
  private clusterSteps(
    cluster: Cluster,
    specs: ClusterStepSpec[] | undefined,
    members: PlannedMember[],
    runs: Cluster | undefined,
  ): PlannedStep[] {
    // About the whole cluster, so on its first control member (the controller that holds the databases), whichever
    // members the stage moves; in a cluster without roles, on the stage's first member.
    const host = cluster.members.find((member) => member.role === 'control') ?? members[0];
    if (!host || !specs?.length) return [];
    const values: Values = { member: host.name, cluster: cluster.name };
    if (cluster.proxy !== undefined) values.proxy = cluster.proxy;
    return specs
      .filter((spec) => applies(spec, host.workload, true, cluster) && this.needsHold(spec, runs, host.name))
      .map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`));
  }

  /** Behind a store proxy, the override that makes the channel serve the pinned revision, set before any member refreshes. */
  private proxyPins(cluster: Cluster, component: string, members: PlannedMember[]): PlannedStep[] {
    if (cluster.proxy === undefined || !this.snapPins) return [];
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

  /** A cluster without a proxy: each member's `snap refresh --revision` pin commands; none when no pin is a revision. */
  private directPins(cluster: Cluster, components: string[], cells: Cell[][]): string | undefined {
    let text = '';
    let any = false;
    // Members that share their cells and role have the same lines: made once per cluster.
    const bodies = new Map<Cell[], Map<Member['role'], string>>();
    for (let row = 0; row < cluster.members.length; row++) {
      const member = cluster.members[row] as Member;
      const rowCells = cells[row] as Cell[];
      let byRole = bodies.get(rowCells);
      let body = byRole?.get(member.role);
      if (body === undefined) {
        body = '';
        for (let column = 0; column < components.length; column++) {
          const component = components[column] as string;
          const pin = rowCells[column]?.pin;
          if (!pin || !this.runsOn(component, member)) continue;
          if (pin.revision !== undefined) any = true;
          body += `${directLine(component, pin)}\n`;
        }
        if (!byRole) {
          byRole = new Map();
          bodies.set(rowCells, byRole);
        }
        byRole.set(member.role, body);
      }
      text += `\n# ${cluster.name}/${member.name}\n${body}`;
    }
    return any ? text : undefined;
  }

  /** A cluster behind a proxy: the revision each component's channel must serve, for each pin its members have. */
  private served(cluster: Cluster, components: string[], cells: Cell[][]): ClusterFound['served'] {
    const served: ClusterFound['served'] = [];
    // Members without an override share one pin object: it needs naming once.
    const seen = new Set<Pin>();
    components.forEach((component, column) => {
      cluster.members.forEach((member, row) => {
        const pin = cells[row]?.[column]?.pin;
        if (pin?.channel === undefined || pin.revision === undefined || seen.has(pin)) return;
        seen.add(pin);
        served.push({
          component,
          channel: pin.channel,
          revision: pin.revision,
          where: `${cluster.name}/${member.name}`,
        });
      });
    });
    return served;
  }

  /** Adds a cluster's revisions to what its proxy serves, refused when two members need two of one channel. */
  private serve(
    cluster: string,
    name: string,
    served: ClusterFound['served'],
    proxies: Walked['proxies'],
  ): void {
    let proxy = proxies.get(name);
    if (!proxy) {
      proxy = { clusters: [], lines: new Map() };
      proxies.set(name, proxy);
    }
    proxy.clusters.push(cluster);
    for (const { component, channel, revision, where } of served) {
      const key = `${component} ${channel}`;
      const known = proxy.lines.get(key);
      if (known && known.revision !== revision) {
        throw new RollgateError(
          `Proxy ${name} would have to serve ${component} ${channel} at revision ${known.revision} (${known.where}) and ${revision} (${where}); a proxy override serves one revision per channel (see pins/conflict).`,
        );
      }
      if (!known) proxy.lines.set(key, { revision, where });
    }
  }

  /** overrides/<proxy>.txt for each proxy. */
  proxyFiles(walked: Walked, planId: string): Array<[string, string]> {
    const files: Array<[string, string]> = [];
    const proxies = [...walked.proxies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, proxy] of proxies) {
      const lines = [
        `# rollgate plan ${planId}`,
        `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(', ')}: the revision each snap channel serves.`,
        '# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once.',
      ];
      for (const [key, { revision }] of proxy.lines) {
        const [component, channel] = key.split(' ') as [string, string];
        lines.push(['snap-proxy', 'override', component, `${channel}=${revision}`].map(shellWord).join(' '));
      }
      files.push([`${name}.txt`, `${lines.join('\n')}\n`]);
    }
    return files;
  }

  /**
   * rollback.json and a script per rollback stage: the stages reversed, each changed member to its base pin, or the
   * pack's statement. Each rollback stage is made, written and let go in turn.
   */
  *rollbackChunks(stages: Stage[], planId: string, transport: Transport): Generator<PlanChunk> {
    const heading: JsonField[] = [
      { key: 'apiVersion', value: 'rollgate/v1' },
      { key: 'kind', value: 'RollbackPlan' },
      { key: 'plan', value: planId },
    ];
    const support = this.pack.rollout?.rollback;
    if (support && !support.supported) {
      yield* jsonFileChunks('rollback.json', [
        ...heading,
        { key: 'supported', value: false },
        { key: 'statement', value: support.statement },
      ]);
      return;
    }
    const reversed = [...stages].reverse();
    const kept = reversed.filter((stage) => stage.members.some((member) => member.from));
    const width = Math.max(2, String(kept.length).length);
    const lastOfCluster = new Map(kept.map((stage) => [stage.cluster, stage]));
    const notes: string[] = [];
    const overrides: Record<string, string[]> = {};
    const scripts: PlanChunk[] = [];
    const planner = this;
    function* items(): Generator<string> {
      let index = 0;
      for (const stage of reversed) {
        const rollback = planner.rollbackStage(stage, notes);
        if (!rollback) continue;
        index++;
        const cluster = planner.clusterOf(stage);
        const after =
          lastOfCluster.get(stage.cluster) === stage
            ? planner.clusterSteps(
                cluster,
                planner.pack.rollout?.finally,
                rollback.members,
                planner.baseClusters.get(cluster.name)?.cluster,
              )
            : [];
        const { before, members, parts, ...fields } = rollback;
        // Key order is the output's, as for the forward stages.
        const done: Stage = {
          id: `rollback-${String(index).padStart(width, '0')}-${stage.cluster}-${stage.component}`,
          ...fields,
          before,
          members,
          after,
          parts,
        };
        for (const step of done.before) {
          if (step.on !== 'proxy' || step.host === null) continue;
          const line = step.run.map(shellWord).join(' ');
          const lines = overrides[step.host];
          // Two clusters behind one proxy going back to the same pin need the override once.
          if (!lines) overrides[step.host] = [line];
          else if (!lines.includes(line)) lines.push(line);
        }
        scripts.push(wholeFile(`jobs/${done.id}.sh`, renderJobScript(done, planId, transport), true));
        yield arrayItem(done);
      }
    }
    // Each stage's script is written right after the stage, so no stage waits in memory for the others.
    yield* interleaved(
      new ChunkedFile('rollback.json'),
      jsonObjectPieces([
        ...heading,
        { key: 'supported', value: true },
        { key: 'stages', items: items(), kind: 'array' },
        { key: 'overrides', later: () => overrides },
        { key: 'notes', later: () => notes },
      ]),
      scripts,
    );
  }

  /** One stage taken back: its members with a base pin, from their new pin to it, in the stage's order; none without any. */
  private rollbackStage(stage: Stage, notes: string[]): Omit<Stage, 'id' | 'after'> | undefined {
    const cluster = this.clusterOf(stage);
    const byName = new Map(cluster.members.map((m) => [m.name, m]));
    const members: PlannedMember[] = [];
    for (const planned of stage.members) {
      if (!planned.from) {
        notes.push(
          `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`,
        );
        continue;
      }
      const member = byName.get(planned.name) as Member;
      members.push({
        name: planned.name,
        role: planned.role,
        workload: planned.workload,
        from: planned.to,
        to: planned.from,
        steps: this.memberSteps(
          cluster,
          member,
          stage.component,
          planned.from,
          'rollback',
          members.length === 0,
        ),
      });
    }
    if (members.length === 0) return undefined;
    const parts = splitParts(members, stage.strategy, stage.pauseAfterMember);
    return {
      wave: stage.wave,
      cluster: stage.cluster,
      component: stage.component,
      from: stage.to,
      to: stage.from ?? '',
      strategy: stage.strategy,
      proxy: stage.proxy,
      runner: stage.runner,
      gate: parts.some((part) => part.approval) ? 'approval' : 'none',
      pauseAfterMember: stage.pauseAfterMember,
      health: stage.health,
      before: this.proxyPins(cluster, stage.component, members),
      members,
      parts,
    };
  }

  /** Whether the member a cluster step runs on runs a version its `needs` list of each component it names. */
  private needsHold(spec: ClusterStepSpec, cluster: Cluster | undefined, memberName: string): boolean {
    if (!spec.needs) return true;
    const member = cluster?.members.find((m) => m.name === memberName);
    if (!cluster || !member) return false;
    return Object.entries(spec.needs).every(([component, versions]) => {
      const version = comparableVersion(this.policy, component, memberState(cluster, member, component));
      const scheme = this.policy.schemes.get(component);
      return (
        version !== undefined && scheme !== undefined && versions.some((v) => scheme.matches(version, v))
      );
    });
  }

  private clusterOf(stage: Stage): Cluster {
    const cluster = this.headClusters.get(stage.cluster);
    if (!cluster) throw new Error(`cluster ${stage.cluster} vanished from the head fleet`);
    return cluster;
  }
}

/**
 * A cluster's entry of pins.json's `clusters`: every member's pin of every component it runs, changed or not. The
 * same bytes as JSON.stringify of the entry (at its depth in the file), made directly: a pin that members share is
 * written once.
 */
function pinsEntry(cluster: Cluster, components: string[], cells: Cell[][]): string {
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

/** A direct pin's line: the `snap refresh --revision` that holds it, or a comment for a pin by version. */
function directLine(component: string, pin: Pin): string {
  if (pin.revision === undefined)
    return `# ${component}: version ${pin.version ?? '(none)'}${pin.channel ? ` on ${pin.channel}` : ''}, not a snap revision; see pins.json.`;
  const args = [
    'snap',
    'refresh',
    component,
    ...(pin.channel ? [`--channel=${pin.channel}`] : []),
    `--revision=${pin.revision}`,
  ];
  return args.map(shellWord).join(' ');
}

/**
 * Named things in the order a JavaScript object keeps them as keys, so text written straight from them reads as
 * JSON.stringify of the object would: names that are array indices first, in numeric order, then the rest as given.
 */
function keyOrder<T extends { name: string }>(items: T[]): T[] {
  if (!items.some((item) => isArrayIndex(item.name))) return items;
  const indices = items
    .filter((item) => isArrayIndex(item.name))
    .sort((a, b) => Number(a.name) - Number(b.name));
  return [...indices, ...items.filter((item) => !isArrayIndex(item.name))];
}

function isArrayIndex(name: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
}

/**
 * A file made of pieces, whose making queues other files' chunks on the side (a stage's script, a wave's direct
 * pins): each queued chunk is handed on right after the piece that queued it.
 */
function* interleaved(file: ChunkedFile, pieces: Iterable<string>, queue: PlanChunk[]): Generator<PlanChunk> {
  for (const piece of pieces) {
    const chunk = file.add(piece);
    if (chunk) yield chunk;
    yield* queue.splice(0);
  }
  file.add('\n');
  yield file.end();
  yield* queue.splice(0);
}

function indexFleet(fleet: Fleet | undefined): ClusterIndex {
  return new Map(
    (fleet?.clusters ?? []).map((cluster) => [
      cluster.name,
      { cluster, members: new Map(cluster.members.map((m) => [m.name, m])) },
    ]),
  );
}

/** Control members before workers, each group in manifest order, with its place in the manifest: the control plane moves first. */
function orderMembers(members: Member[]): Array<[Member, number]> {
  const placed = members.map((member, row): [Member, number] => [member, row]);
  return [...placed.filter(([m]) => m.role === 'control'), ...placed.filter(([m]) => m.role !== 'control')];
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

// Values already found to fit their placeholder's shape: a fleet repeats the same channels, revisions and names.
const fitting = new Map<Placeholder, Set<string>>();

function checked(name: Placeholder, value: string, where: string): string {
  let seen = fitting.get(name);
  if (seen?.has(value)) return value;
  if (!VALID[name].test(value)) {
    throw new RollgateError(
      `The ${name} of ${where} (${JSON.stringify(value).slice(0, 80)}) is not one the manifest schema allows, so rollgate will not put it in a command.`,
    );
  }
  if (!seen) {
    seen = new Set();
    fitting.set(name, seen);
  }
  // Bounded: member names are many and each is filled a few times at most.
  if (seen.size < 4096) seen.add(value);
  return value;
}

/** A step's argument split at its placeholders: the text between them, and each placeholder's name. */
type Template = Array<{ text: string } | { name: string }>;

const templates = new WeakMap<StepSpec, Array<string | Template>>();

/** A step's arguments, each plain text or the template it is filled from: worked out once per step of the pack. */
function templatesOf(spec: StepSpec): Array<string | Template> {
  let made = templates.get(spec);
  if (!made) {
    made = spec.run.map((arg) => {
      if (!arg.includes('{')) return arg;
      const template: Template = [];
      let from = 0;
      for (const match of arg.matchAll(/\{([^}]*)\}/g)) {
        if (match.index > from) template.push({ text: arg.slice(from, match.index) });
        template.push({ name: match[1] as string });
        from = match.index + match[0].length;
      }
      if (from < arg.length) template.push({ text: arg.slice(from) });
      return template;
    });
    templates.set(spec, made);
  }
  return made;
}

function fillStep(spec: StepSpec, values: Values, host: string, where: string): PlannedStep {
  const run = templatesOf(spec).map((template) => {
    if (typeof template === 'string') return template;
    let arg = '';
    for (const part of template) {
      if ('text' in part) {
        arg += part.text;
        continue;
      }
      const { name } = part;
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
      arg += checked(name as Placeholder, value, where);
    }
    return arg;
  });
  const on = spec.on ?? 'member';
  return { name: spec.name, run, on, host: on === 'runner' ? null : host };
}
