// Preloaded (node --require) into every process the bench times, so each reports its own peak memory and
// CPU time: Node 20 cannot read a child's resource usage, but the child can write its own at exit. CommonJS, so
// that preloading it does not start the ESM loader in a process that would not otherwise (`node -e 0`).
const { writeFileSync } = require('node:fs');

const file = process.env.ROLLGATE_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kibibytes, CPU times in microseconds.
    writeFileSync(
      file,
      JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime }),
    );
  });
}
