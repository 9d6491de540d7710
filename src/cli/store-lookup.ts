import { type DatasourceSettings, datasourceSettings } from '../datasource/index.js';
import type { CliIo } from './io.js';

/** The flags that say where the stores are: a public contract. */
export const STORE_OPTIONS = {
  store: { type: 'string' },
  charmhub: { type: 'string' },
} as const;

/** The help of the store flags. */
export const STORE_FLAGS = {
  store: {
    value: 'URL',
    about:
      'The Snap Store, an Enterprise Store or a Snap Store Proxy to look revisions up in (default: ROLLGATE_STORE_URL, else https://api.snapcraft.io).',
  },
  charmhub: {
    value: 'URL',
    about:
      'The Charmhub to look charm revisions up in (default: ROLLGATE_CHARMHUB_URL, else https://api.charmhub.io).',
  },
} as const;

/** The stores as `--store`, `--charmhub` and the environment give them; lookups go through Node's fetch. */
export function storeSettings(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): DatasourceSettings {
  return datasourceSettings(
    {
      ...(typeof values.store === 'string' ? { store: values.store } : {}),
      ...(typeof values.charmhub === 'string' ? { charmhub: values.charmhub } : {}),
    },
    io.env,
    (url, init) => fetch(url, init),
  );
}
