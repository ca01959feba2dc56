import { describe, expect, test } from 'vitest';
import { areas, en, nl } from './all-strings';

describe('the translation tables', () => {
  test('every area has the same keys in Dutch and English', () => {
    for (const [name, area] of Object.entries(areas)) {
      expect(Object.keys(area.en).sort(), name).toEqual(Object.keys(area.nl).sort());
    }
  });

  test('no area overrides another area’s key', () => {
    const seen = new Map<string, string>();
    for (const [name, area] of Object.entries(areas)) {
      for (const key of Object.keys(area.nl)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
    expect(Object.keys(nl).length).toBe(seen.size);
  });

  test('English keeps every placeholder of the Dutch text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl)) {
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(nl[key] ?? ''));
    }
  });
});
