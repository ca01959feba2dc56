import { expect, test } from 'vitest';
import { retryAfter } from '../src/domain/retry-after';

test('reads Retry-After as seconds or as a date', () => {
  expect(retryAfter('30')).toBe(30);
  expect(retryAfter(' 120 ')).toBe(120);
  const now = Date.parse('2026-12-03T15:00:00Z');
  expect(retryAfter('Thu, 03 Dec 2026 15:02:00 GMT', now)).toBe(120);
  expect(retryAfter(null)).toBe(60);
  expect(retryAfter('soon')).toBe(60);
});
