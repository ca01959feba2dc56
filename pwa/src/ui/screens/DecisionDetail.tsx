import { useEffect, useState } from 'preact/hooks';
import type { Decision } from '../../api/client';
import { loadDecision, say, step, userNames } from '../../app/actions';
import { storyOfDecision, type Story } from '../../app/learning';
import { approvals, categoryName, mandate, me, outbox, personName } from '../../app/store';
import { dateTime, has, money, t } from '../../i18n';
import { BackLink } from '../parts/BackLink';
import { Field, describedBy } from '../parts/Field';
import { LeadActions, type LeadKind } from '../parts/LeadActions';
import { StatusBadge } from '../parts/StatusBadge';
import { VerdictPanel } from '../parts/VerdictPanel';
import { zgwLine } from '../../domain/zgw-state';
import { href } from '../router';

const WAITING = ['awaiting_cosign', 'awaiting_approval'];

export function DecisionDetail({ id }: { id: string }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [failed, setFailed] = useState(false);

  const [names, setNames] = useState<Record<string, string>>({});
  // The caller's own story about this decision, if one is known: then it is read, not written again.
  const [story, setStory] = useState<Story | null>(null);

  const load = () =>
    loadDecision(id).then((found) => {
      if (!found) return setFailed(true);
      setDecision(found);
      // Events name who took the step; only older answers without a name are looked up.
      const unnamed = found.events.filter((e) => !e.actorName).map((e) => e.actorId);
      if (unnamed.length > 0) void userNames(unnamed).then(setNames);
    });
  useEffect(() => {
    void load();
  }, [id]);
  const meId = me.value?.id;
  useEffect(() => {
    setStory(null);
    if (meId) void storyOfDecision(id, meId).then(setStory);
  }, [id, meId]);

  const local = outbox.value.find((e) => e.id === id && e.state === 'waiting');
  const mine = decision ? decision.professionalId === me.value?.id : true;
  const waitingOnMe = leadKind(id);
  const author = decision && !mine ? personName(decision.professionalId) : null;
  const zgw = decision ? zgwLine(decision.zgw) : null;

  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackLink fallback={mine ? { name: 'decisions' } : { name: 'approvals' }} />
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {decision?.title ?? local?.request.title ?? t('detailTitle')}
      </h1>
      {!decision && !failed && <p class="utrecht-paragraph">{t('loading')}</p>}
      {!decision && failed && (
        <div class="utrecht-alert utrecht-alert--info">
          <div class="utrecht-alert__content">{local ? t('savedOffline') : t('notAvailableOffline')}</div>
        </div>
      )}
      {decision && (
        <>
          <div class="decision__meta">
            <StatusBadge status={decision.status} />
          </div>
          <dl class="utrecht-data-list utrecht-data-list--rows">
            {author && <Item k={t('decidedBy')} v={author} />}
            <Item k={t('amount')} v={money(decision.amountCents)} />
            <Item k={t('category')} v={categoryName(decision.categoryId) ?? ''} />
            <Item k={t('clientRef')} v={decision.clientRef} />
            <Item k={t('decidedAt')} v={dateTime(decision.decidedAt)} />
            <Item k={t('recordedAt')} v={dateTime(decision.recordedAt)} />
            <Item k={t('situation')} v={decision.situation} />
            <Item k={t('solution')} v={decision.solution} />
            <Item k={t('rationale')} v={decision.rationale} />
            {decision.deviatesFrom && <Item k={t('deviatesFrom')} v={decision.deviatesFrom} />}
            {zgw && <Item k={t('zgwTitle')} v={t(zgw.key, zgw.vars)} />}
          </dl>

          <h2 class="utrecht-heading-2">{t('explanation')}</h2>
          <VerdictPanel verdict={decision.verdict} lines={decision.explanation} right={rightWhenDecided(decision)} viewer={mine ? 'author' : 'lead'} />

          {waitingOnMe && (
            <section class="card lead-actions" aria-labelledby="lead-actions-title">
              <h2 class="utrecht-heading-2 card__title" id="lead-actions-title">
                {t(`leadActions_${waitingOnMe}`)}
              </h2>
              <LeadActions kind={waitingOnMe} decisionId={id} describedById="screen-title" onDone={() => void load()} />
            </section>
          )}

          <h2 class="utrecht-heading-2">{t('timeline')}</h2>
          <ol class="timeline">
            {decision.events.map((e) => (
              <TimelineStep key={e.id} event={e} who={whoTook(e, names)} />
            ))}
          </ol>

          {mine && WAITING.includes(decision.status) && (
            <button
              class="utrecht-button utrecht-button--secondary-action"
              type="button"
              onClick={async () => {
                const problem = await step(id, 'withdraw', {});
                if (problem) say(t('requestFailed', { detail: problem }), 'error');
                else {
                  say(t('withdrawn'));
                  await load();
                }
              }}
            >
              {t('withdraw')}
            </button>
          )}
          {mine && <Reflection id={id} onSaved={load} />}
          {mine && story && (
            <section class="card story-write" aria-labelledby="story-write-title">
              <h2 class="utrecht-heading-2 card__title" id="story-write-title">
                {t('storyRead')}
              </h2>
              <p class="utrecht-paragraph meta">{t('storyReadHint', { title: story.title })}</p>
              <a class="utrecht-button utrecht-button--secondary-action button-link" href={href({ name: 'story', id: story.id })}>
                {t('storyRead')}
              </a>
            </section>
          )}
          {mine && !story && (
            <section class="card story-write" aria-labelledby="story-write-title">
              <h2 class="utrecht-heading-2 card__title" id="story-write-title">
                {t('storyWrite')}
              </h2>
              <p class="utrecht-paragraph meta">{t('storyWriteHint')}</p>
              <a class="utrecht-button utrecht-button--secondary-action button-link" href={href({ name: 'story-new', decisionId: id })}>
                {t('storyWrite')}
              </a>
            </section>
          )}
        </>
      )}
    </section>
  );
}

/** What waits on the caller for this decision, as the inbox says. */
function leadKind(id: string): LeadKind | null {
  const inbox = approvals.value;
  if (!inbox) return null;
  if (inbox.approvals.some((d) => d.id === id)) return 'approval';
  if (inbox.cosigns.some((d) => d.id === id)) return 'cosign';
  if (inbox.reviews.some((d) => d.id === id)) return 'review';
  return null;
}

/** The decision right it was judged by, when that mandate version is the one cached. */
function rightWhenDecided(decision: Decision): string | null {
  const m = mandate.value?.value;
  if (!m?.version || m.version.id !== decision.mandateVersionId || decision.professionalId !== me.value?.id) return null;
  return m.version.rules.find((r) => r.categoryId === decision.categoryId)?.right ?? null;
}

function Item({ k, v }: { k: string; v: string }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{k}</dt>
      <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline">{v}</dd>
    </div>
  );
}

type DecisionEvent = Decision['events'][number];

/** One step: what happened with its outcome, who did it and when, and what they wrote. */
function TimelineStep({ event: e, who }: { event: DecisionEvent; who: string | null }) {
  const data = (e.data ?? {}) as { outcome?: unknown; learning?: unknown; worked?: unknown };
  let what = has(`event_${e.kind}`) ? t(`event_${e.kind}` as 'event_created') : t('eventOther', { kind: e.kind });
  if (e.kind === 'reviewed' && (data.outcome === 'backed' || data.outcome === 'not_backed')) what = t(`event_reviewed_${data.outcome}`);
  if (e.kind === 'reflected' && typeof data.worked === 'boolean') what = `${what}: ${t(data.worked ? 'reflectionWorked_yes' : 'reflectionWorked_no')}`;
  const texts = [
    e.comment,
    e.kind === 'reviewed' && typeof data.learning === 'string' ? t('learningText', { text: data.learning }) : null,
    e.kind === 'reflected' && typeof data.outcome === 'string' ? data.outcome : null,
  ].filter((x): x is string => !!x);
  return (
    <li class="timeline__event">
      <strong>{what}</strong>{' '}
      <span class="meta">
        {dateTime(e.at)}
        {who ? ` · ${who}` : ''}
      </span>
      {texts.map((text, i) => (
        <p key={i} class="utrecht-paragraph">
          {text}
        </p>
      ))}
    </li>
  );
}

/** "by you", "by <name>" from the event itself or a looked-up name, else nothing. */
function whoTook(e: Decision['events'][number], names: Record<string, string>): string | null {
  if (e.actorId === me.value?.id) return t('byYou');
  const name = e.actorName || names[e.actorId];
  return name ? t('byName', { name }) : null;
}

function Reflection({ id, onSaved }: { id: string; onSaved: () => Promise<void> }) {
  const [outcome, setOutcome] = useState('');
  // No answer is chosen beforehand: "it worked" must be said, not left standing.
  const [worked, setWorked] = useState<'yes' | 'no' | 'unknown' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [workedError, setWorkedError] = useState<string | null>(null);
  return (
    <form
      class="form card"
      aria-labelledby="reflection-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(outcome.trim() ? null : t('required'));
        setWorkedError(worked ? null : t('reflectionChoose'));
        if (!outcome.trim()) {
          document.getElementById('reflection')?.focus();
          return;
        }
        if (!worked) {
          document.getElementById('reflection-worked-yes')?.focus();
          return;
        }
        const problem = await step(id, 'reflections', { outcome: outcome.trim(), ...(worked === 'unknown' ? {} : { worked: worked === 'yes' }) });
        if (problem) setError(problem);
        else {
          setOutcome('');
          setWorked(null);
          setError(null);
          say(t('reflectionSaved'));
          await onSaved();
        }
      }}
      noValidate
    >
      <h2 class="utrecht-heading-2" id="reflection-title">
        {t('reflectionTitle')}
      </h2>
      <Field id="reflection" label={t('reflectionOutcome')} error={error}>
        <textarea {...describedBy('reflection', undefined, error)} class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} value={outcome} onInput={(e) => setOutcome(e.currentTarget.value)} />
      </Field>
      <fieldset class="choice" aria-describedby={workedError ? 'reflection-worked-error' : undefined}>
        <legend class="utrecht-form-label">{t('reflectionWorked')}</legend>
        {workedError && (
          <div class="utrecht-form-field-error-message" id="reflection-worked-error">
            {workedError}
          </div>
        )}
        {(['yes', 'no', 'unknown'] as const).map((answer) => (
          <label key={answer} class="choice__option" for={`reflection-worked-${answer}`}>
            <input
              id={`reflection-worked-${answer}`}
              type="radio"
              name="reflection-worked"
              value={answer}
              checked={worked === answer}
              onChange={() => setWorked(answer)}
              {...(workedError ? { 'aria-invalid': true } : {})}
            />
            {t(`reflectionWorked_${answer}`)}
          </label>
        ))}
      </fieldset>
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        {t('reflectionSubmit')}
      </button>
    </form>
  );
}
