import { useEffect, useState } from 'preact/hooks';
import { isStale, problemText } from '../../api/answer';
import { say } from '../../app/actions';
import { loadStory, publishStory, type StoryRead } from '../../app/learning';
import { categoryName, me } from '../../app/store';
import { date, dateTime, t } from '../../i18n';
import { BackLink } from '../parts/BackLink';
import { StoryStatusBadge } from '../parts/StoryParts';
import { href } from '../router';

/** One story of the casebook: what happened, what was done and what was learned. */
export function StoryScreen({ id }: { id: string }) {
  const [read, setRead] = useState<StoryRead | 'notKept' | 'unreadable' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const load = () => loadStory(id).then(setRead);
  useEffect(() => {
    void load();
  }, [id]);
  const story = typeof read === 'object' ? read.story : null;
  const mine = story?.authorId === me.value?.id;
  // A lead of the author's team publishes it; never its author.
  const leads = !!story?.teamId && (me.value?.leadTeamIds ?? []).includes(story.teamId);
  const fromServer = typeof read === 'object' && read.etag !== null;

  async function publish() {
    if (typeof read !== 'object') return;
    setBusy(true);
    try {
      await publishStory(id, read.etag);
      say(t('storyPublished'));
    } catch (error) {
      say(isStale(error) ? t('storyPublishStale') : t('requestFailed', { detail: problemText(error, t('storyUnreached')) }), 'error');
    } finally {
      setBusy(false);
      await load();
    }
  }

  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackLink fallback={{ name: 'stories' }} />
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {story?.title ?? t('lessonKind_story')}
      </h1>
      {read === undefined && <p class="utrecht-paragraph">{t('loading')}</p>}
      {read === 'notKept' && <Info>{t('storyNotKept')}</Info>}
      {read === 'unreadable' && <Info>{t('storyUnreadable')}</Info>}
      {typeof read === 'object' && read.savedAt && <p class="utrecht-paragraph meta">{t('storyOffline', { when: dateTime(read.savedAt) })}</p>}
      {story && (
        <>
          <div class="decision__meta">
            <StoryStatusBadge status={story.status} />
            {story.categoryId && <span>{categoryName(story.categoryId) ?? ''}</span>}
            {story.publishedAt && <span>{t('storyPublishedOn', { date: date(story.publishedAt.slice(0, 10)) })}</span>}
            {story.tags.map((tag) => (
              <span key={tag} class="story__tag">
                {tag}
              </span>
            ))}
          </div>
          {story.status === 'draft' && (mine || leads) && <Info>{mine ? t('storyDraftAuthor') : t('storyDraftLead')}</Info>}
          <p class="utrecht-paragraph story__body">{story.body}</p>
          {story.learning && (
            <blockquote class="lesson__learning">
              <span class="precedent__label">{t('storyLearning')}: </span>
              {story.learning}
            </blockquote>
          )}
          {(mine || leads) && !fromServer && <p class="utrecht-paragraph meta">{t('storyEditOnline')}</p>}
          {(mine || leads) && fromServer && (
            <div class="actions">
              {story.status === 'draft' && leads && !mine && (
                <button class="utrecht-button utrecht-button--primary-action" type="button" disabled={busy} aria-busy={busy} onClick={() => void publish()}>
                  {t('storyPublish')}
                </button>
              )}
              <a class="utrecht-button utrecht-button--secondary-action button-link" href={href({ name: 'story-edit', id })}>
                {t('storyEdit')}
              </a>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Info({ children }: { children: string }) {
  return (
    <div class="utrecht-alert utrecht-alert--info">
      <div class="utrecht-alert__content">{children}</div>
    </div>
  );
}
