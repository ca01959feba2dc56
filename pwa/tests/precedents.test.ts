import { describe, expect, test } from 'vitest';
import { KEPT_PER_CATEGORY, nearest, remember, type PrecedentMemory } from '../src/domain/precedents';

const at = '2026-12-01T10:00:00Z';

describe('precedents kept for offline use', () => {
  test('the answer for the nearest amount of the same category stands in', () => {
    let m: PrecedentMemory<string> = {};
    m = remember(m, 'cat-a', { amountCents: 10_000, items: ['a100'], savedAt: at });
    m = remember(m, 'cat-a', { amountCents: 50_000, items: ['a500'], savedAt: at });
    m = remember(m, 'cat-b', { amountCents: 30_000, items: ['b300'], savedAt: at });
    expect(nearest(m, 'cat-a', 12_000)?.items).toEqual(['a100']);
    expect(nearest(m, 'cat-a', 40_000)?.items).toEqual(['a500']);
    expect(nearest(m, 'cat-c', 40_000)).toBeNull();
  });

  test('the same amount is replaced and at most a few are kept', () => {
    let m: PrecedentMemory<number> = {};
    for (let i = 0; i < KEPT_PER_CATEGORY + 3; i++) m = remember(m, 'c', { amountCents: i * 100, items: [i], savedAt: at });
    m = remember(m, 'c', { amountCents: 1000, items: [99], savedAt: at });
    expect(m.c).toHaveLength(KEPT_PER_CATEGORY);
    expect(m.c!.filter((a) => a.amountCents === 1000)).toHaveLength(1);
    expect(nearest(m, 'c', 1000)?.items).toEqual([99]);
  });
});
