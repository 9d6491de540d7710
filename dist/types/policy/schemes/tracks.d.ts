import type { Versioning } from '../types.js';
import type { VersionScheme } from './types.js';
/** An ordered list of named tracks (MicroCeph quincy, reef, squid; LXD 5.0, 5.21, 6), stepped one track at a time. */
export declare function tracksScheme(versioning: Versioning): VersionScheme;
