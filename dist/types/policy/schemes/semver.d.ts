import type { Versioning } from '../types.js';
import type { VersionScheme } from './types.js';
/** Semantic versions, stepped by minor version inside one major (MicroShift 4.Y, etcd 3.Y, Kubernetes 1.Y). */
export declare function semverScheme(versioning: Versioning): VersionScheme;
