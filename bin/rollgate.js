#!/usr/bin/env node
// The `rollgate` command: starts the bundled CLI, which sets the exit code. CommonJS (bin/package.json), as is the
// bundle it requires: a short run then never starts node's ES module loader.
const { enableCompileCache } = require('node:module');

// From Node 22.1, V8 keeps the bundle's compiled code between runs (in the system's temporary directory, unless
// NODE_COMPILE_CACHE says where or NODE_DISABLE_COMPILE_CACHE turns it off); Node 20 has no such cache. Enabled
// before the bundle is required, so the bundle itself is cached.
enableCompileCache?.();
require('../dist/cli.cjs').run();
