// Values read from YAML copied, for the readers that hand one value out twice.

/** A copy of a value read from YAML (null, booleans, numbers, strings, lists and mappings), sharing no object with it. */
export function copyOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyOf);
  // A spread defines each key as its own (a `__proto__` key stays a key, as structuredClone would keep it), in V8's
  // fast path for copying an object; then only the values that are objects are copied in turn.
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in copy) {
    const item = copy[key];
    if (item !== null && typeof item === 'object') copy[key] = copyOf(item);
  }
  return copy;
}
