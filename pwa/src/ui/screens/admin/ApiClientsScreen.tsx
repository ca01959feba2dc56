import { useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { createApiClient, listApiClients, rotateApiClientSecret, updateApiClient, type ApiClient, type ApiClientWithSecret } from '../../../app/integration';
import { topFields, type SaveSteps } from '../../../app/save-flow';
import { isAdmin } from '../../../app/store';
import { SCOPES, apiClientForm, apiClientRequest, authMethodOf, checkApiClient, type ApiClientForm, type AuthMethod, type Scope } from '../../../domain/integration-forms';
import { toggle } from '../../../domain/admin-forms';
import { t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { useSaveFlow } from '../../parts/save-flow';
import { Alert, Choices, problemText, useLoaded } from './common';
import { SecretOnce, integrationServerWords, integrationWords, problemsInWords, scopeWords } from './integration-parts';

export const ApiClientsScreen = steeringScreen('steeringClients', () => isAdmin.value, ApiClients);

const byName = (list: ApiClient[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

/** The organisation's machine clients: create one, give it a new secret, switch it off or on. */
function ApiClients() {
  const list = useLoaded(async () => byName(await listApiClients()));
  const [creating, setCreating] = useState(false);
  // The secret just made, shown once: by the client it belongs to.
  const [secret, setSecret] = useState<ApiClientWithSecret | null>(null);

  async function created(client: ApiClientWithSecret) {
    setCreating(false);
    setSecret(client);
    say(t('ikClientCreated', { name: client.name }));
    await list.reload();
  }

  async function rotate(client: ApiClient) {
    if (!confirm(t('ikClientRotateConfirm', { name: client.name }))) return;
    try {
      const fresh = await rotateApiClientSecret(client.id);
      setSecret(fresh);
      say(t('ikClientRotated', { name: client.name }));
    } catch (e) {
      say(t('ikFailed', { detail: problemText(e) }), 'error');
    }
  }

  async function setActive(client: ApiClient, active: boolean) {
    if (!active && !confirm(t('ikClientDeactivateConfirm', { name: client.name }))) return;
    try {
      await updateApiClient(client.id, { active });
      say(t(active ? 'ikClientActivated' : 'ikClientDeactivated', { name: client.name }));
      await list.reload();
      requestAnimationFrame(() => document.getElementById(`client-${client.id}`)?.focus());
    } catch (e) {
      say(t('ikFailed', { detail: problemText(e) }), 'error');
    }
  }

  const shownSecret = (client: ApiClient) =>
    secret?.id === client.id && (
      <SecretOnce
        id={`client-secret-${client.id}`}
        label={t('ikClientSecretLabel')}
        secret={secret.clientSecret}
        extra={
          <p class="utrecht-paragraph">
            <span class="admin-item__label">{t('ikClientId')}:</span> <span class="admin-code">{secret.clientId}</span>
          </p>
        }
        onDone={() => {
          setSecret(null);
          requestAnimationFrame(() => document.getElementById(`client-${client.id}`)?.focus());
        }}
      />
    );

  return (
    <>
      <p class="utrecht-paragraph">{t('ikClientsIntro')}</p>
      {creating ? (
        <ApiClientEditor onCreated={(c) => void created(c)} onCancel={() => setCreating(false)} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="client-new-button" type="button" onClick={() => setCreating(true)}>
          {t('ikClientNew')}
        </button>
      )}
      <h2 class="utrecht-heading-2 admin-h2" id="client-list-title">
        {t('ikClientList', { count: list.value?.length ?? 0 })}
      </h2>
      {list.error && <Alert kind="error">{t('ikLoadFailed', { detail: list.error })}</Alert>}
      {!list.value && !list.error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {list.value?.length === 0 && <p class="utrecht-paragraph">{t('ikClientNone')}</p>}
      <ul class="plain-list admin-list" aria-labelledby="client-list-title">
        {list.value?.map((c) => (
          <li key={c.id} class={`card admin-item${c.active ? '' : ' admin-item--inactive'}`}>
            <h3 class="heading-3 admin-item__title" id={`client-${c.id}`} tabIndex={-1}>
              {c.name}
            </h3>
            <p class="utrecht-paragraph admin-item__meta">
              <span class={`utrecht-status-badge utrecht-status-badge--${c.active ? 'success' : 'neutral'}`}>{c.active ? t('ikActive') : t('ikInactive')}</span>{' '}
              <span>{t(`ikAuth_${authMethodOf(c)}`)}</span>
            </p>
            <p class="utrecht-paragraph admin-item__line">
              <span class="admin-item__label">{t('ikClientId')}:</span> <span class="admin-code integration-url">{c.clientId}</span>
            </p>
            <p class="utrecht-paragraph admin-item__line">
              <span class="admin-item__label">{t('ikClientScopes')}:</span> {c.scopes.map(scopeWords).join(', ')}
            </p>
            {shownSecret(c)}
            <div class="actions">
              <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => void rotate(c)}>
                {t('ikClientRotate')}
                <span class="visually-hidden"> {c.name}</span>
              </button>
              <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => void setActive(c, !c.active)}>
                {c.active ? t('ikClientDeactivate') : t('ikClientActivate')}
                <span class="visually-hidden"> {c.name}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

type F = keyof ApiClientForm;

function ApiClientEditor({ onCreated, onCancel }: { onCreated: (client: ApiClientWithSecret) => void; onCancel: () => void }) {
  const [form, setForm] = useState<ApiClientForm>(apiClientForm);
  const flow = useSaveFlow<F>(integrationWords());
  const { errors, general, busy, formRef } = flow;
  const update = (next: ApiClientForm, ...fields: F[]) => {
    setForm(next);
    flow.clear(...fields);
  };
  function submit(e: Event) {
    e.preventDefault();
    const steps: SaveSteps<ApiClientWithSecret, F> = {
      check: () => problemsInWords(checkApiClient(form)),
      send: () => createApiClient(apiClientRequest(form)),
      field: topFields<F>(['name', 'scopes', 'jwks']),
      words: integrationServerWords,
    };
    void flow.save(steps, { saved: onCreated });
  }
  return (
    <form class="form admin-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="client-new-title">
      <h3 class="heading-3 admin-form__title" id="client-new-title">
        {t('ikClientNew')}
      </h3>
      {general && <Alert kind="error">{general}</Alert>}
      <Field id="client-name" label={t('ikClientName')} error={errors.name}>
        <input {...describedBy('client-name', undefined, errors.name)} class="utrecht-textbox utrecht-textbox--html-input" aria-required="true" maxLength={200} value={form.name} onInput={(e) => update({ ...form, name: e.currentTarget.value }, 'name')} />
      </Field>
      <Choices
        id="client-scopes"
        legend={t('ikClientScopes')}
        hint={t('ikClientScopesHint')}
        error={errors.scopes}
        choices={SCOPES.map((s) => ({ value: s, label: scopeWords(s), hint: s }))}
        chosen={form.scopes}
        onToggle={(value, on) => update({ ...form, scopes: toggle(form.scopes, value, on) as Scope[] }, 'scopes')}
      />
      <fieldset class="admin-choices">
        <legend class="utrecht-form-label admin-choices__legend">{t('ikClientAuth')}</legend>
        {(['client_secret_basic', 'private_key_jwt'] as AuthMethod[]).map((m) => (
          <label key={m} class="radio-option" for={`client-auth-${m}`}>
            <input id={`client-auth-${m}`} type="radio" name="client-auth" checked={form.auth === m} onChange={() => update({ ...form, auth: m }, 'jwks')} />
            {t(`ikAuth_${m}`)}
          </label>
        ))}
      </fieldset>
      {form.auth === 'private_key_jwt' && (
        <Field id="client-jwks" label={t('ikClientJwks')} description={t('ikClientJwksHint')} error={errors.jwks}>
          <textarea
            {...describedBy('client-jwks', t('ikClientJwksHint'), errors.jwks)}
            class="utrecht-textarea utrecht-textarea--html-textarea admin-code"
            rows={6}
            spellcheck={false}
            value={form.jwks}
            onInput={(e) => update({ ...form, jwks: e.currentTarget.value }, 'jwks')}
          />
        </Field>
      )}
      {form.auth === 'private_key_jwt' && <p class="utrecht-paragraph meta">{t('ikAuthHint_private_key_jwt')}</p>}
      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('ikClientAdd')}
        </button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={onCancel}>
          {t('ikCancel')}
        </button>
      </div>
    </form>
  );
}
