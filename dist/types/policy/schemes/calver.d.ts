import type { Versioning } from '../types.js';
import type { VersionScheme } from './types.js';
/** OpenStack's YYYY.N releases, stepped one release at a time; YYYY.1 releases carry the `slurp` tag. */
export declare function calverScheme(versioning: Versioning): VersionScheme;
