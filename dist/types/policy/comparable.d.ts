import type { ComponentState } from '../manifest/fleet.js';
import type { Policy } from './pack.js';
/** The version a component's state carries, read where its pack says (the channel's track, or `version`). */
export declare function comparableVersion(policy: Policy, component: string, state: ComponentState | undefined): string | undefined;
/** A channel's track: `squid` of `squid/stable`, the whole text when it has no risk. */
export declare function trackOf(channel: string): string;
