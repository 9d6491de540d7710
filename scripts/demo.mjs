// `npm run demo`: rollgate's main job on the bundled MicroCloud example.
// It checks the vendor's MicroCloud 1 to 2 upgrade (passes), then the same upgrade done wrong (fails, as it should),
// then plans the passing one: pins, proxy-less pin commands, and the staged job scripts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const now = ['--now', '2026-11-22'];
const base = ['--base', 'examples/microcloud/base.yaml'];
const out = mkdtempSync(path.join(tmpdir(), 'rollgate-demo-'));
const steps = [
  [
    'A change that follows the vendor rules',
    ['check', ...base, '--head', 'examples/microcloud/head-pass.yaml', ...now],
    0,
  ],
  [
    'A change that breaks them',
    ['check', ...base, '--head', 'examples/microcloud/head-fail.yaml', ...now],
    1,
  ],
  [
    'The rollout of the passing change',
    [
      'plan',
      ...base,
      '--head',
      'examples/microcloud/head-pass.yaml',
      '--out',
      out,
      '--transport',
      'ssh {member}',
      ...now,
    ],
    0,
  ],
];
let failed = false;
for (const [title, args, expected] of steps) {
  console.log(`\n=== ${title}: rollgate ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, ['bin/rollgate.js', ...args], { stdio: 'inherit' });
  console.log(`(exit ${run.status}; expected ${expected})`);
  if (run.status !== expected) failed = true;
}
if (!failed) {
  console.log(`\n=== The first stage's job script (${path.join(out, 'jobs', '01-lab-microceph.sh')})\n`);
  console.log(readFileSync(path.join(out, 'jobs', '01-lab-microceph.sh'), 'utf8'));
}
rmSync(out, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
