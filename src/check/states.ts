import { type Fleet, manifestPaths } from '../manifest/fleet.js';
import type { StateAt } from '../rules/types.js';

/** Every component state a fleet writes: each cluster's, and each member override. */
export function* statesOf(fleet: Fleet): Generator<StateAt> {
  for (const cluster of fleet.clusters) {
    for (const [component, state] of Object.entries(cluster.components)) {
      yield { cluster, component, state, path: manifestPaths.component(cluster, component) };
    }
    for (const member of cluster.members) {
      if (!member.overrides) continue;
      for (const [component, own] of Object.entries(member.overrides)) {
        const shared = cluster.components[component];
        yield {
          cluster,
          member,
          component,
          state: shared ? { ...shared, ...own } : own,
          path: manifestPaths.memberComponent(cluster, member, component),
        };
      }
    }
  }
}
