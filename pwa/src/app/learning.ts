// What colleagues decided before and what was learned from it: the precedents beside a new
// decision (kept for offline use) and the lessons of one's teams.
import type { Schemas } from '../api/client';
import { nearest, remember, type PrecedentMemory } from '../domain/precedents';
import { cacheGet, cachePut } from '../storage/cache';
import { api } from './client';
import { online } from './store';

export type Precedent = Schemas['Precedent'];
export type Lesson = Schemas['Lesson'];

export interface Found<T> {
  items: T[];
  /** Set when the list is the phone's copy, not the server's answer of now. */
  savedAt?: string;
}

/**
 * The closest three earlier decisions for a category and amount. Offline, the kept answer for
 * the nearest amount asked in that category; null when there is none.
 */
export async function precedents(categoryId: string, amountCents: number): Promise<Found<Precedent> | null> {
  const memory = (await cacheGet<PrecedentMemory<Precedent>>('precedents'))?.value ?? {};
  try {
    const answer = await api.GET('/precedents', { params: { query: { categoryId, amountCents, limit: 3 } } });
    if (answer.data) {
      online.value = true;
      await cachePut('precedents', remember(memory, categoryId, { amountCents, items: answer.data.items, savedAt: new Date().toISOString() }));
      return { items: answer.data.items };
    }
  } catch {
    // Offline: what was kept below.
  }
  const kept = nearest(memory, categoryId, amountCents);
  return kept ? { items: kept.items, savedAt: kept.savedAt } : null;
}

/** Pages fetched at most for the lessons. */
const MAX_PAGES = 5;

/** The lessons of the user's teams, newest first; offline, the last list seen. */
export async function lessons(): Promise<Found<Lesson> | null> {
  try {
    const items: Lesson[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query: { limit: number; cursor?: string } = cursor ? { limit: 200, cursor } : { limit: 200 };
      const { data } = await api.GET('/lessons', { params: { query } });
      if (!data) throw new Error();
      items.push(...data.items);
      cursor = data.nextCursor ?? null;
      if (!cursor) break;
    }
    await cachePut('lessons', items);
    return { items };
  } catch {
    const kept = await cacheGet<Lesson[]>('lessons');
    return kept ? { items: kept.value, savedAt: kept.savedAt } : null;
  }
}

export type Story = Schemas['Story'];

/** One story as the server has it; null when it cannot be read (offline, a draft not one's own). */
export const loadStory = (id: string): Promise<Story | null> =>
  api.GET('/stories/{id}', { params: { path: { id } } }).then(
    (answer) => answer.data ?? null,
    () => null,
  );

/** Published stories of the organisation found by words in any Dutch word form (one page). */
export async function searchStories(q: string): Promise<Story[] | null> {
  try {
    const { data } = await api.GET('/stories', { params: { query: { q, status: 'published', limit: 50 } } });
    return data?.items ?? null;
  } catch {
    return null;
  }
}
