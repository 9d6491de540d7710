import { RollgateError } from '../findings.js';
import { getJson } from './http.js';
import type { Datasource, FetchFunction, HttpLimits, Release, Risk } from './types.js';
import { validateAnswer } from './validate.js';

/** The public Snap Store's API. */
export const SNAP_STORE_URL = 'https://api.snapcraft.io';

// The answer of GET /v2/snaps/info/<snap>, as far as rollgate reads it. Source: the Snap Store API's "snap_info"
// (https://api.snapcraft.io/docs/info.html): `channel-map` is a list of {channel: {name, track, risk, architecture,
// released-at}, <the requested fields>}; branches are not listed; no `architecture` parameter means every
// architecture. snapd reads the same shape (store/store_info.go: storeInfo, storeInfoChannelSnap, storeInfoChannel).
// The schema is snap-info.schema.json beside this file.
interface SnapInfoAnswer {
  'channel-map': Array<{
    channel: { track: string; risk: Risk; architecture: string; 'released-at'?: string | null };
    revision: number;
    version: string;
  }>;
}

/**
 * The Snap Store, an Enterprise Store or a Snap Store Proxy at a base URL: `releases` asks the info endpoint for
 * the snap's channel map, with the `Snap-Device-Series: 16` header the API requires.
 */
export function snapStore(baseUrl: string, fetchFunction: FetchFunction, limits: HttpLimits): Datasource {
  const label = `the Snap Store at ${baseUrl}`;
  return {
    id: 'snap-store',
    label,
    noun: 'snap',
    async releases(name) {
      const what = `Cannot look up the snap ${name} in ${label}`;
      const answer = await getJson(
        fetchFunction,
        {
          url: `${baseUrl}/v2/snaps/info/${encodeURIComponent(name)}?fields=revision,version`,
          headers: {
            'Snap-Device-Series': '16',
            'User-Agent': 'rollgate',
            Accept: 'application/json',
          },
          what,
        },
        limits,
      );
      if (answer.status === 404)
        throw new RollgateError(
          `${label} knows no snap named ${name} (HTTP 404); a component is looked up by its own name, so name it as the store does.`,
        );
      const info = validateAnswer<SnapInfoAnswer>(
        'snap-info',
        answer.body,
        what,
        'the Snap Store info endpoint',
      );
      return info['channel-map'].map(
        (entry): Release => ({
          track: entry.channel.track,
          risk: entry.channel.risk,
          architecture: entry.channel.architecture,
          revision: entry.revision,
          version: entry.version,
          ...(typeof entry.channel['released-at'] === 'string'
            ? { releasedAt: entry.channel['released-at'] }
            : {}),
        }),
      );
    },
  };
}
