// Preloaded (node --import) into every process the bench times, so each reports its own peak memory:
// Node 20 cannot read a child's resource usage, but the child can write its own at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.ROLLGATE_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kibibytes.
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
