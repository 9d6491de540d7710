import { describe, expect, it } from 'vitest';
import { copyOf } from '../../src/manifest/copy.js';

describe('copyOf', () => {
  it('copies a value read from YAML whole, sharing no list or mapping with it', () => {
    const value = {
      name: 'lab',
      members: ['a', { name: 'b' }],
      components: { lxd: { revision: 1, hold: true } },
    };
    const copy = copyOf(value) as typeof value;
    expect(copy).toStrictEqual(value);
    expect(copy.members).not.toBe(value.members);
    expect(copy.members[1]).not.toBe(value.members[1]);
    expect(copy.components.lxd).not.toBe(value.components.lxd);
  });

  it('keeps a `__proto__` key as a key, as the yaml package reads one, without changing the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "name": "lab"}');
    const copy = copyOf(value) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
