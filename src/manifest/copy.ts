// Values read from YAML copied, for the readers that hand one value out twice.

/** A copy of a value read from YAML (null, booleans, numbers, strings, lists and mappings), sharing no object with it. */
export function copyOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyOf);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyOf((value as Record<string, unknown>)[key]);
    // A `__proto__` key the yaml package read stays a key, as structuredClone would keep it.
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy;
}
