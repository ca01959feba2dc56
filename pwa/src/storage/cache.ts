// Server data kept for offline use: the last answer of each read the app needs.
import { db } from './db';

export type CacheKey = 'me' | 'mandate' | 'categories' | 'decisions' | 'approvals' | 'inboxFacts' | 'precedents' | 'lessons' | 'stories';

export async function cachePut(key: CacheKey, value: unknown): Promise<void> {
  await (await db()).put('cache', { key, value, savedAt: new Date().toISOString() });
}

export async function cacheGet<T>(key: CacheKey): Promise<{ value: T; savedAt: string } | null> {
  const r = await (await db()).get('cache', key);
  return r ? { value: r.value as T, savedAt: r.savedAt } : null;
}
