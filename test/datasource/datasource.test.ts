// The datasources against a loopback Snap Store and Charmhub: what they ask, what they read, and one sentence
// for every way a store can fail (a status, a hang, garbage, a closed port, an answer too large).
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getJson } from '../../src/datasource/http.js';
import {
  channelRelease,
  charmhub,
  datasourceSettings,
  type HttpLimits,
  noReleaseMessage,
  type Release,
  snapStore,
} from '../../src/datasource/index.js';
import { FakeStore } from './store-server.js';

const FAST: HttpLimits = { timeoutMs: 2000, retries: 2, retryDelayMs: 1, budgetMs: 5000, maxBytes: 1 << 20 };

let store: FakeStore;
let url: string;

beforeEach(async () => {
  store = new FakeStore();
  url = await store.start();
  store.publish('lxd', [
    { channel: '5.21/stable', architecture: 'amd64', revision: 33290, version: '5.21.3-c5ae129' },
    { channel: '5.21/stable', architecture: 'arm64', revision: 33291, version: '5.21.3-c5ae129' },
    { channel: '5.21/candidate', architecture: 'amd64', revision: 33400, version: '5.21.4-0a1b2c3' },
    { channel: 'latest/stable', architecture: 'amd64', revision: 35000, version: '6.4' },
  ]);
  store.publish('charmed-etcd', [
    { channel: '3.6/stable', architecture: 'amd64', revision: 120, version: '3.6.5', base: '22.04' },
    { channel: '3.6/stable', architecture: 'amd64', revision: 125, version: '3.6.5', base: '24.04' },
    { channel: '3.6/stable', architecture: 'arm64', revision: 126, version: '3.6.5', base: '24.04' },
  ]);
});

afterEach(() => store.stop());

describe('the Snap Store datasource', () => {
  it('asks the info endpoint with the series header and reads every channel and architecture', async () => {
    const releases = await snapStore(url, fetch, FAST).releases('lxd');
    expect(releases).toContainEqual({
      track: '5.21',
      risk: 'stable',
      architecture: 'arm64',
      revision: 33291,
      version: '5.21.3-c5ae129',
      releasedAt: '2026-05-04T10:11:12.345678+00:00',
    });
    expect(releases).toHaveLength(4);
    const [request] = store.requests;
    expect(request?.path).toBe('/v2/snaps/info/lxd');
    expect(request?.headers['snap-device-series']).toBe('16');
    expect(request?.query.get('fields')).toBe('revision,version');
    // No architecture filter: one request answers for every cluster.
    expect(request?.query.has('architecture')).toBe(false);
  });

  it('says a snap the store does not know, by name', async () => {
    await expect(snapStore(url, fetch, FAST).releases('nosuchsnap')).rejects.toThrow(
      /knows no snap named nosuchsnap \(HTTP 404\)/,
    );
  });

  it('retries a 503 and a hang, then reads the answer', async () => {
    store.misbehave({ kind: 'status', status: 503, times: 1 });
    store.misbehave({ kind: 'hang', times: 1 });
    // A second for each try: the hang waits it out, an answering store meets it even on a loaded machine.
    const releases = await snapStore(url, fetch, { ...FAST, timeoutMs: 1000 }).releases('lxd');
    expect(releases).toHaveLength(4);
    expect(store.requests).toHaveLength(3);
  });

  it.each([
    [{ kind: 'status', status: 500, times: 99 } as const, /answered HTTP 500 \(3 attempts in [\d.]+ s\)\.$/],
    [{ kind: 'status', status: 403, times: 99 } as const, /answered HTTP 403, not 200\.$/],
    [{ kind: 'hang', times: 99 } as const, /did not answer within 100 ms \(3 attempts/],
    [{ kind: 'body', body: '<html>gateway</html>', times: 99 } as const, /its answer is not JSON\.$/],
    [
      { kind: 'body', body: '{"channel-map": "none"}', times: 99 } as const,
      /not in the shape of the Snap Store info endpoint \(\/channel-map breaks `type`\)\.$/,
    ],
    [
      {
        kind: 'body',
        body: JSON.stringify({
          'channel-map': [
            { channel: { track: '5.21', risk: 'stable', architecture: 'amd64' }, revision: -3, version: '1' },
          ],
        }),
        times: 99,
      } as const,
      /\(\/channel-map\/0\/revision breaks `minimum`\)/,
    ],
    [
      {
        kind: 'body',
        body: JSON.stringify({
          'channel-map': [
            {
              channel: { track: '5.21', risk: 'stable', architecture: 'amd64' },
              revision: 4,
              version: '\u001b]0;pwned\u0007',
            },
          ],
        }),
        times: 99,
      } as const,
      /\(\/channel-map\/0\/version breaks `pattern`\)/,
    ],
  ])('fails in one sentence when the store misbehaves: %j', async (misbehaviour, message) => {
    store.misbehave(misbehaviour);
    // The hang waits out a short timeout; a store that answers gets FAST's, which a loaded machine meets.
    const timeoutMs = misbehaviour.kind === 'hang' ? 100 : FAST.timeoutMs;
    const lookup = snapStore(url, fetch, { ...FAST, timeoutMs }).releases('lxd');
    await expect(lookup).rejects.toThrow(message);
    await expect(lookup).rejects.toThrow(
      /^Cannot look up the snap lxd in the Snap Store at http:\/\/127\.0\.0\.1:\d+: /,
    );
    await expect(lookup).rejects.toHaveProperty('name', 'RollgateError');
  });

  it('refuses an answer larger than its limit, and names no byte of it', async () => {
    store.misbehave({ kind: 'body', body: `{"channel-map": [], "pad": "${'x'.repeat(5000)}"}`, times: 1 });
    await expect(snapStore(url, fetch, { ...FAST, maxBytes: 1000 }).releases('lxd')).rejects.toThrow(
      /its answer is over 1000 bytes\.$/,
    );
  });

  it('says a closed port in one sentence', async () => {
    const closed = await freePort();
    await expect(
      snapStore(`http://127.0.0.1:${closed}`, fetch, { ...FAST, retries: 0 }).releases('lxd'),
    ).rejects.toThrow(/: the connection failed \(ECONNREFUSED\)\.$/);
  });
});

describe('the Charmhub datasource', () => {
  it('asks for the channel map and reads each base and architecture', async () => {
    const releases = await charmhub(url, fetch, FAST).releases('charmed-etcd');
    expect(releases.map((r) => `${r.track}/${r.risk} ${r.architecture} ${r.revision}`)).toEqual([
      '3.6/stable amd64 120',
      '3.6/stable amd64 125',
      '3.6/stable arm64 126',
    ]);
    const [request] = store.requests;
    expect(request?.path).toBe('/v2/charms/info/charmed-etcd');
    expect(request?.query.get('fields')?.split(',')).toContain('channel-map.revision.revision');
  });

  it('refuses an answer without the channel base', async () => {
    store.misbehave({
      kind: 'body',
      body: JSON.stringify({
        'channel-map': [{ channel: { track: '3.6', risk: 'stable' }, revision: { revision: 1 } }],
      }),
      times: 1,
    });
    await expect(charmhub(url, fetch, FAST).releases('charmed-etcd')).rejects.toThrow(
      /not in the shape of the Charmhub info endpoint \(\/channel-map\/0\/channel breaks `required`\)/,
    );
  });
});

describe('channelRelease', () => {
  const releases: Release[] = [
    { track: '3.6', risk: 'stable', architecture: 'amd64', revision: 120 },
    { track: '3.6', risk: 'stable', architecture: 'amd64', revision: 125 },
    { track: '3.6', risk: 'stable', architecture: 'arm64', revision: 126 },
    { track: '3.6', risk: 'edge', architecture: 'all', revision: 130 },
  ];

  it.each([
    ['3.6/stable', 'amd64', 125],
    ['3.6/stable', 'arm64', 126],
    ['3.6/edge', 's390x', 130],
    ['3.6/stable', 's390x', undefined],
    ['3.6/stable/hotfix', 'amd64', undefined],
    ['3.5/stable', 'amd64', undefined],
  ])('%s on %s is revision %s', (channel, architecture, revision) => {
    expect(channelRelease(releases, channel, architecture)?.revision).toBe(revision);
  });

  it('names the architectures that do have a channel, when the cluster has another', () => {
    expect(
      noReleaseMessage(
        { label: 'the Snap Store at X', noun: 'snap' },
        'lxd',
        '3.6/stable',
        's390x',
        releases,
      ),
    ).toBe(
      "the Snap Store at X lists no revision of the snap lxd in 3.6/stable for s390x (it has 3.6/stable for amd64, arm64); check the cluster's `architecture` and the channel.",
    );
  });
});

describe('getJson', () => {
  it('waits no longer than the budget: no retry starts once a back-off would pass it', async () => {
    let clock = 0;
    const waits: number[] = [];
    const failing = async () => new Response('{}', { status: 502 });
    const lookup = getJson(
      failing,
      { url: 'http://store.invalid/x', headers: {}, what: 'Cannot look up x' },
      { timeoutMs: 1000, retries: 10, retryDelayMs: 1000, budgetMs: 10_000, maxBytes: 100 },
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      () => clock,
    );
    await expect(lookup).rejects.toThrow(
      /^Cannot look up x: it answered HTTP 502 \(3 attempts in 5\.0 s\)\.$/,
    );
    // 1 s, 4 s; a third wait of 9 s would end past the 10 s budget.
    expect(waits).toEqual([1000, 4000]);
  });
});

describe('datasourceSettings', () => {
  it('takes a flag before the environment, and the environment before the public services', () => {
    const env = { ROLLGATE_STORE_URL: 'http://proxy.internal:8080/', ROLLGATE_STORE_TIMEOUT_MS: '500' };
    const fromEnv = datasourceSettings({}, env, fetch);
    expect(fromEnv.storeUrl).toBe('http://proxy.internal:8080');
    expect(fromEnv.charmhubUrl).toBe('https://api.charmhub.io');
    expect(fromEnv.limits.timeoutMs).toBe(500);
    expect(datasourceSettings({ store: 'https://store.example' }, env, fetch).storeUrl).toBe(
      'https://store.example',
    );
    expect(datasourceSettings({}, {}, fetch).storeUrl).toBe('https://api.snapcraft.io');
  });

  it.each([
    [{ store: 'ftp://store' }, /--store is "ftp:\/\/store"; expected an http or https URL\./],
    [{ charmhub: 'not a url' }, /--charmhub is "not a url"; expected a URL/],
    [{ store: 'https://user:secret@store' }, /--store may hold no user, password/],
  ])('refuses %j', (flags, message) => {
    expect(() => datasourceSettings(flags, {}, fetch)).toThrow(message);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
