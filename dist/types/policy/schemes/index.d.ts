import type { SchemeName, Versioning } from '../types.js';
import type { VersionScheme } from './types.js';
export type { VersionScheme } from './types.js';
/** The version schemes a pack may name, by name. */
export declare const SCHEMES: Record<SchemeName, (versioning: Versioning) => VersionScheme>;
/** The scheme a component's versioning asks for. */
export declare function createScheme(versioning: Versioning): VersionScheme;
/** Whether two components' versions are read by one scheme, so that one can be measured against the other. */
export declare function sameScheme(a: Versioning, b: Versioning): boolean;
