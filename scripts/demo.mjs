// `npm run demo`: rollgate's main job on the bundled MicroCloud example.
// It checks the seed's MicroCloud 1 to 2 upgrade (passes), then the same upgrade done wrong (fails, as it should).
import { spawnSync } from 'node:child_process';

const now = ['--now', '2026-11-22'];
const steps = [
  ['A change that follows the vendor rules', ['check', '--base', 'examples/microcloud/base.yaml', '--head', 'examples/microcloud/head-pass.yaml', ...now], 0],
  ['A change that breaks them', ['check', '--base', 'examples/microcloud/base.yaml', '--head', 'examples/microcloud/head-fail.yaml', ...now], 1],
];
let failed = false;
for (const [title, args, expected] of steps) {
  console.log(`\n=== ${title}: rollgate ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, ['bin/rollgate.js', ...args], { stdio: 'inherit' });
  console.log(`(exit ${run.status}; expected ${expected})`);
  if (run.status !== expected) failed = true;
}
process.exitCode = failed ? 1 : 0;
