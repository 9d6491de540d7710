import { type Fleet } from '../manifest/fleet.js';
import type { Change } from '../rules/types.js';
/** The changes from base to head: per cluster and component, and per member whose own state moves differently. */
export declare function diffFleets(base: Fleet, head: Fleet): Change[];
