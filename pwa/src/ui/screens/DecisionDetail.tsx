import { useEffect, useState } from 'preact/hooks';
import type { Decision } from '../../api/client';
import { loadDecision, say, step } from '../../app/actions';
import { categoryName, mandate, me, outbox } from '../../app/store';
import { dateTime, has, money, t } from '../../i18n';
import { href } from '../router';
import { Field, describedBy } from '../parts/Field';
import { StatusBadge } from '../parts/StatusBadge';
import { VerdictPanel } from '../parts/VerdictPanel';

const WAITING = ['awaiting_cosign', 'awaiting_approval'];

export function DecisionDetail({ id }: { id: string }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [failed, setFailed] = useState(false);

  const load = () => loadDecision(id).then((found) => (found ? setDecision(found) : setFailed(true)));
  useEffect(() => {
    void load();
  }, [id]);

  const local = outbox.value.find((e) => e.id === id && e.state === 'waiting');
  const mine = decision?.professionalId === me.value?.id;

  return (
    <section class="screen" aria-labelledby="screen-title">
      <p>
        <a class="utrecht-link" href={href({ name: 'decisions' })}>
          ← {t('back')}
        </a>
      </p>
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
            <Item k={t('amount')} v={money(decision.amountCents)} />
            <Item k={t('category')} v={categoryName(decision.categoryId) ?? ''} />
            <Item k={t('clientRef')} v={decision.clientRef} />
            <Item k={t('decidedAt')} v={dateTime(decision.decidedAt)} />
            <Item k={t('recordedAt')} v={dateTime(decision.recordedAt)} />
            <Item k={t('situation')} v={decision.situation} />
            <Item k={t('solution')} v={decision.solution} />
            <Item k={t('rationale')} v={decision.rationale} />
            {decision.deviatesFrom && <Item k={t('deviatesFrom')} v={decision.deviatesFrom} />}
          </dl>

          <h2 class="utrecht-heading-2">{t('explanation')}</h2>
          <VerdictPanel verdict={decision.verdict} lines={decision.explanation} right={rightWhenDecided(decision)} />

          <h2 class="utrecht-heading-2">{t('timeline')}</h2>
          <ol class="timeline">
            {decision.events.map((e) => (
              <li key={e.id} class="timeline__event">
                <strong>{has(`event_${e.kind}`) ? t(`event_${e.kind}` as 'event_created') : t('eventOther', { kind: e.kind })}</strong>{' '}
                <span class="meta">
                  {dateTime(e.at)}
                  {e.actorId === me.value?.id ? ` · ${t('byYou')}` : ''}
                </span>
                {e.comment && <p class="utrecht-paragraph">{e.comment}</p>}
                {e.kind === 'reflected' && reflectionText(e.data) && <p class="utrecht-paragraph">{reflectionText(e.data)}</p>}
              </li>
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
        </>
      )}
    </section>
  );
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

function reflectionText(data: unknown): string | null {
  const d = data as { outcome?: unknown } | null;
  return typeof d?.outcome === 'string' ? d.outcome : null;
}

function Reflection({ id, onSaved }: { id: string; onSaved: () => Promise<void> }) {
  const [outcome, setOutcome] = useState('');
  const [worked, setWorked] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="form card"
      aria-labelledby="reflection-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!outcome.trim()) {
          setError(t('required'));
          document.getElementById('reflection')?.focus();
          return;
        }
        const problem = await step(id, 'reflections', { outcome: outcome.trim(), worked });
        if (problem) setError(problem);
        else {
          setOutcome('');
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
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <div class="utrecht-form-field__input">
          <input id="reflection-worked" class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" checked={worked} onChange={(e) => setWorked(e.currentTarget.checked)} />
        </div>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="reflection-worked">
            {t('reflectionWorked')}
          </label>
        </div>
      </div>
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        {t('reflectionSubmit')}
      </button>
    </form>
  );
}
