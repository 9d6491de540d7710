// A Snap Store and a Charmhub on 127.0.0.1 of the test's own, answering the info endpoints in their documented
// shapes (https://api.snapcraft.io/docs/info.html, https://api.snapcraft.io/docs/charms.html). Tests set the
// releases, make it fail (a status, a hang, garbage), and read back the requests it got.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One release as a test writes it. */
export interface FakeRelease {
  channel: string;
  architecture: string;
  revision: number;
  version: string;
  releasedAt?: string;
  /** Charmhub: the base's Ubuntu channel. */
  base?: string;
}

/** What the next requests get instead of an answer. */
export type Misbehaviour =
  | { kind: 'status'; status: number; times: number }
  | { kind: 'hang'; times: number }
  | { kind: 'body'; body: string; times: number };

/** One request the store got. */
export interface StoreRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

/** The fake stores. */
export class FakeStore {
  /** Releases by snap or charm name. */
  readonly packages = new Map<string, FakeRelease[]>();
  readonly requests: StoreRequest[] = [];
  private readonly misbehaviours: Misbehaviour[] = [];
  private server?: Server;
  private readonly hanging = new Set<ServerResponse>();

  async start(): Promise<string> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /** Sets a package's releases. */
  publish(name: string, releases: FakeRelease[]): void {
    this.packages.set(name, releases);
  }

  /** Makes the next requests misbehave. */
  misbehave(misbehaviour: Misbehaviour): void {
    this.misbehaviours.push(misbehaviour);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    this.requests.push({ path: url.pathname, query: url.searchParams, headers: request.headers });
    const misbehaviour = this.misbehaviours.find((m) => m.times > 0);
    if (misbehaviour) {
      misbehaviour.times--;
      if (misbehaviour.kind === 'hang') {
        this.hanging.add(response);
        return;
      }
      if (misbehaviour.kind === 'status') {
        send(response, misbehaviour.status, { 'error-list': [] });
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(misbehaviour.body);
      return;
    }
    let match = /^\/v2\/snaps\/info\/([^/]+)$/.exec(url.pathname);
    if (match) {
      if (request.headers['snap-device-series'] !== '16') {
        send(response, 400, {
          'error-list': [{ code: 'missing-header', message: 'Snap-Device-Series' }],
        });
        return;
      }
      const releases = this.packages.get(decodeURIComponent(match[1] as string));
      if (!releases) {
        send(response, 404, {
          'error-list': [{ code: 'resource-not-found', message: 'No snap named' }],
        });
        return;
      }
      send(response, 200, snapInfo(decodeURIComponent(match[1] as string), releases));
      return;
    }
    match = /^\/v2\/charms\/info\/([^/]+)$/.exec(url.pathname);
    if (match) {
      const releases = this.packages.get(decodeURIComponent(match[1] as string));
      if (!releases) {
        send(response, 404, { 'error-list': [{ code: 'not-found', message: 'No charm' }] });
        return;
      }
      send(response, 200, charmInfo(decodeURIComponent(match[1] as string), releases));
      return;
    }
    send(response, 404, { 'error-list': [{ code: 'not-found', message: 'Not found' }] });
  }
}

function parts(channel: string): { track: string; risk: string } {
  const [track = '', risk = ''] = channel.split('/');
  return { track, risk };
}

/** The Snap Store's answer: what GET /v2/snaps/info/<snap>?fields=revision,version returns. */
export function snapInfo(name: string, releases: FakeRelease[]) {
  return {
    'channel-map': releases.map((r) => ({
      channel: {
        architecture: r.architecture,
        name: r.channel,
        'released-at': r.releasedAt ?? '2026-05-04T10:11:12.345678+00:00',
        ...parts(r.channel),
      },
      revision: r.revision,
      type: 'app',
      version: r.version,
    })),
    'default-track': null,
    name,
    snap: { name, publisher: { 'display-name': 'Canonical', id: 'canonical', username: 'canonical' } },
    'snap-id': 'J60k4JY0HppjwOjW8dZdYc8obXKxujRu',
  };
}

/** Charmhub's answer: what GET /v2/charms/info/<charm>?fields=channel-map... returns. */
export function charmInfo(name: string, releases: FakeRelease[]) {
  return {
    type: 'charm',
    id: 'b7a3bfnB0mKN4aSZq4YbBuDcD6NW4Ez3',
    name,
    'channel-map': releases.map((r) => ({
      channel: {
        base: { architecture: r.architecture, channel: r.base ?? '24.04', name: 'ubuntu' },
        name: r.channel,
        'released-at': r.releasedAt ?? '2026-05-04T10:11:12.345678+00:00',
        ...parts(r.channel),
      },
      revision: { revision: r.revision, version: r.version },
    })),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
