import { useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import {
  createWebhook,
  listDeliveries,
  listWebhooks,
  ping,
  redeliver,
  updateWebhook,
  type CreatedWebhookSubscription,
  type WebhookDelivery,
  type WebhookSubscription,
} from '../../../app/integration';
import { topFields, type SaveSteps } from '../../../app/save-flow';
import { isAdmin } from '../../../app/store';
import { toggle } from '../../../domain/admin-forms';
import { EVENT_TYPES, checkWebhook, webhookForm, webhookRequest, type WebhookForm } from '../../../domain/integration-forms';
import { dateTime, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { useSaveFlow } from '../../parts/save-flow';
import { Alert, Choices, problemText, useLoaded } from './common';
import { SecretOnce, eventWords, integrationServerWords, integrationWords, problemsInWords } from './integration-parts';

export const WebhooksScreen = steeringScreen('steeringWebhooks', () => isAdmin.value, Webhooks);

/** The organisation's webhook subscriptions, each with its delivery log. */
function Webhooks() {
  const list = useLoaded(listWebhooks);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhookSubscription | null>(null);

  async function done(subscription: CreatedWebhookSubscription) {
    setCreating(false);
    setCreated(subscription);
    say(t('ikWebhookCreated'));
    await list.reload();
  }

  return (
    <>
      <p class="utrecht-paragraph">{t('ikWebhooksIntro')}</p>
      {creating ? (
        <WebhookEditor onCreated={(s) => void done(s)} onCancel={() => setCreating(false)} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="webhook-new-button" type="button" onClick={() => setCreating(true)}>
          {t('ikWebhookNew')}
        </button>
      )}
      <h2 class="utrecht-heading-2 admin-h2" id="webhook-list-title">
        {t('ikWebhookList', { count: list.value?.length ?? 0 })}
      </h2>
      {list.error && <Alert kind="error">{t('ikLoadFailed', { detail: list.error })}</Alert>}
      {!list.value && !list.error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {list.value?.length === 0 && <p class="utrecht-paragraph">{t('ikWebhookNone')}</p>}
      <ul class="plain-list admin-list" aria-labelledby="webhook-list-title">
        {list.value?.map((s) => (
          <Subscription
            key={s.id}
            s={s}
            secret={created?.id === s.id ? created.secret : null}
            onSecretDone={() => {
              setCreated(null);
              requestAnimationFrame(() => document.getElementById(`webhook-${s.id}`)?.focus());
            }}
            onChanged={list.reload}
          />
        ))}
      </ul>
    </>
  );
}

function Subscription({ s, secret, onSecretDone, onChanged }: { s: WebhookSubscription; secret: string | null; onSecretDone: () => void; onChanged: () => Promise<void> }) {
  const [log, setLog] = useState<WebhookDelivery[] | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [logError, setLogError] = useState<string | null>(null);

  async function loadLog() {
    try {
      setLog(await listDeliveries(s.id));
      setLogError(null);
    } catch (e) {
      setLogError(problemText(e));
    }
  }

  async function act(action: () => Promise<unknown>, done: string, reloadLog = false) {
    try {
      await action();
      say(done);
      await onChanged();
      if (reloadLog || logOpen) {
        setLogOpen(true);
        await loadLog();
      }
    } catch (e) {
      say(t('ikFailed', { detail: problemText(e) }), 'error');
    }
  }

  return (
    <li class={`card admin-item${s.active ? '' : ' admin-item--inactive'}`}>
      <h3 class="heading-3 admin-item__title integration-url" id={`webhook-${s.id}`} tabIndex={-1}>
        {s.url}
      </h3>
      <p class="utrecht-paragraph admin-item__meta">
        <span class={`utrecht-status-badge utrecht-status-badge--${s.active ? 'success' : 'neutral'}`}>{s.active ? t('ikWebhookOn') : t('ikWebhookOff')}</span>
      </p>
      {!s.active && s.disabledReason && <p class="utrecht-paragraph admin-item__line">{t('ikWebhookOffReason', { reason: integrationServerWords(s.disabledReason) })}</p>}
      {s.description && <p class="utrecht-paragraph admin-item__line">{s.description}</p>}
      <p class="utrecht-paragraph admin-item__line">
        <span class="admin-item__label">{t('ikWebhookEvents')}:</span> {s.eventTypes.map(eventWords).join(', ')}
      </p>
      {secret && <SecretOnce id={`webhook-secret-${s.id}`} label={t('ikWebhookSecretLabel')} secret={secret} onDone={onSecretDone} />}
      <div class="actions">
        <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!s.active} onClick={() => void act(() => ping(s.id), t('ikWebhookPinged'), true)}>
          {t('ikWebhookPing')}
          <span class="visually-hidden"> {s.url}</span>
        </button>
        <button
          class="utrecht-button utrecht-button--secondary-action"
          type="button"
          aria-expanded={logOpen}
          aria-controls={`webhook-log-${s.id}`}
          onClick={() => {
            const open = !logOpen;
            setLogOpen(open);
            if (open) void loadLog();
          }}
        >
          {logOpen ? t('ikWebhookLogHide') : t('ikWebhookLogShow')}
          <span class="visually-hidden"> {s.url}</span>
        </button>
        <button
          class="utrecht-button utrecht-button--secondary-action"
          type="button"
          onClick={() => void act(() => updateWebhook(s.id, { active: !s.active }), t(s.active ? 'ikWebhookDisabled' : 'ikWebhookEnabled'))}
        >
          {s.active ? t('ikWebhookDisable') : t('ikWebhookEnable')}
          <span class="visually-hidden"> {s.url}</span>
        </button>
      </div>
      <section id={`webhook-log-${s.id}`} hidden={!logOpen} aria-labelledby={`webhook-log-title-${s.id}`}>
        <h4 class="heading-3" id={`webhook-log-title-${s.id}`}>
          {t('ikWebhookLogTitle')}
        </h4>
        <button class="utrecht-button utrecht-button--subtle" type="button" onClick={() => void loadLog()}>
          {t('ikWebhookLogRefresh')}
          <span class="visually-hidden"> {t('ikWebhookLogTitle')}</span>
        </button>
        {logError && <Alert kind="error">{t('ikLoadFailed', { detail: logError })}</Alert>}
        {logOpen && !log && !logError && <p class="utrecht-paragraph">{t('loading')}</p>}
        {log?.length === 0 && <p class="utrecht-paragraph">{t('ikWebhookLogNone')}</p>}
        {log && log.length > 0 && (
          <ul class="delivery-log">
            {log.map((d) => (
              <Delivery key={d.id} d={d} onRedeliver={() => void act(() => redeliver(s.id, d.id), t('ikDeliveryRedelivered'), true)} />
            ))}
          </ul>
        )}
      </section>
    </li>
  );
}

const stateTone = { pending: 'warning', delivered: 'success', failed: 'danger' } as const;

function Delivery({ d, onRedeliver }: { d: WebhookDelivery; onRedeliver: () => void }) {
  return (
    <li class="delivery">
      <p class="utrecht-paragraph">
        <strong>{eventWords(d.eventType)}</strong>{' '}
        <span class={`utrecht-status-badge utrecht-status-badge--${stateTone[d.state]}`}>{t(`ikDeliveryState_${d.state}`)}</span>
      </p>
      <p class="utrecht-paragraph meta">
        {t('ikDeliveryAt', { when: dateTime(d.createdAt) })} · {t('ikDeliveryAttempts', { count: d.attempts })}
      </p>
      {d.lastStatusCode != null && <p class="utrecht-paragraph meta">{t('ikDeliveryStatus', { code: d.lastStatusCode })}</p>}
      {d.lastError && <p class="utrecht-paragraph meta integration-url">{t('ikDeliveryError', { error: d.lastError })}</p>}
      {d.state === 'pending' && d.nextAttemptAt && <p class="utrecht-paragraph meta">{t('ikDeliveryNext', { when: dateTime(d.nextAttemptAt) })}</p>}
      <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={onRedeliver}>
        {t('ikDeliveryRedeliver')}
        <span class="visually-hidden"> {eventWords(d.eventType)}</span>
      </button>
    </li>
  );
}

type F = keyof WebhookForm;

function WebhookEditor({ onCreated, onCancel }: { onCreated: (s: CreatedWebhookSubscription) => void; onCancel: () => void }) {
  const [form, setForm] = useState<WebhookForm>(webhookForm);
  const flow = useSaveFlow<F>(integrationWords());
  const { errors, general, busy, formRef } = flow;
  const update = (next: WebhookForm, ...fields: F[]) => {
    setForm(next);
    flow.clear(...fields);
  };
  function submit(e: Event) {
    e.preventDefault();
    const steps: SaveSteps<CreatedWebhookSubscription, F> = {
      check: () => problemsInWords(checkWebhook(form)),
      send: () => createWebhook(webhookRequest(form)),
      field: topFields<F>(['url', 'description', 'eventTypes']),
      words: integrationServerWords,
    };
    void flow.save(steps, { saved: onCreated });
  }
  return (
    <form class="form admin-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="webhook-new-title">
      <h3 class="heading-3 admin-form__title" id="webhook-new-title">
        {t('ikWebhookNew')}
      </h3>
      {general && <Alert kind="error">{general}</Alert>}
      <Field id="webhook-url" label={t('ikWebhookUrl')} description={t('ikWebhookUrlHint')} error={errors.url}>
        <input
          {...describedBy('webhook-url', t('ikWebhookUrlHint'), errors.url)}
          class="utrecht-textbox utrecht-textbox--html-input"
          type="url"
          inputMode="url"
          autocapitalize="off"
          spellcheck={false}
          aria-required="true"
          value={form.url}
          onInput={(e) => update({ ...form, url: e.currentTarget.value }, 'url')}
        />
      </Field>
      <Field id="webhook-description" label={t('ikWebhookDescription')} description={t('ikWebhookDescriptionHint')} error={errors.description}>
        <input
          {...describedBy('webhook-description', t('ikWebhookDescriptionHint'), errors.description)}
          class="utrecht-textbox utrecht-textbox--html-input"
          value={form.description}
          onInput={(e) => update({ ...form, description: e.currentTarget.value }, 'description')}
        />
      </Field>
      <Choices
        id="webhook-events"
        legend={t('ikWebhookEvents')}
        hint={t('ikWebhookEventsHint')}
        error={errors.eventTypes}
        choices={EVENT_TYPES.map((e) => ({ value: e, label: eventWords(e), hint: e }))}
        chosen={form.eventTypes}
        onToggle={(value, on) => update({ ...form, eventTypes: toggle(form.eventTypes, value, on) }, 'eventTypes')}
      />
      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('ikWebhookAdd')}
        </button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={onCancel}>
          {t('ikCancel')}
        </button>
      </div>
    </form>
  );
}
