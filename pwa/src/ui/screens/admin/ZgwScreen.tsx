import { useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { getZgwConnection, putZgwConnection, type ZgwConnection } from '../../../app/integration';
import { listCategories, type Category } from '../../../app/organisation';
import type { SaveSteps } from '../../../app/save-flow';
import { isAdmin } from '../../../app/store';
import { byName } from '../../../domain/admin-forms';
import { checkZgw, zgwField, zgwForm, zgwRequest, type ZgwField, type ZgwForm } from '../../../domain/integration-forms';
import { dateTime, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { useSaveFlow } from '../../parts/save-flow';
import { Alert, useLoaded } from './common';
import { integrationServerWords, integrationWords, problemsInWords } from './integration-parts';

export const ZgwScreen = steeringScreen('steeringZgw', () => isAdmin.value, Zgw);

interface Loaded {
  connection: ZgwConnection | null;
  categories: Category[];
}

/** The organisation's ZGW Besluiten connection: one form, the secret never read back. */
function Zgw() {
  const loaded = useLoaded<Loaded>(async () => {
    const [connection, categories] = await Promise.all([getZgwConnection(), listCategories()]);
    return { connection, categories: byName(categories) };
  });
  return (
    <>
      <p class="utrecht-paragraph">{t('ikZgwIntro')}</p>
      {loaded.error && <Alert kind="error">{t('ikLoadFailed', { detail: loaded.error })}</Alert>}
      {!loaded.value && !loaded.error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {loaded.value && <ZgwEditor key={loaded.value.connection?.updatedAt ?? 'new'} {...loaded.value} onSaved={loaded.reload} />}
    </>
  );
}

function ZgwEditor({ connection, categories, onSaved }: Loaded & { onSaved: () => Promise<void> }) {
  const [form, setForm] = useState<ZgwForm>(() => zgwForm(connection));
  const flow = useSaveFlow<ZgwField>(integrationWords());
  const { errors, general, busy, formRef } = flow;
  const secretSet = connection?.secretSet ?? false;

  const set = (name: Exclude<keyof ZgwForm, 'besluittypen'>) => (e: Event) => {
    setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value });
    flow.clear(name);
  };

  function submit(e: Event) {
    e.preventDefault();
    const request = zgwRequest(form);
    const steps: SaveSteps<ZgwConnection, ZgwField> = {
      check: () => problemsInWords(checkZgw(form, secretSet)),
      send: () => putZgwConnection(request),
      field: (serverField) => zgwField(request, serverField),
      words: integrationServerWords,
    };
    void flow.save(steps, {
      saved: async () => {
        say(t('ikZgwSaved'));
        await onSaved();
      },
    });
  }

  const secretHint = secretSet ? t('ikZgwSecretHintSet') : t('ikZgwSecretHintNew');
  return (
    <form class="form admin-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="screen-title">
      <p class="utrecht-paragraph meta">{connection ? t('ikZgwUpdated', { when: dateTime(connection.updatedAt) }) : t('ikZgwNotSet')}</p>
      {general && <Alert kind="error">{general}</Alert>}
      <Field id="zgw-url" label={t('ikZgwUrl')} description={t('ikZgwUrlHint')} error={errors.besluitenApiUrl}>
        <input
          {...describedBy('zgw-url', t('ikZgwUrlHint'), errors.besluitenApiUrl)}
          class="utrecht-textbox utrecht-textbox--html-input"
          type="url"
          inputMode="url"
          autocapitalize="off"
          spellcheck={false}
          aria-required="true"
          value={form.besluitenApiUrl}
          onInput={set('besluitenApiUrl')}
        />
      </Field>
      <Field id="zgw-client-id" label={t('ikZgwClientId')} error={errors.clientId}>
        <input {...describedBy('zgw-client-id', undefined, errors.clientId)} class="utrecht-textbox utrecht-textbox--html-input" autocapitalize="off" spellcheck={false} aria-required="true" value={form.clientId} onInput={set('clientId')} />
      </Field>
      <Field id="zgw-secret" label={t('ikZgwSecret')} description={secretHint} error={errors.secret}>
        <input
          {...describedBy('zgw-secret', secretHint, errors.secret)}
          class="utrecht-textbox utrecht-textbox--html-input"
          type="password"
          autocomplete="new-password"
          placeholder={secretSet ? t('ikZgwSecretUnchanged') : ''}
          {...(secretSet ? {} : { 'aria-required': 'true' as const })}
          value={form.secret}
          onInput={set('secret')}
        />
      </Field>
      <Field id="zgw-rsin" label={t('ikZgwRsin')} description={t('ikZgwRsinHint')} error={errors.rsin}>
        <input
          {...describedBy('zgw-rsin', t('ikZgwRsinHint'), errors.rsin)}
          class="utrecht-textbox utrecht-textbox--html-input admin-code"
          inputMode="numeric"
          maxLength={9}
          aria-required="true"
          value={form.rsin}
          onInput={set('rsin')}
        />
      </Field>
      <Field id="zgw-organ" label={t('ikZgwOrgan')} description={t('ikZgwOrganHint')} error={errors.bestuursorgaan}>
        <input {...describedBy('zgw-organ', t('ikZgwOrganHint'), errors.bestuursorgaan)} class="utrecht-textbox utrecht-textbox--html-input" maxLength={50} aria-required="true" value={form.bestuursorgaan} onInput={set('bestuursorgaan')} />
      </Field>
      <fieldset class="admin-choices zgw-types" aria-describedby="zgw-types-hint">
        <legend class="utrecht-form-label admin-choices__legend">{t('ikZgwTypes')}</legend>
        <div class="utrecht-form-field-description" id="zgw-types-hint">
          {t('ikZgwTypesHint')}
        </div>
        {categories.map((c) => {
          const field = `besluittype:${c.id}` as const;
          const id = `zgw-type-${c.id}`;
          return (
            <Field key={c.id} id={id} label={c.name} error={errors[field]}>
              <input
                {...describedBy(id, undefined, errors[field])}
                class="utrecht-textbox utrecht-textbox--html-input"
                type="url"
                inputMode="url"
                autocapitalize="off"
                spellcheck={false}
                value={form.besluittypen[c.id] ?? ''}
                onInput={(e) => {
                  setForm({ ...form, besluittypen: { ...form.besluittypen, [c.id]: e.currentTarget.value } });
                  flow.clear(field);
                }}
              />
            </Field>
          );
        })}
      </fieldset>
      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('ikZgwSave')}
        </button>
      </div>
    </form>
  );
}
