import { useEffect, useState } from 'preact/hooks';
import type { Decision } from '../../../api/client';
import { loadDecision, say } from '../../../app/actions';
import { createStory, loadStory, updateStory, type Story } from '../../../app/learning';
import { topFields, type Errors, type SaveSteps } from '../../../app/save-flow';
import { categories } from '../../../app/store';
import { LIMITS, checkStory, formOfStory, storyBody, storyChanges, storyForm, storyServerMessage, type StoryField, type StoryForm, type StoryProblem } from '../../../domain/story-form';
import { has, t, type MessageKey } from '../../../i18n';
import { BackLink } from '../../parts/BackLink';
import { Field, describedBy } from '../../parts/Field';
import { useSaveFlow, type SaveHandlers } from '../../parts/save-flow';
import { go } from '../../router';

const FIELDS: readonly StoryField[] = ['title', 'categoryId', 'body', 'learning', 'tags'];

/** What the author learned or the lead wrote about a decision: the last of each in its timeline. */
function learnedFrom(decision: Decision): { learning: string | null; reflection: string | null } {
  let learning: string | null = null;
  let reflection: string | null = null;
  for (const e of decision.events) {
    const data = (e.data ?? {}) as { learning?: unknown; outcome?: unknown };
    if (e.kind === 'reviewed' && typeof data.learning === 'string') learning = data.learning;
    if (e.kind === 'reflected' && typeof data.outcome === 'string') reflection = data.outcome;
  }
  return { learning, reflection };
}

const problemVars: Record<StoryProblem, Record<string, number>> = {
  required: {},
  tooLong: {},
  tooManyTags: { max: LIMITS.tags },
  tagTooLong: { max: LIMITS.tag },
};

function problemsInWords(problems: Partial<Record<StoryField, StoryProblem>>): Errors<StoryField> {
  const out: Errors<StoryField> = {};
  for (const [field, problem] of Object.entries(problems) as [StoryField, StoryProblem][]) {
    const max = field === 'title' || field === 'body' || field === 'learning' ? LIMITS[field] : 0;
    out[field] = t(`storyProblem_${problem}`, { max, ...problemVars[problem] });
  }
  return out;
}

function serverWords(message: string): string {
  const known = storyServerMessage(message);
  return known && has(known.key) ? t(known.key as MessageKey, known.vars) : message;
}

/**
 * Writing a story: a new draft told from one's own decision (`decisionId`), starting from its
 * title, category and what was learned, never its client reference; or a change to a story
 * (`id`), sent with the version it was read at.
 */
export function StoryEditor({ decisionId, id }: { decisionId?: string; id?: string }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [base, setBase] = useState<StoryForm | null>(null);
  const [form, setForm] = useState<StoryForm | null>(null);
  const [failed, setFailed] = useState(false);
  const flow = useSaveFlow<StoryField>({ fix: t('storyFix'), failed: (detail) => t('storySaveFailed', { detail }), unreached: t('storyUnreached') });

  async function fetchStory(): Promise<void> {
    if (!id) return;
    const read = await loadStory(id);
    // Only the server's copy with its version can be changed.
    if (typeof read !== 'object' || read.etag === null) return setFailed(true);
    const fresh = formOfStory(read.story);
    setEtag(read.etag);
    setBase(fresh);
    setForm(fresh);
  }

  useEffect(() => {
    if (decisionId)
      void loadDecision(decisionId).then((d) => {
        if (!d) return setFailed(true);
        setDecision(d);
        const start = storyForm({ title: d.title, categoryId: d.categoryId, ...learnedFrom(d) });
        setBase(start);
        setForm(start);
      });
    else void fetchStory();
  }, [decisionId, id]);

  const set = (name: StoryField) => (e: Event) => {
    if (!form) return;
    setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value });
    flow.clear(name);
  };

  function submit(e: Event) {
    e.preventDefault();
    if (!form || !base) return;
    const steps: SaveSteps<Story, StoryField> = {
      check: () => problemsInWords(checkStory(form)),
      send: () => {
        if (!id) return createStory({ decisionId: decisionId ?? null, ...storyBody(form) });
        const changes = storyChanges(base, form);
        return Object.keys(changes).length > 0 ? updateStory(id, changes, etag) : null;
      },
      field: topFields(FIELDS),
      words: serverWords,
    };
    const on: SaveHandlers<Story> = {
      saved: (story) => {
        say(t(id ? 'storySaved' : 'storyCreated'));
        go({ name: 'story', id: story.id });
      },
      unchanged: () => {
        say(t('storyUnchanged'), 'info');
        if (id) go({ name: 'story', id });
      },
      stale: () => fetchStory().catch(() => undefined),
    };
    void flow.save(steps, on);
  }

  const { errors, general, stale, busy, formRef } = flow;
  const fallback = id ? { name: 'story' as const, id } : { name: 'decision' as const, id: decisionId ?? '' };
  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackLink fallback={fallback} />
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {id ? t('storyEditTitle') : t('storyNewTitle')}
      </h1>
      {failed && (
        <div class="utrecht-alert utrecht-alert--info">
          <div class="utrecht-alert__content">{id ? t('storyEditOnline') : t('storyWriteOnline')}</div>
        </div>
      )}
      {!form && !failed && <p class="utrecht-paragraph">{t('loading')}</p>}
      {decision && <p class="utrecht-paragraph meta">{t('storyFromDecision', { title: decision.title })}</p>}
      {form && (
        <form class="form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="screen-title">
          {stale && (
            <div class="utrecht-alert utrecht-alert--warning">
              <div class="utrecht-alert__content">{t('storyStale')}</div>
            </div>
          )}
          {general && (
            <div class="utrecht-alert utrecht-alert--error" role="alert">
              <div class="utrecht-alert__content">{general}</div>
            </div>
          )}
          <Field id="story-title" label={t('storyFieldTitle')} error={errors.title}>
            <input {...describedBy('story-title', undefined, errors.title)} class="utrecht-textbox utrecht-textbox--html-input" aria-required="true" value={form.title} onInput={set('title')} />
          </Field>
          <Field id="story-category" label={t('storyFieldCategory')} error={errors.categoryId}>
            <select {...describedBy('story-category', undefined, errors.categoryId)} class="utrecht-select utrecht-select--html-select" value={form.categoryId} onChange={set('categoryId')}>
              <option value="">{t('storyNoCategory')}</option>
              {categories.value.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="story-body" label={t('storyFieldBody')} description={t('storyFieldBodyHint')} error={errors.body}>
            <textarea
              {...describedBy('story-body', t('storyFieldBodyHint'), errors.body)}
              class="utrecht-textarea utrecht-textarea--html-textarea"
              aria-required="true"
              rows={8}
              value={form.body}
              onInput={set('body')}
            />
          </Field>
          <Field id="story-learning" label={t('storyFieldLearning')} description={t('storyFieldLearningHint')} error={errors.learning}>
            <textarea
              {...describedBy('story-learning', t('storyFieldLearningHint'), errors.learning)}
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows={3}
              value={form.learning}
              onInput={set('learning')}
            />
          </Field>
          <Field id="story-tags" label={t('storyFieldTags')} description={t('storyFieldTagsHint')} error={errors.tags}>
            <input
              {...describedBy('story-tags', t('storyFieldTagsHint'), errors.tags)}
              class="utrecht-textbox utrecht-textbox--html-input"
              autocapitalize="off"
              value={form.tags}
              onInput={set('tags')}
            />
          </Field>
          <div class="actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
              {id ? t('storySave') : t('storySaveDraft')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
