// Generates a MicroCloud fleet of a given size as a base manifest and a head manifest that changes part of it,
// the way a real promotion PR does, with a few mistakes sprinkled in so the rules have something to find, and the
// same two manifests as JSON for the bench's floor.
// Used by scripts/bench.mjs; run it alone to look at the files:
//   node scripts/gen-fleet.mjs 10000 .bench/fleet-10000
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which state each wave runs: canary already runs the new revisions in the base, the others follow. */
const OLD = {
  microceph: { channel: 'squid/stable', revision: 4067 },
  microovn: { channel: '24.03/stable', revision: 667 },
  lxd: { channel: '5.21/stable', revision: 33110 },
  microcloud: { channel: '2/stable', revision: 1144 },
};
const NEW = {
  microceph: { channel: 'squid/stable', revision: 4100 },
  microovn: { channel: '24.03/stable', revision: 689 },
  lxd: { channel: '5.21/stable', revision: 33250 },
  microcloud: { channel: '2/stable', revision: 1180 },
};
/** Clusters still on MicroCloud 1 (past its end of life), which the change upgrades to MicroCloud 2. */
const LEGACY = {
  microceph: { channel: 'quincy/stable', revision: 3758 },
  microovn: { channel: '22.03/stable', revision: 463 },
  lxd: { channel: '5.21/stable', revision: 33110 },
  microcloud: { channel: '1/stable', revision: 734 },
};
const COMPONENTS = ['microceph', 'microovn', 'lxd', 'microcloud'];
const REGIONS = ['eu', 'us', 'ap'];

/** The `--now` the bench judges at: after MicroCloud 1's end of life, outside the manifest's freeze. */
export const BENCH_NOW = '2026-11-22';

/**
 * A base and head manifest of `members` members (four components each), as YAML text, and the same two
 * manifests as JSON (what the bench's JSON floor reads).
 * Waves: 2% canary, 10% staging, the rest production; 1% of clusters still run MicroCloud 1. The head promotes
 * the canary's revisions to staging and adds a few faults: production clusters that jump ahead of staging,
 * MicroCloud 1 clusters upgraded before the earlier waves, a lagging member, an unheld lxd, a candidate channel.
 */
export function generateFleetPair(members) {
  const clusters = [];
  let remaining = members;
  for (let i = 0; remaining > 0; i++) {
    const size = Math.min(3 + (i % 3), remaining);
    remaining -= size;
    clusters.push(planCluster(i, size));
  }
  const count = clusters.length;
  for (const cluster of clusters) {
    const share = cluster.index / count;
    cluster.wave = share < 0.02 ? 'canary' : share < 0.12 ? 'staging' : 'production';
  }
  // A fleet of one cluster (the bench's start-up case) would be a canary that both sides run alike; as staging,
  // the head promotes it, so its check judges a change as a pull request's does.
  if (count === 1) clusters[0].wave = 'staging';
  const base = fleetValue(clusters, 'base');
  const head = fleetValue(clusters, 'head');
  return {
    base: renderYaml(base),
    head: renderYaml(head),
    baseJson: JSON.stringify(base),
    headJson: JSON.stringify(head),
    clusters: count,
  };
}

function planCluster(index, size) {
  const name = `site-${String(index + 1).padStart(6, '0')}`;
  return {
    index,
    name,
    size,
    // Seven in ten clusters sit behind a store proxy; those that jump ahead or keep a member behind pull from the
    // store directly (a proxy serves one revision per channel, so a lagging member there could not be planned).
    proxyRegion: index % 10 < 7 && index % 150 !== 31 && index % 500 !== 101 ? REGIONS[index % 3] : undefined,
    // One cluster in 100 still runs MicroCloud 1 (a warning: past its end of life); one in 1,000 upgrades to 2 here.
    legacy: index % 100 === 7,
    upgradesLegacy: index % 1000 === 7,
    aheadOfStaging: index % 150 === 31,
    laggingMember: index % 500 === 101,
    unheldLxd: index % 700 === 211,
    candidateLxd: index % 900 === 307,
    controlFirst: index % 10 === 3,
  };
}

/** The manifest of one side as a value: what both the YAML and the JSON form of it hold. */
function fleetValue(clusters, side) {
  return {
    apiVersion: 'rollgate/v1',
    kind: 'Fleet',
    policy: 'microcloud',
    waves: ['canary', 'staging', 'production'],
    freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'year-end' }],
    clusters: clusters.map((cluster) => clusterValue(cluster, side)),
  };
}

function clusterValue(cluster, side) {
  const wave = cluster.legacy ? 'production' : cluster.wave;
  const states = statesFor(cluster, wave, side);
  const members = [];
  for (let m = 1; m <= cluster.size; m++) {
    const member = `${cluster.name}-${m}`;
    if (m === 1 && cluster.controlFirst) members.push({ name: member, role: 'control' });
    else if (m === cluster.size && side === 'head' && cluster.laggingMember)
      members.push({ name: member, components: { microceph: { revision: 4040 } } });
    else members.push(member);
  }
  const components = {};
  for (const component of COMPONENTS) {
    const state = states[component];
    const channel =
      side === 'head' && component === 'lxd' && cluster.candidateLxd
        ? state.channel.replace('/stable', '/candidate')
        : state.channel;
    components[component] = {
      channel,
      revision: state.revision,
      hold: !(side === 'head' && component === 'lxd' && cluster.unheldLxd),
      cohort: true,
    };
  }
  return {
    name: cluster.name,
    wave,
    ...(cluster.proxyRegion ? { proxy: `${wave}-${cluster.proxyRegion}` } : {}),
    members,
    components,
  };
}

/** The manifest as YAML, written the way people write fleets: block lists, one-line flow mappings. */
function renderYaml(fleet) {
  const lines = [
    '# Generated by scripts/gen-fleet.mjs for the benchmark.',
    `apiVersion: ${fleet.apiVersion}`,
    `kind: ${fleet.kind}`,
    `policy: ${fleet.policy}`,
    `waves: [${fleet.waves.join(', ')}]`,
    'freeze:',
    ...fleet.freeze.map((f) => `  - { from: ${f.from}, to: ${f.to}, reason: ${f.reason} }`),
    'clusters:',
  ];
  for (const cluster of fleet.clusters) {
    lines.push(`  - name: ${cluster.name}`, `    wave: ${cluster.wave}`);
    if (cluster.proxy) lines.push(`    proxy: ${cluster.proxy}`);
    lines.push('    members:');
    for (const member of cluster.members) {
      if (typeof member === 'string') lines.push(`      - ${member}`);
      else if (member.role) lines.push(`      - { name: ${member.name}, role: ${member.role} }`);
      else {
        lines.push(`      - name: ${member.name}`, '        components:');
        for (const [component, own] of Object.entries(member.components))
          lines.push(`          ${component}: { revision: ${own.revision} }`);
      }
    }
    lines.push('    components:');
    for (const [component, state] of Object.entries(cluster.components)) {
      lines.push(
        `      ${`${component}:`.padEnd(12)}{ channel: ${state.channel}, revision: ${state.revision}, hold: ${state.hold}, cohort: ${state.cohort} }`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function statesFor(cluster, wave, side) {
  if (cluster.legacy) return side === 'head' && cluster.upgradesLegacy ? NEW : LEGACY;
  if (wave === 'canary') return NEW;
  if (side === 'base') return OLD;
  if (wave === 'staging' || cluster.aheadOfStaging) {
    // A promotion moves the storage and network snaps first; lxd and microcloud stay.
    return { ...OLD, microceph: NEW.microceph, microovn: NEW.microovn };
  }
  return OLD;
}

/**
 * Writes base.yaml and head.yaml for a fleet of `members` into `dir`, and base.json and head.json holding the
 * same values; returns their paths.
 */
export function writeFleetPair(members, dir) {
  mkdirSync(dir, { recursive: true });
  const { base, head, baseJson, headJson, clusters } = generateFleetPair(members);
  const written = {};
  for (const [key, file, text] of [
    ['base', 'base.yaml', base],
    ['head', 'head.yaml', head],
    ['baseJson', 'base.json', baseJson],
    ['headJson', 'head.json', headJson],
  ]) {
    written[key] = path.join(dir, file);
    writeFileSync(written[key], text);
  }
  return {
    ...written,
    clusters,
    bytes: Buffer.byteLength(base) + Buffer.byteLength(head),
    jsonBytes: Buffer.byteLength(baseJson) + Buffer.byteLength(headJson),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const members = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? `.bench/fleet-${members}`;
  if (!Number.isInteger(members) || members < 1) {
    console.error('usage: node scripts/gen-fleet.mjs MEMBERS [DIR]');
    process.exit(2);
  }
  const written = writeFleetPair(members, dir);
  console.log(
    `${written.base} and ${written.head} (and .json): ${members} members in ${written.clusters} clusters, ${(written.bytes / 1e6).toFixed(1)} MB`,
  );
}
