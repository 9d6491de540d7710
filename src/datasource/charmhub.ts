import { RollgateError } from '../findings.js';
import { getJson } from './http.js';
import type { Datasource, FetchFunction, HttpLimits, Release, Risk } from './types.js';
import { validateAnswer } from './validate.js';

/** The public Charmhub API. */
export const CHARMHUB_URL = 'https://api.charmhub.io';

// The answer of GET /v2/charms/info/<charm>?fields=..., as far as rollgate reads it. Source: the Charmhub API's
// "charm_info" (https://api.snapcraft.io/docs/charms.html): `channel-map` is a list of {channel, revision}, each
// holding only the fields asked for; juju reads the same shape (charmhub/transport/info.go: InfoChannelMap,
// InfoRevision; common.go: Channel {name, base {architecture, name, channel}, released-at, risk, track}).
// A charm released for several bases (ubuntu 22.04 and 24.04) has an entry per base and architecture.
// The schema is charm-info.schema.json beside this file.
interface CharmInfoAnswer {
  'channel-map': Array<{
    channel: { track: string; risk: Risk; base: { architecture: string }; 'released-at'?: string | null };
    revision: { revision: number; version?: string };
  }>;
}

const FIELDS = ['channel-map.channel', 'channel-map.revision.revision', 'channel-map.revision.version'];

/** Charmhub (or a proxy of it) at a base URL: `releases` asks the info endpoint for the charm's channel map. */
export function charmhub(baseUrl: string, fetchFunction: FetchFunction, limits: HttpLimits): Datasource {
  const label = `Charmhub at ${baseUrl}`;
  return {
    id: 'charmhub',
    label,
    noun: 'charm',
    async releases(name) {
      const what = `Cannot look up the charm ${name} in ${label}`;
      const answer = await getJson(
        fetchFunction,
        {
          url: `${baseUrl}/v2/charms/info/${encodeURIComponent(name)}?fields=${FIELDS.join(',')}`,
          headers: { 'User-Agent': 'rollgate', Accept: 'application/json' },
          what,
        },
        limits,
      );
      if (answer.status === 404)
        throw new RollgateError(
          `${label} knows no charm named ${name} (HTTP 404); a component is looked up by its own name, so name it as the store does.`,
        );
      const info = validateAnswer<CharmInfoAnswer>(
        'charm-info',
        answer.body,
        what,
        'the Charmhub info endpoint',
      );
      return info['channel-map'].map(
        (entry): Release => ({
          track: entry.channel.track,
          risk: entry.channel.risk,
          architecture: entry.channel.base.architecture,
          revision: entry.revision.revision,
          ...(entry.revision.version !== undefined ? { version: entry.revision.version } : {}),
          ...(typeof entry.channel['released-at'] === 'string'
            ? { releasedAt: entry.channel['released-at'] }
            : {}),
        }),
      );
    },
  };
}
