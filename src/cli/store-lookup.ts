import { type DatasourceSettings, datasourceSettings } from '../datasource/index.js';
import type { CliIo } from './io.js';

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
