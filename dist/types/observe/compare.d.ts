import type { ComponentState } from '../manifest/fleet.js';
import type { ObservedComponent } from './types.js';
/** A channel as snapd tracks it: `stable` is `latest/stable`, a track alone (`5.21`) is its `stable` risk. */
export declare function fullChannel(channel: string): string;
/** Whether an observed snap runs a pin: its channel (a branch as snap list cuts it) and its revision, where pinned. */
export declare function runsPin(found: ObservedComponent, pin: ComponentState | undefined): boolean;
/** What an observed component runs, in one line: `5.21/stable@36020`, `(not installed)`. */
export declare function describeObserved(found: ObservedComponent): string;
