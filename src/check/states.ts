import {
  type Cluster,
  type ComponentState,
  type Fleet,
  type Member,
  manifestPaths,
} from '../manifest/fleet.js';
import type { PathSegment } from '../manifest/source.js';
import type { StateAt } from '../rules/types.js';

/** A state where the manifest writes it; its path is made when a finding asks for it, which few states do. */
class State implements StateAt {
  constructor(
    readonly cluster: Cluster,
    readonly component: string,
    readonly state: ComponentState,
    readonly member?: Member,
  ) {}

  get path(): PathSegment[] {
    return this.member
      ? manifestPaths.memberComponent(this.cluster, this.member, this.component)
      : manifestPaths.component(this.cluster, this.component);
  }
}

/** Each fleet's states, listed once: every rule walks them, and a fleet does not change while it is judged. */
const listed = new WeakMap<Fleet, readonly StateAt[]>();

/** Every component state a fleet writes: each cluster's, and each member override. */
export function statesOf(fleet: Fleet): readonly StateAt[] {
  let states = listed.get(fleet);
  if (states) return states;
  const list: StateAt[] = [];
  for (const cluster of fleet.clusters) {
    for (const component in cluster.components) {
      list.push(new State(cluster, component, cluster.components[component] as ComponentState));
    }
    for (const member of cluster.members) {
      if (!member.overrides) continue;
      for (const component in member.overrides) {
        const own = member.overrides[component] as ComponentState;
        const shared = cluster.components[component];
        list.push(new State(cluster, component, shared ? { ...shared, ...own } : own, member));
      }
    }
  }
  states = list;
  listed.set(fleet, states);
  return states;
}
