import { ownString } from '../manifest/copy.js';
import type { ComponentState } from '../manifest/fleet.js';
import type { Policy } from './pack.js';

/** What each pack's components read from a channel or version, kept: a fleet writes a handful of them many times. */
const read = new WeakMap<Policy, Map<string, Map<string, string | undefined>>>();

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
  const byTrack = spec.versioning.source === 'track';
  const text = byTrack ? state.channel : state.version;
  if (text === undefined) return undefined;
  let components = read.get(policy);
  if (!components) {
    components = new Map();
    read.set(policy, components);
  }
  let versions = components.get(component);
  if (!versions) {
    versions = new Map();
    components.set(component, versions);
  }
  if (versions.has(text)) return versions.get(text);
  // Kept as long as the pack, so a string of its own (a track cut from it keeps only it), not a view of a manifest.
  const key = ownString(text);
  const raw = byTrack ? trackOf(key) : key;
  const version = policy.schemes.get(component)?.isValid(raw) ? raw : undefined;
  // Bounded like the semver scheme's cache: a fleet of hostile channels must not grow it without end.
  if (versions.size > 10_000) versions.clear();
  versions.set(key, version);
  return version;
}

/** A channel's track: `squid` of `squid/stable`, the whole text when it has no risk. */
export function trackOf(channel: string): string {
  const slash = channel.indexOf('/');
  return slash === -1 ? channel : channel.slice(0, slash);
}
