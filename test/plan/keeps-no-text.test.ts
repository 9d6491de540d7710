// A plan holds the fleets for as long as it writes (minutes, at 100,000 members). What it keeps of the check must
// not keep the manifests' texts alive through strings cut out of them: in V8 a string sliced from a longer one
// holds all of it (src/manifest/copy.ts, ownString). Guarded in a child process of its own, whose heap is small
// enough to snapshot: once the check's result is let go, no string of the texts' size is left on the heap.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'rollgate-keeps-no-text-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Checks a generated fleet (the bench's: names of 13 characters, channels in flow mappings, read by the plain
// reader), then snapshots the heap twice and prints the sizes of the strings that begin as the head manifest does:
// first while the check's result is held (so the snapshot is seen to find the texts), then once only
// checkedChange's result and a planned stream's first chunks are left.
const CHILD = `
import { readFileSync } from 'node:fs';
import { getHeapSnapshot } from 'node:v8';
import { check } from './src/check/index.ts';
import { checkedChange, streamPlan } from './src/plan/index.ts';

// The bench's generator, loaded as it is (bundled, it would take itself for the main script and write files).
const { generateFleetPair, BENCH_NOW } = await import(process.env.ROLLGATE_GEN_FLEET);

// The shipped packs, from the repository's policies/ (the child runs there).
const resolveShipped = (name) =>
  /^[a-z-]+$/.test(name) ? { file: \`policies/\${name}.yaml\`, text: readFileSync(\`policies/\${name}.yaml\`, 'utf8') } : undefined;

/** The sizes of the strings on the heap that begin with \`start\`. */
async function stringsStarting(start) {
  const parts = [];
  for await (const part of getHeapSnapshot()) parts.push(part);
  const snapshot = JSON.parse(parts.join(''));
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const [type, name, size] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const sizes = [];
  for (let at = 0; at < snapshot.nodes.length; at += width) {
    if (types[snapshot.nodes[at + type]] !== 'string') continue;
    if (snapshot.strings[snapshot.nodes[at + name]].startsWith(start)) sizes.push(snapshot.nodes[at + size]);
  }
  return sizes;
}

let start;
let length;
async function planned() {
  const { base, head } = generateFleetPair(3000);
  // Its first line and a half, written to no other string: only the texts themselves begin so. Copied, since a
  // slice of the head would itself keep the head alive.
  start = JSON.parse(JSON.stringify(head.slice(0, head.indexOf('\\n', head.indexOf('\\n') + 1) + 5)));
  length = head.length;
  const result = await check({
    base: { file: 'base.yaml', text: base },
    head: { file: 'head.yaml', text: head },
    resolvePack: resolveShipped,
    now: new Date(BENCH_NOW),
  });
  const held = await stringsStarting(start);
  const change = checkedChange(result);
  // The planner runs, as it would, so its own caches are filled.
  const chunks = streamPlan({ result: change, transport: 'ssh {member}' });
  for (let i = 0; i < 50; i++) chunks.next();
  return { change, chunks, held };
}

const kept = await planned();
const left = await stringsStarting(start);
console.log(JSON.stringify({ held: kept.held, left, length, clusters: kept.change.head.fleet.clusters.length }));
`;

describe('what a plan keeps of the check', () => {
  it("holds no manifest text: the fleets' names and channels, and the readers' caches, are strings of their own", async () => {
    const script = path.join(folder, 'child.mjs');
    await build({
      stdin: { contents: CHILD, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 50_000,
      env: {
        ...process.env,
        ROLLGATE_GEN_FLEET: pathToFileURL(path.join(ROOT, 'scripts/gen-fleet.mjs')).href,
      },
    });
    expect(run.stderr).toBe('');
    const { held, left, length, clusters } = JSON.parse(run.stdout) as {
      held: number[];
      left: number[];
      length: number;
      clusters: number;
    };
    // The fleet was read (3,000 members in some 800 clusters, a text of about 390 KB) ...
    expect(clusters).toBeGreaterThan(500);
    expect(length).toBeGreaterThan(300_000);
    const whole = (sizes: number[]) => sizes.filter((bytes) => bytes >= length / 2);
    // ... the snapshot finds both texts while the check's result is held ...
    expect(whole(held)).toHaveLength(2);
    // ... and none once only what the plan keeps is left.
    expect(whole(left)).toEqual([]);
  });
});
