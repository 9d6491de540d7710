// Comparing what a member runs with what the manifest pins: the one place drift and the planner's skipping agree on.
import type { ComponentState } from '../manifest/fleet.js';
import type { ObservedComponent } from './types.js';

const RISKS = ['stable', 'candidate', 'beta', 'edge'];

/** A channel as snapd tracks it: `stable` is `latest/stable`, a track alone (`5.21`) is its `stable` risk. */
export function fullChannel(channel: string): string {
  const parts = channel.split('/');
  if (parts.length === 1) return RISKS.includes(channel) ? `latest/${channel}` : `${channel}/stable`;
  return channel;
}

/** Whether an observed snap runs a pin: its channel (a branch as snap list cuts it) and its revision, where pinned. */
export function runsPin(found: ObservedComponent, pin: ComponentState | undefined): boolean {
  if (!pin || found.status !== 'found') return false;
  if (pin.channel !== undefined) {
    if (found.channel === undefined) return false;
    const want = fullChannel(pin.channel);
    const have = fullChannel(found.channel);
    // snap list writes a branch as `track/risk/…`.
    const branchCut = have.endsWith('/…') && want.split('/').length === 3;
    if (branchCut ? !want.startsWith(have.slice(0, -1)) : have !== want) return false;
  }
  if (pin.revision !== undefined && found.revision !== pin.revision) return false;
  if (pin.channel === undefined && pin.revision === undefined && pin.version !== undefined)
    return found.version === pin.version;
  return true;
}

/** What an observed component runs, in one line: `5.21/stable@36020`, `(not installed)`. */
export function describeObserved(found: ObservedComponent): string {
  if (found.status === 'absent') return '(not installed)';
  if (found.status !== 'found') return `(${found.status})`;
  const channel = found.channel ?? '(no channel)';
  return found.revision !== undefined ? `${channel}@${found.revision}` : `${channel} (sideloaded)`;
}
