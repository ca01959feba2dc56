import { useEffect, useState } from 'preact/hooks';
import { lessons, searchStories, type Found, type Lesson, type Story } from '../../app/learning';
import { categoryName } from '../../app/store';
import { date, dateTime, t, type MessageKey } from '../../i18n';
import { StoryCard } from '../parts/StoryParts';
import { href } from '../router';

/** What the teams learned: the leads' learnings at reviews and the published stories. */
export function LessonsScreen() {
  const [found, setFound] = useState<Found<Lesson> | null | undefined>(undefined);
  useEffect(() => {
    void lessons().then(setFound);
  }, []);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('lessonsTitle')}
      </h1>
      <p class="utrecht-paragraph">{t('lessonsIntro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link decision__link" href={href({ name: 'stories' })}>
          {t('casebookLink')}
        </a>
      </p>
      <StorySearch />
      {found === undefined && <p class="utrecht-paragraph">{t('loading')}</p>}
      {found === null && <p class="utrecht-paragraph">{t('lessonsUnavailable')}</p>}
      {found?.savedAt && <p class="utrecht-paragraph meta">{t('lessonsOffline', { when: dateTime(found.savedAt) })}</p>}
      {found && found.items.length === 0 && <p class="utrecht-paragraph">{t('lessonsEmpty')}</p>}
      {found && found.items.length > 0 && (
        <ul class="plain-list">
          {found.items.map((l) => (
            <LessonCard key={l.id} l={l} />
          ))}
        </ul>
      )}
    </section>
  );
}

function LessonCard({ l }: { l: Lesson }) {
  const link = l.kind === 'story' && l.storyId ? href({ name: 'story', id: l.storyId }) : l.decisionId ? href({ name: 'decision', id: l.decisionId }) : null;
  const day = date(l.at.slice(0, 10));
  return (
    <li class="card lesson" aria-labelledby={`l-${l.id}`}>
      <p class="meta lesson__kind">{t(`lessonKind_${l.kind}` as MessageKey)}</p>
      {link ? (
        <a class="utrecht-link decision__link" id={`l-${l.id}`} href={link}>
          {l.title}
        </a>
      ) : (
        <p class="decision__title" id={`l-${l.id}`}>
          {l.title}
        </p>
      )}
      <div class="decision__meta">
        {l.categoryId && <span>{categoryName(l.categoryId) ?? ''}</span>}
        {l.outcome && <span>{t(`review_${l.outcome}` as MessageKey)}</span>}
        <span>{l.leadName ? t('lessonBy', { name: l.leadName, date: day }) : day}</span>
      </div>
      {l.learning && <blockquote class="lesson__learning">{l.learning}</blockquote>}
    </li>
  );
}

/** Searching the published stories by words, in any Dutch word form. */
function StorySearch() {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found<Story> | null | undefined>(undefined);
  return (
    <form
      class="form story-search"
      role="search"
      onSubmit={async (e) => {
        e.preventDefault();
        if (q.trim()) setFound(await searchStories(q.trim()));
      }}
    >
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="story-q">
          {t('storySearch')}
        </label>
        <input id="story-q" class="utrecht-textbox utrecht-textbox--html-input" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </div>
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        {t('storySearchButton')}
      </button>
      <div aria-live="polite">
        {found === null && <p class="utrecht-paragraph">{t('casebookNotKept')}</p>}
        {found?.savedAt && <p class="utrecht-paragraph meta">{t('casebookOffline', { when: dateTime(found.savedAt) })}</p>}
        {found && found.items.length === 0 && <p class="utrecht-paragraph">{t('storySearchNone')}</p>}
        {found && found.items.length > 0 && (
          <ul class="plain-list">
            {found.items.map((s) => (
              <StoryCard key={s.id} story={s} />
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
