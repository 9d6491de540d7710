import { describe, expect, it } from 'vitest';
import { copyOf, ownString, ownStringsIn, ownValue } from '../../src/manifest/copy.js';

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

describe('own strings (whether V8 still shares the text is guarded by test/plan/keeps-no-text.test.ts)', () => {
  it('ownString gives the same text, for any string: short, long, non-ASCII, a lone surrogate', () => {
    const text = `name: ${'site-000102-5'.repeat(3)} é \u{1F600} \uD800 end`;
    for (const part of [text.slice(6, 9), text.slice(6, 45), text.slice(40), text])
      expect(ownString(part)).toBe(part);
  });

  it('ownValue copies a value read from YAML, strings and all, sharing no list or mapping', () => {
    const value = JSON.parse(
      '{"__proto__": {"a": 1}, "members": ["site-000102-5", {"name": "site-000102-6"}], "n": 3}',
    );
    const copy = ownValue(value) as typeof value;
    expect(copy).toStrictEqual(value);
    expect(copy.members).not.toBe(value.members);
    expect(Object.keys(copy)).toEqual(['__proto__', 'members', 'n']);
  });

  it('ownStringsIn leaves a tree equal, in place, objects and lists kept', () => {
    const tree = {
      name: 'a-cluster-of-the-fleet',
      members: [{ name: 'a-member-of-the-fleet', index: 0 }],
      runner: ['x'],
    };
    const members = tree.members;
    const before = structuredClone(tree);
    ownStringsIn(tree);
    expect(tree).toStrictEqual(before);
    expect(tree.members).toBe(members);
  });
});
