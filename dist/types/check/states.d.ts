import { type Fleet } from '../manifest/fleet.js';
import type { StateAt } from '../rules/types.js';
/** Every component state a fleet writes: each cluster's, and each member override. */
export declare function statesOf(fleet: Fleet): readonly StateAt[];
