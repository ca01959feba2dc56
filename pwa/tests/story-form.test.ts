import { describe, expect, test } from 'vitest';
import { checkStory, formOfStory, matchesStory, parseTags, stem, storyBody, storyChanges, storyForm, storyServerMessage, filterStories, storyAbout, storyTags } from '../src/domain/story-form';

describe('a story drafted from a decision', () => {
  test('starts from its title, category and the lead’s learning, with the body left to the author', () => {
    const form = storyForm({ title: 'Huurbijdrage', categoryId: 'c1', learning: ' Bel vroeg. ', reflection: 'Het werkte' });
    expect(form).toEqual({ title: 'Huurbijdrage', body: '', learning: 'Bel vroeg.', categoryId: 'c1', tags: '' });
  });

  test('takes the own reflection when no lead wrote a learning', () => {
    expect(storyForm({ title: 'T', categoryId: 'c', learning: null, reflection: 'Het hielp' }).learning).toBe('Het hielp');
    expect(storyForm({ title: 'T', categoryId: 'c' }).learning).toBe('');
  });

  test('an empty form without a decision', () => {
    expect(storyForm()).toEqual({ title: '', body: '', learning: '', categoryId: '', tags: '' });
  });
});

describe('the story form', () => {
  const valid = { title: 'T', body: 'B', learning: '', categoryId: '', tags: '' };

  test('names every field that is missing or too long', () => {
    expect(checkStory({ ...valid, title: ' ', body: '' })).toEqual({ title: 'required', body: 'required' });
    expect(checkStory({ ...valid, title: 'x'.repeat(201), learning: 'y'.repeat(4001) })).toEqual({ title: 'tooLong', learning: 'tooLong' });
    expect(checkStory(valid)).toEqual({});
  });

  test('tags: lower case, each once, at most ten of at most forty characters', () => {
    expect(parseTags(' Huur, schuld ,huur,, ')).toEqual(['huur', 'schuld']);
    expect(checkStory({ ...valid, tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') }).tags).toBe('tooManyTags');
    expect(checkStory({ ...valid, tags: 'x'.repeat(41) }).tags).toBe('tagTooLong');
  });

  test('sends the whole story, empty optional fields as null', () => {
    expect(storyBody({ title: ' T ', body: 'B', learning: ' ', categoryId: '', tags: 'A' })).toEqual({ title: 'T', body: 'B', learning: null, categoryId: null, tags: ['a'] });
  });

  test('an edit sends only what changed, and null to clear', () => {
    const before = formOfStory({ title: 'T', body: 'B', learning: 'L', categoryId: 'c', tags: ['huur'] });
    expect(before.tags).toBe('huur');
    expect(storyChanges(before, { ...before })).toEqual({});
    expect(storyChanges(before, { ...before, title: 'T2', learning: '', tags: 'huur, schuld' })).toEqual({ title: 'T2', learning: null, tags: ['huur', 'schuld'] });
  });
});

describe('searching the stories kept on the phone', () => {
  const story = { title: 'Huurachterstand voorkomen', body: 'Een bijdrage aan de verhuurder na de aanvraag.', learning: 'Bel vroeg', tags: ['schulden'] };

  test('Dutch word forms meet', () => {
    expect(stem('huren')).toBe(stem('huur'));
    expect(stem('aanvragen')).toBe(stem('aanvraag'));
    expect(stem('Financiële')).toBe('financiel');
  });

  test('every word must occur in some form, a word also finding its compounds', () => {
    expect(matchesStory(story, 'huur')).toBe(true);
    expect(matchesStory(story, 'aanvragen')).toBe(true);
    expect(matchesStory(story, 'schuld')).toBe(true);
    expect(matchesStory(story, 'huren bellen')).toBe(true);
    expect(matchesStory(story, 'huur energie')).toBe(false);
    expect(matchesStory(story, '  ')).toBe(true);
  });
});

describe('the server’s words about a story', () => {
  test('known messages become message keys, others stay as they are', () => {
    expect(storyServerMessage('must not name the client reference: a story is anonymous')?.key).toBe('storyProblem_clientRef');
    expect(storyServerMessage('must be at most 200 characters (got 230)')).toEqual({ key: 'storyProblem_tooLong', vars: { max: 200 } });
    expect(storyServerMessage('at most 10 tags')).toEqual({ key: 'storyProblem_tooManyTags', vars: { max: 10 } });
    expect(storyServerMessage('something new')).toBeNull();
  });
});

describe('filtering the kept stories', () => {
  const a = { title: 'Huur', body: 'b', tags: [], categoryId: 'c1' };
  const b = { title: 'Energie', body: 'b', tags: [], categoryId: 'c2' };
  test('by words and by kind', () => {
    expect(filterStories([a, b], { q: '' })).toEqual([a, b]);
    expect(filterStories([a, b], { q: 'huren' })).toEqual([a]);
    expect(filterStories([a, b], { q: '', categoryId: 'c2' })).toEqual([b]);
    expect(filterStories([a, b], { q: 'huur', categoryId: 'c2' })).toEqual([]);
  });
});

describe('filtering the kept stories by keyword', () => {
  const a = { title: 'Huur', body: 'b', tags: ['huur', 'schulden'], categoryId: 'c1' };
  const b = { title: 'Energie', body: 'b', tags: ['energie'], categoryId: 'c1' };
  const c = { title: 'Huurachterstand', body: 'b', tags: ['huurachterstand'], categoryId: 'c2' };
  test('one keyword, exactly and with case ignored, as the server’s tag', () => {
    expect(filterStories([a, b, c], { q: '', tag: 'huur' })).toEqual([a]);
    expect(filterStories([a, b, c], { q: '', tag: ' Schulden ' })).toEqual([a]);
    expect(filterStories([a, b, c], { q: '', tag: 'hu' })).toEqual([]);
    expect(filterStories([a, b, c], { q: '', tag: '' })).toEqual([a, b, c]);
  });
  test('together with words and kind', () => {
    expect(filterStories([a, b, c], { q: 'huur', tag: 'huurachterstand' })).toEqual([c]);
    expect(filterStories([a, b, c], { q: '', tag: 'huur', categoryId: 'c2' })).toEqual([]);
    expect(filterStories([a, b, c], { q: 'energie', tag: 'huur' })).toEqual([]);
  });
  test('the keywords to choose from: each once, in alphabetical order', () => {
    expect(storyTags([a, b, c, { tags: ['Huur', 'ééntje'] }])).toEqual(['ééntje', 'energie', 'huur', 'huurachterstand', 'schulden']);
    expect(storyTags([])).toEqual([]);
  });
});

describe('the own story about a decision', () => {
  const story = (id: string, decisionId: string | null, authorId: string, updatedAt: string) => ({ id, decisionId, authorId, updatedAt });
  const mine = story('s1', 'd1', 'me', '2026-12-01T10:00:00Z');
  const newer = story('s2', 'd1', 'me', '2026-12-02T10:00:00Z');
  const colleague = story('s3', 'd1', 'other', '2026-12-03T10:00:00Z');
  const unrelated = story('s4', null, 'me', '2026-12-03T10:00:00Z');
  test('is the author’s story that names the decision, the newest changed of several', () => {
    expect(storyAbout([unrelated, mine], 'd1', 'me')).toBe(mine);
    expect(storyAbout([mine, newer, colleague], 'd1', 'me')).toBe(newer);
  });
  test('is none when only a colleague’s story names it, or none names it', () => {
    expect(storyAbout([colleague, unrelated], 'd1', 'me')).toBeNull();
    expect(storyAbout([mine], 'd2', 'me')).toBeNull();
    expect(storyAbout([], 'd1', 'me')).toBeNull();
  });
});
