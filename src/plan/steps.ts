// The commands of a stage: each member's steps, the component's steps before and after its members, the pack's
// steps about the whole cluster, all taken from the pack and filled with checked values.

import { RollgateError } from '../findings.js';
import { type Cluster, type Member, memberState } from '../manifest/fleet.js';
import { comparableVersion } from '../policy/comparable.js';
import type { ClusterStepSpec, StepSpec } from '../policy/types.js';
import { componentPolicy, type PlanContext } from './context.js';
import type { Pin, PlannedMember, PlannedStep } from './types.js';
import {
  applies,
  DEFAULT_MIGRATION_ATTEMPTS,
  fillStep,
  pinValues,
  summariseValues,
  UNKNOWN_FROM,
  type Values,
} from './values.js';

/** The version every member runs before the stage, or `unknown` where they differ or one is new. */
function sharedFrom(members: PlannedMember[]): string {
  const versions = new Set(members.map((m) => m.from?.version ?? UNKNOWN_FROM));
  return versions.size === 1 ? ([...versions][0] as string) : UNKNOWN_FROM;
}

/** A member's steps for a component: the pack's `member` steps (or `rollback` ones) whose condition holds, filled. */
export function memberSteps(
  context: PlanContext,
  cluster: Cluster,
  member: Member,
  component: string,
  target: Pin,
  kind: 'member' | 'rollback',
  first: boolean,
  from: Pin | null = null,
): PlannedStep[] {
  const rollout = componentPolicy(context, component)?.rollout;
  const specs = kind === 'rollback' ? (rollout?.rollback ?? rollout?.member ?? []) : (rollout?.member ?? []);
  const values: Values = {
    ...clusterValues(context, cluster),
    ...pinValues(target),
    component,
    member: member.name,
    attempts: String(member.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS),
    from: from?.version ?? UNKNOWN_FROM,
  };
  const at = { workload: member.workload, first, cluster, to: target, from };
  const where = `${component} on ${cluster.name}/${member.name}`;
  return specs
    .filter((spec) => applies(spec, at))
    .map((spec) => fillStep(spec, values, member.name, where, at));
}

/** The component's `before` or `after` steps, once per stage, on the stage's first member. */
export function componentSteps(
  context: PlanContext,
  cluster: Cluster,
  component: string,
  key: 'before' | 'after',
  members: PlannedMember[],
): PlannedStep[] {
  const specs = componentPolicy(context, component)?.rollout?.[key] ?? [];
  const host = members[0];
  if (!host || specs.length === 0) return [];
  const shared = summariseValues(members.map((m) => pinValues(m.to)));
  const values: Values = {
    ...clusterValues(context, cluster),
    ...shared,
    component,
    member: host.name,
    from: sharedFrom(members),
  };
  const where = `the ${key} steps of ${component} in ${cluster.name}`;
  const control = cluster.members.filter((member) => member.role === 'control');
  const byName = new Map(cluster.members.map((member) => [member.name, member]));
  const at = { workload: host.workload, first: true, cluster, to: host.to, from: host.from };
  return specs.flatMap((spec): PlannedStep[] => {
    // `each: member`: once for each member the stage moves, with its own values and workload.
    if (spec.each === 'member') {
      return members
        .map((member) => ({
          member,
          own: { ...at, workload: member.workload, to: member.to, from: member.from },
        }))
        .filter(({ own }) => applies(spec, own))
        .map(({ member, own }) => {
          const attempts = byName.get(member.name)?.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS;
          const memberValues: Values = {
            ...values,
            ...pinValues(member.to),
            member: member.name,
            from: member.from?.version ?? UNKNOWN_FROM,
            attempts: String(attempts),
          };
          return fillStep(spec, memberValues, member.name, where, own);
        });
    }
    if (!applies(spec, at)) return [];
    // `on: control`: on each control member in turn (the controllers' nova.conf), whichever members the stage moves.
    if (spec.on === 'control')
      return control.map((member) =>
        fillStep(spec, { ...values, member: member.name }, member.name, where, at),
      );
    return [fillStep(spec, values, host.name, where, at)];
  });
}

/**
 * The pack's `first` or `finally` steps: about the cluster, not one component. `runs` is the cluster as it stands
 * when they run (its base before the first stage and after a rollback, its head after the last stage), which a
 * step's `needs` are read against.
 */
export function clusterSteps(
  context: PlanContext,
  cluster: Cluster,
  specs: ClusterStepSpec[] | undefined,
  members: PlannedMember[],
  runs: Cluster | undefined,
): PlannedStep[] {
  // About the whole cluster, so on its first control member (the controller that holds the databases), whichever
  // members the stage moves; in a cluster without roles, on the stage's first member.
  const host = cluster.members.find((member) => member.role === 'control') ?? members[0];
  if (!host || !specs?.length) return [];
  // The release the stage's members share, before and after: a backup taken here is named for the change.
  const values: Values = {
    ...clusterValues(context, cluster),
    ...summariseValues(members.map((m) => pinValues(m.to))),
    member: host.name,
    from: sharedFrom(members),
  };
  const at = { workload: host.workload, first: true, cluster };
  return specs
    .filter((spec) => applies(spec, at) && needsHold(context, spec, runs, host.name))
    .map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`, at));
}

/** What every step of a cluster may name: the cluster, its proxy, and the pack's parameters as the cluster sets them. */
function clusterValues(context: PlanContext, cluster: Cluster): Values {
  // The same for every member and stage of the cluster: worked out once per cluster and pack.
  const known = clusterValuesMade.get(cluster);
  if (known?.pack === context.pack) return known.values;
  const values: Values = { cluster: cluster.name };
  if (cluster.proxy !== undefined) values.proxy = cluster.proxy;
  for (const [name, param] of Object.entries(context.pack.params ?? {})) {
    const value =
      cluster.params && Object.hasOwn(cluster.params, name) ? cluster.params[name] : param.default;
    if (value !== undefined) values[name] = value;
  }
  clusterValuesMade.set(cluster, { pack: context.pack, values });
  return values;
}

const clusterValuesMade = new WeakMap<Cluster, { pack: PlanContext['pack']; values: Values }>();

/**
 * Refuses a cluster that moves while a parameter its pack's steps name is set neither by the cluster nor by a
 * default: `plan` needs it, `check` never asks (manifests that pass keep passing).
 */
export function requireParams(context: PlanContext, cluster: Cluster): void {
  for (const name of context.usedParams) {
    const param = context.pack.params?.[name];
    if (!param || param.default !== undefined) continue;
    if (cluster.params && Object.hasOwn(cluster.params, name)) continue;
    throw new RollgateError(
      `Cluster ${cluster.name} sets no params.${name} (${param.description}), which the ${context.pack.name} pack's steps need; add params: { ${name}: ... } to the cluster.`,
    );
  }
}

/** The pack parameters any of its steps names, for requireParams. */
export function paramsUsed(context: Pick<PlanContext, 'pack'>): Set<string> {
  const declared = Object.keys(context.pack.params ?? {});
  const used = new Set<string>();
  if (declared.length === 0) return used;
  const steps: StepSpec[] = [
    ...(context.pack.rollout?.first ?? []),
    ...(context.pack.rollout?.finally ?? []),
  ];
  for (const component of Object.values(context.pack.components)) {
    const rollout = component.rollout;
    if (rollout)
      steps.push(
        ...(rollout.before ?? []),
        ...rollout.member,
        ...(rollout.after ?? []),
        ...(rollout.rollback ?? []),
      );
  }
  for (const step of steps) {
    const texts = [
      ...step.run,
      ...(step.unless ?? []),
      ...(step.onlyIf ?? []),
      step.creates,
      ...(step.expect ?? []).flatMap((e) => [e.what, e.match, e.is, e.has, e.lacks, e.like]),
    ];
    for (const text of texts)
      for (const match of (text ?? '').matchAll(/\{([^}]*)\}/g))
        if (declared.includes(match[1] as string)) used.add(match[1] as string);
  }
  return used;
}

/** Whether the member a cluster step runs on runs a version its `needs` list of each component it names. */
function needsHold(
  context: PlanContext,
  spec: ClusterStepSpec,
  cluster: Cluster | undefined,
  memberName: string,
): boolean {
  if (!spec.needs) return true;
  const member = cluster?.members.find((m) => m.name === memberName);
  if (!cluster || !member) return false;
  return Object.entries(spec.needs).every(([component, versions]) => {
    const version = comparableVersion(context.policy, component, memberState(cluster, member, component));
    const scheme = context.policy.schemes.get(component);
    return version !== undefined && !!scheme && versions.some((v) => scheme.matches(version, v));
  });
}
