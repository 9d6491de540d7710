// `rollgate bump --to CHANNEL` and `rollgate update` as processes, against a loopback Snap Store and Charmhub
// answering in their documented shapes: the right revision for each cluster's architecture, the earliest
// lagging wave only, and a manifest left byte for byte as it was when a store fails, hangs or answers garbage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeStore } from '../datasource/store-server.js';
import { assertBuilt, removeWorkspaces, rollgate, workspace } from '../helpers/cli.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

const FLEET = `# yaml-language-server: $schema=../schemas/fleet.schema.json
apiVersion: rollgate/v1
kind: Fleet
policy: microcloud
waves: [staging, production]
clusters:
  - name: lab            # amd64, the default
    wave: staging
    members: [lab-1]
    components:
      lxd: { channel: 5.21/stable, revision: 33110, hold: true, cohort: true }
  - name: pi
    wave: staging
    architecture: arm64
    members: [pi-1]
    components:
      lxd: { channel: 5.21/stable, revision: 33112, hold: true, cohort: true }
  - name: prod
    wave: production
    members: [prod-1]
    components:
      lxd: { channel: 5.21/stable, revision: 33110, hold: true, cohort: true }
`;

const ETCD = `apiVersion: rollgate/v1
kind: Fleet
policy: charmed-etcd
waves: [staging, production]
clusters:
  - name: etcd-staging
    wave: staging
    members: ["1", "0"]
    components:
      charmed-etcd: { channel: 3.6/stable, revision: 110 }
  - name: etcd-prod
    wave: production
    members: ["1", "0"]
    components:
      charmed-etcd: { channel: 3.6/stable, revision: 110 }
`;

let store: FakeStore;
let env: Record<string, string>;

beforeEach(async () => {
  store = new FakeStore();
  const url = await store.start();
  store.publish('lxd', [
    { channel: '5.21/stable', architecture: 'amd64', revision: 33290, version: '5.21.3-c5ae129' },
    { channel: '5.21/stable', architecture: 'arm64', revision: 33291, version: '5.21.3-c5ae129' },
    { channel: '5.21/candidate', architecture: 'amd64', revision: 33400, version: '5.21.4' },
  ]);
  store.publish('charmed-etcd', [
    { channel: '3.6/stable', architecture: 'amd64', revision: 120, version: '3.6.5', base: '22.04' },
    { channel: '3.6/stable', architecture: 'amd64', revision: 125, version: '3.6.5', base: '24.04' },
  ]);
  env = {
    ROLLGATE_STORE_URL: url,
    ROLLGATE_CHARMHUB_URL: url,
    // Long enough that a loaded machine never times out a store that answers; the hang case sets its own.
    ROLLGATE_STORE_TIMEOUT_MS: '10000',
    ROLLGATE_STORE_RETRIES: '1',
    ROLLGATE_STORE_RETRY_DELAY_MS: '1',
  };
});

afterEach(() => store.stop());

const read = (folder: string, file = 'fleet.yaml') => readFileSync(path.join(folder, file), 'utf8');
const revisions = (text: string) => [...text.matchAll(/revision: (\d+)/g)].map((m) => Number(m[1]));

describe('rollgate bump --to CHANNEL', () => {
  it("writes each cluster the channel's current revision for its own architecture", async () => {
    const folder = workspace({ 'fleet.yaml': FLEET });
    const run = await rollgate(['bump', 'lxd', '--to', '5.21/stable', '--wave', 'staging'], folder, env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('lab: lxd 5.21/stable@33110 -> 5.21/stable@33290');
    expect(run.stdout).toContain('pi: lxd 5.21/stable@33112 -> 5.21/stable@33291');
    // lab (amd64), pi (arm64), prod untouched; nothing else in the file moved.
    expect(revisions(read(folder))).toEqual([33290, 33291, 33110]);
    expect(read(folder).replace(/33290/, '33110').replace(/33291/, '33112')).toBe(FLEET);
    expect(store.requests.map((r) => r.path)).toEqual(['/v2/snaps/info/lxd']);
  });

  it('says so when the pack names no datasource, and asks no store', async () => {
    const folder = workspace({
      'fleet.yaml': `apiVersion: rollgate/v1
kind: Fleet
policy: kubernetes
clusters:
  - name: k8s
    members: [{ name: cp-1, role: control }]
    components:
      kube-apiserver: { channel: 1.31/stable, revision: 10 }
`,
    });
    const before = read(folder);
    const run = await rollgate(['bump', 'kube-apiserver', '--to', '1.32/stable'], folder, env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^rollgate bump: The kubernetes pack names no datasource for kube-apiserver, .*\n$/,
    );
    expect(read(folder)).toBe(before);
    expect(store.requests).toEqual([]);
  });
});

describe('rollgate update', () => {
  it('bumps only the earliest lagging wave; the next run moves the next wave', async () => {
    // One architecture: order/promotion compares revisions across waves, whatever the architecture.
    const fleet = FLEET.replace(/ {2}- name: pi\n(?: {4}.*\n)+/, '');
    const folder = workspace({ 'fleet.yaml': fleet });
    const first = await rollgate(['update'], folder, env);
    expect(first.status, first.stderr).toBe(0);
    expect(revisions(read(folder))).toEqual([33290, 33110]);
    const second = await rollgate(['update'], folder, env);
    expect(second.status, second.stderr).toBe(0);
    expect(revisions(read(folder))).toEqual([33290, 33290]);
    const third = await rollgate(['update'], folder, env);
    expect(third.stdout).toContain('nothing to change');
    expect(third.stderr).toContain('lxd: every cluster runs the newest revision of its channel.');
  });

  it('--format json says what it would change and writes nothing; --wave waits for the earlier wave', async () => {
    const folder = workspace({ 'fleet.yaml': FLEET });
    const run = await rollgate(['update', '--format', 'json'], folder, env);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      file: 'fleet.yaml',
      ok: true,
      findings: [],
      updates: [
        {
          component: 'lxd',
          wave: 'staging',
          datasource: 'snap-store',
          clusters: [
            { cluster: 'lab', architecture: 'amd64', channel: '5.21/stable', from: 33110, to: 33290 },
            { cluster: 'pi', architecture: 'arm64', channel: '5.21/stable', from: 33112, to: 33291 },
          ],
        },
      ],
    });
    expect(read(folder)).toBe(FLEET);
    const production = await rollgate(['update', '--format', 'json', '--wave', 'production'], folder, env);
    expect(JSON.parse(production.stdout)).toMatchObject({
      updates: [],
      skipped: [
        {
          component: 'lxd',
          wave: 'production',
          reason: expect.stringMatching(/^wave staging is behind first/),
        },
      ],
    });
  });

  it('reads charm revisions from Charmhub, the newest of the bases for the architecture', async () => {
    const folder = workspace({ 'fleet.yaml': ETCD });
    // The environment points elsewhere; the flag wins.
    const flagged = await rollgate(['update', '--charmhub', env.ROLLGATE_CHARMHUB_URL as string], folder, {
      ...env,
      ROLLGATE_CHARMHUB_URL: 'http://127.0.0.1:9',
    });
    expect(flagged.status, flagged.stderr).toBe(0);
    expect(revisions(read(folder))).toEqual([125, 110]);
    expect(store.requests.at(-1)?.path).toBe('/v2/charms/info/charmed-etcd');
  });

  it.each([
    [
      'fails',
      ['update'],
      { kind: 'status', status: 503, times: 99 } as const,
      /answered HTTP 503 \(2 attempts in [\d.]+ s\)\.\n$/,
    ],
    [
      'hangs',
      ['update'],
      { kind: 'hang', times: 99 } as const,
      /did not answer within 300 ms \(2 attempts in [\d.]+ s\)\.\n$/,
    ],
    [
      'answers garbage',
      ['bump', 'lxd', '--to', '5.21/stable', '--wave', 'staging'],
      { kind: 'body', body: '{"channel-map": [{"revision": "lots"}]}', times: 99 } as const,
      /is not in the shape of the Snap Store info endpoint/,
    ],
  ])(
    'leaves the manifest byte for byte as it was when the store %s (%j)',
    async (_what, args, misbehaviour, message) => {
      store.misbehave(misbehaviour);
      const folder = workspace({ 'fleet.yaml': FLEET });
      const timeout: Record<string, string> =
        misbehaviour.kind === 'hang' ? { ROLLGATE_STORE_TIMEOUT_MS: '300' } : {};
      const run = await rollgate(args, folder, { ...env, ...timeout });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^rollgate (update|bump): Cannot look up the snap lxd in the Snap Store at http:\/\/127\.0\.0\.1:\d+: /,
      );
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(read(folder)).toBe(FLEET);
    },
  );
});
