import { useEffect, useState } from 'preact/hooks';
import { loadStory, type Story } from '../../app/learning';
import { categoryName } from '../../app/store';
import { date, t } from '../../i18n';
import { BackLink } from '../parts/BackLink';

/** One story of the casebook: what happened, what was done and what was learned. */
export function StoryScreen({ id }: { id: string }) {
  const [story, setStory] = useState<Story | null | undefined>(undefined);
  useEffect(() => {
    void loadStory(id).then(setStory);
  }, [id]);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackLink fallback={{ name: 'lessons' }} />
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {story?.title ?? t('lessonKind_story')}
      </h1>
      {story === undefined && <p class="utrecht-paragraph">{t('loading')}</p>}
      {story === null && <p class="utrecht-paragraph">{t('notAvailableOffline')}</p>}
      {story && (
        <>
          <div class="decision__meta">
            {story.categoryId && <span>{categoryName(story.categoryId) ?? ''}</span>}
            {story.publishedAt && <span>{date(story.publishedAt.slice(0, 10))}</span>}
            {story.tags.map((tag) => (
              <span key={tag} class="utrecht-badge-status">
                {tag}
              </span>
            ))}
          </div>
          <p class="utrecht-paragraph story__body">{story.body}</p>
          {story.learning && (
            <blockquote class="lesson__learning">
              <span class="precedent__label">{t('storyLearning')}: </span>
              {story.learning}
            </blockquote>
          )}
        </>
      )}
    </section>
  );
}
