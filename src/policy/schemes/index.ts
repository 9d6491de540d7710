import type { SchemeName, Versioning } from '../types.js';
import { calverScheme } from './calver.js';
import { semverScheme } from './semver.js';
import { tracksScheme } from './tracks.js';
import type { VersionScheme } from './types.js';

export type { VersionScheme } from './types.js';

/** The version schemes a pack may name, by name. */
export const SCHEMES: Record<SchemeName, (versioning: Versioning) => VersionScheme> = {
  semver: semverScheme,
  tracks: tracksScheme,
  calver: calverScheme,
};

/** The scheme a component's versioning asks for. */
export function createScheme(versioning: Versioning): VersionScheme {
  return SCHEMES[versioning.scheme](versioning);
}

/** Whether two components' versions are read by one scheme, so that one can be measured against the other. */
export function sameScheme(a: Versioning, b: Versioning): boolean {
  return a.scheme === b.scheme;
}
