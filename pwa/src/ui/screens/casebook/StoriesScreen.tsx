import { useEffect, useState } from 'preact/hooks';
import { findStories, keptStoryTags, type Found, type Story } from '../../../app/learning';
import { categories } from '../../../app/store';
import { dateTime, t } from '../../../i18n';
import { BackLink } from '../../parts/BackLink';
import { StoryCard } from '../../parts/StoryParts';

/**
 * The casebook: the published stories of the organisation and the drafts the user may see (their
 * own; as a lead, their team's), searchable by words, kind and keyword. Offline, the stories kept
 * on the phone.
 */
export function StoriesScreen() {
  const [q, setQ] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [tag, setTag] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [found, setFound] = useState<Found<Story> | null | undefined>(undefined);
  useEffect(() => {
    // The keywords offered are those of the stories the phone keeps, which the first page adds to.
    void findStories('').then(async (first) => {
      setFound(first);
      setTags(await keptStoryTags());
    });
  }, []);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackLink fallback={{ name: 'lessons' }} />
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('casebookTitle')}
      </h1>
      <p class="utrecht-paragraph">{t('casebookIntro')}</p>
      <form
        class="form story-search"
        role="search"
        onSubmit={async (e) => {
          e.preventDefault();
          setFound(undefined);
          setFound(await findStories(q.trim(), false, categoryId, tag.trim().toLowerCase()));
        }}
      >
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="casebook-q">
            {t('storySearch')}
          </label>
          <input id="casebook-q" class="utrecht-textbox utrecht-textbox--html-input" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="casebook-category">
            {t('storyFieldCategory')}
          </label>
          <select id="casebook-category" class="utrecht-select utrecht-select--html-select" value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
            <option value="">{t('casebookAllKinds')}</option>
            {categories.value.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="casebook-tag">
            {t('casebookTag')}
          </label>
          <input
            id="casebook-tag"
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            list="casebook-tags"
            autocomplete="off"
            value={tag}
            onInput={(e) => setTag(e.currentTarget.value)}
          />
          <datalist id="casebook-tags">
            {tags.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </div>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('storySearchButton')}
        </button>
      </form>
      <div aria-live="polite">
        {found === undefined && <p class="utrecht-paragraph">{t('loading')}</p>}
        {found === null && <p class="utrecht-paragraph">{t('casebookNotKept')}</p>}
        {found?.savedAt && <p class="utrecht-paragraph meta">{t('casebookOffline', { when: dateTime(found.savedAt) })}</p>}
        {found && found.items.length === 0 && <p class="utrecht-paragraph">{q.trim() || categoryId || tag.trim() ? t('storySearchNone') : t('casebookEmpty')}</p>}
        {found && found.items.length > 0 && (
          <ul class="plain-list">
            {found.items.map((s) => (
              <StoryCard key={s.id} story={s} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
