import type { ComponentState } from '../manifest/fleet.js';
import type { Policy } from './pack.js';
/** The version a component's state carries, read where its pack says (the channel's track, or `version`). */
export declare function comparableVersion(policy: Policy, component: string, state: ComponentState | undefined): string | undefined;
