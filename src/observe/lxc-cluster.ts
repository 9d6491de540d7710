import { SERVICE_STATUSES, type ServiceStatus } from './types.js';

/** One member of `lxc cluster list --format json`: its name and status, nothing else of what LXD says. */
export interface LxcClusterEntry {
  name: string;
  /** The status when it is one rollgate knows; `unknown` for any other. */
  status: ServiceStatus | 'unknown';
}

/** At most this many entries are read. */
export const MAX_LXC_MEMBERS = 10_000;

/**
 * Reads `lxc cluster list --format json`: an array of objects with `server_name` and `status`. Undefined when the
 * text is not that (a member that printed something else is unknown, not drift).
 */
export function parseLxcClusterList(text: string): LxcClusterEntry[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length > MAX_LXC_MEMBERS) return undefined;
  const entries: LxcClusterEntry[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { server_name: name, status } = item as { server_name?: unknown; status?: unknown };
    if (typeof name !== 'string' || name.length === 0 || name.length > 253) return undefined;
    entries.push({
      name,
      status: (SERVICE_STATUSES as readonly unknown[]).includes(status)
        ? (status as ServiceStatus)
        : 'unknown',
    });
  }
  return entries;
}
