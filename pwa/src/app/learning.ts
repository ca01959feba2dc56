// What colleagues decided before and what was learned from it: the precedents beside a new
// decision (kept for offline use) and the lessons of one's teams.
import type { Schemas } from '../api/client';
import { dataOf, ifMatch } from '../api/answer';
import { nearest, remember, type PrecedentMemory } from '../domain/precedents';
import { filterStories, storyAbout, storyTags } from '../domain/story-form';
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

/** Stories kept on the phone for reading and searching offline, by id. */
type StoryMemory = Record<string, Story>;

/** Enough for a team's casebook; the oldest changed go first. */
const KEPT_STORIES = 300;

async function keepStories(stories: Story[]): Promise<void> {
  if (stories.length === 0) return;
  const memory = (await cacheGet<StoryMemory>('stories'))?.value ?? {};
  for (const s of stories) memory[s.id] = s;
  const kept = Object.values(memory)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, KEPT_STORIES);
  await cachePut('stories', Object.fromEntries(kept.map((s) => [s.id, s])));
}

async function keptStories(): Promise<{ stories: Story[]; savedAt: string } | null> {
  const kept = await cacheGet<StoryMemory>('stories');
  return kept ? { stories: Object.values(kept.value), savedAt: kept.savedAt } : null;
}

export interface StoryRead {
  story: Story;
  /** Its version, to send back as If-Match; null for the phone's copy. */
  etag: string | null;
  /** Set when this is the phone's copy, not the server's answer of now. */
  savedAt?: string;
}

/**
 * One story as the server has it, kept for offline reading. Offline, the kept copy, or `notKept`;
 * `unreadable` when the server refuses it (none such, or a draft not one's own).
 */
export async function loadStory(id: string): Promise<StoryRead | 'notKept' | 'unreadable'> {
  try {
    const answer = await api.GET('/stories/{id}', { params: { path: { id } } });
    if (!answer.data) return 'unreadable';
    online.value = true;
    await keepStories([answer.data]);
    return { story: answer.data, etag: answer.response.headers.get('ETag') };
  } catch {
    const kept = await keptStories();
    const story = kept?.stories.find((s) => s.id === id);
    return story && kept ? { story, etag: null, savedAt: kept.savedAt } : 'notKept';
  }
}

/**
 * The casebook: the published stories and the drafts the user may see, newest first, found by
 * words in any Dutch word form, of one kind when `categoryId` is set and with one keyword when
 * `tag` is (one page). Offline,
 * the kept stories searched on the phone; null when none are kept.
 */
export async function findStories(q: string, onlyPublished = false, categoryId = '', tag = ''): Promise<Found<Story> | null> {
  try {
    const query: { limit: number; q?: string; status?: 'published'; categoryId?: string; tag?: string } = { limit: 50 };
    if (q) query.q = q;
    if (categoryId) query.categoryId = categoryId;
    if (tag) query.tag = tag;
    if (onlyPublished) query.status = 'published';
    const { data } = await api.GET('/stories', { params: { query } });
    if (!data) throw new Error();
    await keepStories(data.items);
    return { items: data.items };
  } catch {
    const kept = await keptStories();
    if (!kept) return null;
    const items = filterStories(kept.stories, { q, categoryId, tag })
      .filter((s) => !onlyPublished || s.status === 'published')
      .sort((a, b) => (b.publishedAt ?? b.updatedAt).localeCompare(a.publishedAt ?? a.updatedAt));
    return { items, savedAt: kept.savedAt };
  }
}

/** The keywords of the stories kept on the phone, to offer when filtering the casebook. */
export async function keptStoryTags(): Promise<string[]> {
  return storyTags((await keptStories())?.stories ?? []);
}

/** Pages of the casebook read to find the author's story about a decision before giving up. */
const STORY_PAGES = 5;

/**
 * The author's own story about a decision: from the stories the phone keeps, else (online) from
 * the casebook the server shows, whose pages hold the author's drafts and every published story.
 * Null when there is none, or none is known offline.
 */
export async function storyOfDecision(decisionId: string, authorId: string): Promise<Story | null> {
  const kept = storyAbout((await keptStories())?.stories ?? [], decisionId, authorId);
  if (kept) return kept;
  try {
    let cursor: string | undefined;
    for (let page = 0; page < STORY_PAGES; page++) {
      const { data } = await api.GET('/stories', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } });
      if (!data) return null;
      const found = storyAbout(data.items, decisionId, authorId);
      if (found) {
        await keepStories([found]);
        return found;
      }
      if (!data.nextCursor) return null;
      cursor = data.nextCursor;
    }
  } catch {
    // Offline: only what the phone keeps, looked at above.
  }
  return null;
}

/** Published stories of the organisation found by words in any Dutch word form (one page). */
export const searchStories = (q: string): Promise<Found<Story> | null> => findStories(q, true);

/** A new draft, told from one's own decision when `decisionId` is set. */
export async function createStory(body: Schemas['CreateStoryRequest']): Promise<Story> {
  const story = dataOf(await api.POST('/stories', { body }));
  await keepStories([story]);
  return story;
}

/** A change to a story, made from the version `etag` names. */
export async function updateStory(id: string, body: Schemas['UpdateStoryRequest'], etag: string | null): Promise<Story> {
  const story = dataOf(await api.PATCH('/stories/{id}', { params: { path: { id }, ...(etag ? { header: { 'If-Match': etag } } : {}) }, body }));
  await keepStories([story]);
  return story;
}

/**
 * Publishes a draft (a lead of the author's team). It names the version the lead read, so a
 * server that checks it refuses to publish a text changed since.
 */
export async function publishStory(id: string, etag: string | null): Promise<Story> {
  const story = dataOf(await api.POST('/stories/{id}/publish', { params: { path: { id } }, headers: ifMatch(etag) }));
  await keepStories([story]);
  return story;
}
