#!/usr/bin/env node
// The `rollgate` command: starts the bundled CLI, which sets the exit code.
import { run } from '../dist/cli.js';

await run();
