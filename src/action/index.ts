// The action's entry point (dist/index.js): it only starts the run.
import { run } from './main.js';

await run();
