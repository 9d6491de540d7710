import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// As scripts/build.mjs defines it for the bundles, so code run from source in a test knows its version.
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

export default defineConfig({
  define: { __ROLLGATE_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
