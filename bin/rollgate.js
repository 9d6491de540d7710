#!/usr/bin/env node
// The `rollgate` command: starts the bundled CLI, which sets the exit code.
import module from 'node:module';

// From Node 22.1, V8 keeps the bundle's compiled code between runs (in the system's temporary directory, unless
// NODE_COMPILE_CACHE says where or NODE_DISABLE_COMPILE_CACHE turns it off); Node 20 has no such cache. Enabled
// before the bundle is imported, so the bundle itself is cached.
module.enableCompileCache?.();
const { run } = await import('../dist/cli.js');
await run();
