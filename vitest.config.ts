import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// As scripts/build.mjs defines it for the bundles, so code run from source in a test knows its version.
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

export default defineConfig({
  define: { __ROLLGATE_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: a test that spawns processes on a loaded 2-core machine can take several times its usual time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most suites wait on child processes (the built CLI, the action, job scripts against fake members) and on
    // servers of their own, not on this process's CPU: on a 2-core machine the default (cores - 1 = one worker) runs
    // them one after another. Three workers take the suite from about 8 to about 5 minutes there.
    maxWorkers: 3,
  },
});
