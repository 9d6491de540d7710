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

/**
 * The same text as a string of its own. Cutting a string out of a longer one (`slice`, as the readers do) gives, in
 * V8, from 13 characters on, a view that keeps the whole longer string alive: a member's name kept by a plan would
 * keep the manifest's megabytes. JSON's round trip makes a flat copy, exact for any string; shorter ones are already
 * copies.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}

/** A copy of a value read from YAML (`copyOf`) with its strings made own, for a cache that outlives the text. */
export function ownValue(value: unknown): unknown {
  if (typeof value === 'string') return ownString(value);
  const copy = copyOf(value);
  if (copy !== null && typeof copy === 'object') ownStringsIn(copy);
  return copy;
}

/**
 * Makes every string in a tree of plain objects and arrays (a fleet, say) own, in place: each is replaced by an
 * equal string, so nothing else changes, and what keeps the tree no longer keeps the text it was read from.
 */
export function ownStringsIn(tree: object): void {
  if (Array.isArray(tree)) {
    for (let at = 0; at < tree.length; at++) {
      const item: unknown = tree[at];
      if (typeof item === 'string') tree[at] = ownString(item);
      else if (item !== null && typeof item === 'object') ownStringsIn(item);
    }
    return;
  }
  const record = tree as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'string') record[key] = ownString(item);
    else if (item !== null && typeof item === 'object') ownStringsIn(item);
  }
}
