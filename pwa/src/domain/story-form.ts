// The casebook's form and its offline search: what a story drafted from an own decision starts
// from (never its client reference), the checks the server also makes, the change to send, and
// a rough Dutch word match for searching the stories kept on the phone.

export interface StoryForm {
  title: string;
  body: string;
  learning: string;
  categoryId: string;
  /** Tags as typed, separated by commas. */
  tags: string;
}

export type StoryField = keyof StoryForm;
export type StoryProblem = 'required' | 'tooLong' | 'tooManyTags' | 'tagTooLong';

export const LIMITS = { title: 200, body: 8000, learning: 4000, tags: 10, tag: 40 } as const;

/** What a draft told from a decision starts from: its title and category, and what was learned. */
export interface DecisionStart {
  title: string;
  categoryId: string;
  /** The lead's learning at the review, if any. */
  learning?: string | null | undefined;
  /** The author's own reflection on how it worked out, if any. */
  reflection?: string | null | undefined;
}

/**
 * The form of a new story. From a decision: its title, category and the learning (the lead's,
 * else the author's reflection). The body stays empty: the author tells it in their own words,
 * so nothing of the client's file (the client reference, the situation as written down) is
 * carried over unseen.
 */
export function storyForm(start?: DecisionStart): StoryForm {
  const learning = (start?.learning ?? '').trim() || (start?.reflection ?? '').trim();
  return { title: start?.title ?? '', body: '', learning, categoryId: start?.categoryId ?? '', tags: '' };
}

/** The form of an existing story. */
export function formOfStory(s: { title: string; body: string; learning?: string | null; categoryId?: string | null; tags: readonly string[] }): StoryForm {
  return { title: s.title, body: s.body, learning: s.learning ?? '', categoryId: s.categoryId ?? '', tags: s.tags.join(', ') };
}

/** Tags as the server keeps them: lower case, trimmed, each once, empty ones dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export function checkStory(form: StoryForm): Partial<Record<StoryField, StoryProblem>> {
  const out: Partial<Record<StoryField, StoryProblem>> = {};
  const title = form.title.trim();
  const body = form.body.trim();
  if (!title) out.title = 'required';
  else if ([...title].length > LIMITS.title) out.title = 'tooLong';
  if (!body) out.body = 'required';
  else if ([...body].length > LIMITS.body) out.body = 'tooLong';
  if ([...form.learning.trim()].length > LIMITS.learning) out.learning = 'tooLong';
  const tags = parseTags(form.tags);
  if (tags.length > LIMITS.tags) out.tags = 'tooManyTags';
  else if (tags.some((t) => [...t].length > LIMITS.tag)) out.tags = 'tagTooLong';
  return out;
}

export interface StoryBody {
  title: string;
  body: string;
  learning: string | null;
  categoryId: string | null;
  tags: string[];
}

/** The whole story as the server takes it. */
export function storyBody(form: StoryForm): StoryBody {
  return {
    title: form.title.trim(),
    body: form.body.trim(),
    learning: form.learning.trim() || null,
    categoryId: form.categoryId || null,
    tags: parseTags(form.tags),
  };
}

/** Only what changed between two forms (absent stays, `null` clears); empty when nothing did. */
export function storyChanges(before: StoryForm, after: StoryForm): Partial<StoryBody> {
  const a = storyBody(before);
  const b = storyBody(after);
  const out: Partial<StoryBody> = {};
  if (a.title !== b.title) out.title = b.title;
  if (a.body !== b.body) out.body = b.body;
  if (a.learning !== b.learning) out.learning = b.learning;
  if (a.categoryId !== b.categoryId) out.categoryId = b.categoryId;
  if (a.tags.join('\n') !== b.tags.join('\n')) out.tags = b.tags;
  return out;
}

// Offline search ------------------------------------------------------------------------------

/**
 * A rough Dutch stem, good enough to search the few stories on a phone: accents dropped, the
 * plural and verb endings -en, -s, -e cut, and a doubled vowel or consonant made single, so
 * "huren" and "huur" meet as "hur", and "aanvragen" and "aanvraag" as "anvrag". The server's
 * search is the real one; this only stands in while offline.
 */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (w.length > 4 && w.endsWith('en')) w = w.slice(0, -2);
  else if (w.length > 3 && (w.endsWith('s') || w.endsWith('e'))) w = w.slice(0, -1);
  return w.replace(/([a-z])\1+/g, '$1');
}

export const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether every word of the query occurs in the story in some form; a word also finds the
 * compounds it begins ("huur" finds "huurachterstand"), as the server's search does.
 */
export function matchesStory(story: { title: string; body: string; learning?: string | null; tags: readonly string[] }, query: string): boolean {
  const asked = words(query).map(stem);
  if (asked.length === 0) return true;
  const have = words([story.title, story.body, story.learning ?? '', ...story.tags].join(' ')).map(stem);
  return asked.every((q) => have.some((w) => w.startsWith(q)));
}

/** The server's field messages about a story, as a message key and its values; null for others. */
export function storyServerMessage(message: string): { key: string; vars: Record<string, number> } | null {
  if (message === 'is required' || message === 'must not be empty') return { key: 'storyProblem_required', vars: {} };
  if (message.startsWith('must not name the client reference')) return { key: 'storyProblem_clientRef', vars: {} };
  if (message.startsWith('contains a number that looks like a BSN')) return { key: 'storyProblem_bsn', vars: {} };
  if (message === 'is not a category of your organisation') return { key: 'storyProblem_category', vars: {} };
  const long = /^must be at most (\d+) characters/.exec(message);
  if (long) return { key: 'storyProblem_tooLong', vars: { max: Number(long[1]) } };
  const tags = /^at most (\d+) tags$/.exec(message);
  if (tags) return { key: 'storyProblem_tooManyTags', vars: { max: Number(tags[1]) } };
  return null;
}

/**
 * The kept stories that a search asks for: the words in some form, the kind when one is chosen,
 * and the keyword when one is given (exactly, case ignored, as the server's `tag`).
 */
export function filterStories<S extends { title: string; body: string; learning?: string | null; tags: readonly string[]; categoryId?: string | null }>(
  stories: readonly S[],
  { q, categoryId, tag }: { q: string; categoryId?: string | null | undefined; tag?: string | null | undefined },
): S[] {
  const wanted = tag?.trim().toLowerCase() ?? '';
  return stories.filter(
    (s) => (!categoryId || s.categoryId === categoryId) && (!wanted || s.tags.some((t) => t.toLowerCase() === wanted)) && matchesStory(s, q),
  );
}

/** Every keyword of the stories, once, in Dutch alphabetical order: the choices to filter by. */
export function storyTags(stories: readonly { tags: readonly string[] }[]): string[] {
  return [...new Set(stories.flatMap((s) => s.tags.map((t) => t.toLowerCase())))].sort((a, b) => a.localeCompare(b, 'nl'));
}

/**
 * The author's own story about a decision, if the stories hold one: the newest changed when
 * there are several. Someone else's story that names the decision does not count.
 */
export function storyAbout<S extends { decisionId?: string | null; authorId: string; updatedAt: string }>(
  stories: readonly S[],
  decisionId: string,
  authorId: string,
): S | null {
  return (
    stories
      .filter((s) => s.decisionId === decisionId && s.authorId === authorId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
  );
}
