import type { ComponentState } from '../manifest/fleet.js';
import type { Policy } from './pack.js';

/** The version a component's state carries, read where its pack says (the channel's track, or `version`). */
export function comparableVersion(
  policy: Policy,
  component: string,
  state: ComponentState | undefined,
): string | undefined {
  if (!state) return undefined;
  const spec = Object.hasOwn(policy.pack.components, component)
    ? policy.pack.components[component]
    : undefined;
  if (!spec) return undefined;
  const raw = spec.versioning.source === 'track' ? state.channel?.split('/')[0] : state.version;
  if (raw === undefined) return undefined;
  return policy.schemes.get(component)?.isValid(raw) ? raw : undefined;
}
