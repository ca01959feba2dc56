import { useState } from 'preact/hooks';
import { refreshAll } from '../../../app/actions';
import { listCategories, type Category } from '../../../app/organisation';
import { isAdmin } from '../../../app/store';
import { byName, suggestCode, type CategoryForm } from '../../../domain/admin-forms';
import { t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { Alert, Toggle, useLoaded, useObjectEditor } from './common';
import { CATEGORIES } from './editors';

export const CategoriesScreen = steeringScreen('steeringCategories', () => isAdmin.value, Categories);

function Categories() {
  const list = useLoaded(async () => byName(await listCategories()));
  const [editing, setEditing] = useState<string | null>(null);

  async function done(saved: Category | null) {
    const was = editing;
    setEditing(null);
    if (saved) {
      await list.reload();
      // The field app offers the active categories: it learns of the change at once.
      void refreshAll();
    }
    const back = saved?.id ?? (was !== 'new' ? was : null);
    requestAnimationFrame(() => document.getElementById(back ? `cat-${back}` : 'cat-new-button')?.focus());
  }

  return (
    <>
      <p class="utrecht-paragraph">{t('adCatIntro')}</p>
      {editing === 'new' ? (
        <CategoryEditor onDone={done} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="cat-new-button" type="button" onClick={() => setEditing('new')}>
          {t('adCatNew')}
        </button>
      )}
      <h2 class="utrecht-heading-2 admin-h2" id="cat-list-title">
        {list.value ? t('adCatList', { count: list.value.length }) : t('adCatListPlain')}
      </h2>
      {list.error && <Alert kind="error">{t('adLoadFailed', { detail: list.error })}</Alert>}
      {!list.value && !list.error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {list.value?.length === 0 && <p class="utrecht-paragraph">{t('adCatNone')}</p>}
      <ul class="plain-list admin-list" aria-labelledby="cat-list-title">
        {list.value?.map((c) => (
          <li key={c.id} class={`card admin-item${c.active ? '' : ' admin-item--inactive'}`}>
            {editing === c.id ? (
              <CategoryEditor category={c} onDone={done} />
            ) : (
              <>
                <h3 class="heading-3 admin-item__title" id={`cat-${c.id}`} tabIndex={-1}>
                  {c.name}
                </h3>
                <p class="utrecht-paragraph admin-item__meta">
                  <span class="admin-code">{c.code}</span>{' '}
                  <span class={`utrecht-status-badge utrecht-status-badge--${c.active ? 'success' : 'neutral'}`}>{c.active ? t('adActive') : t('adInactive')}</span>
                </p>
                {c.legalBasis && (
                  <p class="utrecht-paragraph admin-item__line">
                    <span class="admin-item__label">{t('adCatLegalBasis')}:</span> {c.legalBasis}
                  </p>
                )}
                {c.description && <p class="utrecht-paragraph admin-item__line">{c.description}</p>}
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => setEditing(c.id)}>
                  {t('adEdit')}
                  <span class="visually-hidden"> {c.name}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Create a category, or change one. */
function CategoryEditor({ category, onDone }: { category?: Category; onDone: (saved: Category | null) => void }) {
  const { form, update, errors, general, stale, busy, ready, formRef, submit } = useObjectEditor(CATEGORIES, category, onDone);
  // The code follows the name until it is typed itself.
  const [codeTouched, setCodeTouched] = useState(category !== undefined);
  const prefix = category ? `cat-edit-${category.id}` : 'cat-new';

  const set = (name: keyof CategoryForm) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    const next = { ...form, [name]: value };
    if (name === 'code') setCodeTouched(true);
    if (name === 'name' && !codeTouched) {
      next.code = suggestCode(value);
      update(next, 'name', 'code');
    } else update(next, name);
  };

  return (
    <form class="form admin-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 class="heading-3 admin-form__title" id={`${prefix}-title`}>
        {category ? t('adEditTitle', { name: category.name }) : t('adCatNew')}
      </h3>
      <fieldset class="admin-form__fields" disabled={!ready} aria-busy={!ready}>
        {stale && <Alert kind="warning">{t('adStale')}</Alert>}
        {general && <Alert kind="error">{general}</Alert>}
        <Field id={`${prefix}-name`} label={t('adCatName')} error={errors.name}>
          <input {...describedBy(`${prefix}-name`, undefined, errors.name)} class="utrecht-textbox utrecht-textbox--html-input" aria-required="true" maxLength={200} value={form.name} onInput={set('name')} />
        </Field>
        <Field id={`${prefix}-code`} label={t('adCatCode')} description={t('adCatCodeHint')} error={errors.code}>
          <input
            {...describedBy(`${prefix}-code`, t('adCatCodeHint'), errors.code)}
            class="utrecht-textbox utrecht-textbox--html-input admin-code"
            aria-required="true"
            maxLength={64}
            autocapitalize="off"
            spellcheck={false}
            value={form.code}
            onInput={set('code')}
          />
        </Field>
        <Field id={`${prefix}-legal`} label={t('adCatLegalBasis')} description={t('adCatLegalBasisHint')} error={errors.legalBasis}>
          <input {...describedBy(`${prefix}-legal`, t('adCatLegalBasisHint'), errors.legalBasis)} class="utrecht-textbox utrecht-textbox--html-input" value={form.legalBasis} onInput={set('legalBasis')} />
        </Field>
        <Field id={`${prefix}-description`} label={t('adCatDescription')} error={errors.description}>
          <textarea {...describedBy(`${prefix}-description`, undefined, errors.description)} class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} value={form.description} onInput={set('description')} />
        </Field>
        <Toggle id={`${prefix}-active`} label={t('adCatActive')} checked={form.active} error={errors.active} onChange={(on) => update({ ...form, active: on }, 'active')} />
        <div class="actions">
          <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
            {category ? t('adSave') : t('adCatAdd')}
          </button>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(null)}>
            {t('adCancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
