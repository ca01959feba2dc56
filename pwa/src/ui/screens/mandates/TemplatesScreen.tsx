import { useEffect, useRef, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { api, mayManageMandates, me } from '../../../app/store';
import { byName, toggle } from '../../../domain/admin-forms';
import { diffMandates, tally } from '../../../domain/mandate-diff';
import { readTerms, serverProblem, shapeOf, termsForm, type TermsForm } from '../../../domain/mandate-form';
import { manageablePeople } from '../../../domain/mandate-people';
import { amsterdamDate } from '../../../domain/period';
import { t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { Alert, Choices, dataOf, isStale, loadCategories, loadPeople, loadTeams, problemOf, problemText, type CategoryItem, type Person } from '../admin/common';
import { loadHistory, loadTemplates, namer, type MandateTemplate, type MandateVersion } from './data';
import { TermsEditor, type FieldErrors } from './TermsEditor';
import { TermsSummary } from './TermsSummary';
import { problemWords } from './words';
import './mandates.css';

export function TemplatesScreen() {
  return (
    <SteeringScreen title={t('steeringTemplates')} allowed={mayManageMandates.value}>
      <Templates />
    </SteeringScreen>
  );
}

interface SetUp {
  templates: MandateTemplate[];
  categories: CategoryItem[];
  people: Person[];
}

type Open = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'apply'; id: string } | null;

function Templates() {
  const [data, setData] = useState<SetUp | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  async function reload() {
    try {
      const [templates, categories, people, teams] = await Promise.all([loadTemplates(), loadCategories(), loadPeople(), loadTeams()]);
      setData({ templates: byName(templates), categories, people: me.value ? manageablePeople(people, teams, me.value) : [] });
      setError(null);
    } catch (e) {
      setError(problemText(e));
    }
  }
  useEffect(() => {
    void reload();
  }, []);

  async function closed(changed: boolean, focus: string) {
    setOpen(null);
    if (changed) await reload();
    requestAnimationFrame(() => document.getElementById(focus)?.focus());
  }

  if (error) return <Alert kind="error">{t('mdLoadFailed', { detail: error })}</Alert>;
  if (!data) return <p class="utrecht-paragraph">{t('loading')}</p>;
  const category = namer(data.categories);
  return (
    <>
      <p class="utrecht-paragraph">{t('mdTplIntro')}</p>
      {open?.kind === 'new' ? (
        <TemplateEditor categories={data.categories} category={category} onDone={(saved) => closed(saved !== null, saved ? `template-${saved}` : 'template-new')} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="template-new" type="button" onClick={() => setOpen({ kind: 'new' })}>
          {t('mdTplNew')}
        </button>
      )}
      <h2 class="utrecht-heading-2" id="md-templates-title">
        {t('mdTplList', { count: data.templates.length })}
      </h2>
      {data.templates.length === 0 && <p class="utrecht-paragraph">{t('mdTplNone')}</p>}
      <ul class="plain-list md-templates" aria-labelledby="md-templates-title">
        {data.templates.map((tpl) => (
          <li key={tpl.id} class="card">
            {open?.kind === 'edit' && open.id === tpl.id ? (
              <TemplateEditor template={tpl} categories={data.categories} category={category} onDone={(saved) => closed(saved !== null, `template-${tpl.id}`)} />
            ) : (
              <>
                <h3 class="heading-3" id={`template-${tpl.id}`} tabIndex={-1}>
                  {tpl.name}
                </h3>
                {tpl.description && <p class="utrecht-paragraph meta">{tpl.description}</p>}
                <TermsSummary terms={shapeOf(tpl)} category={category} />
                {open?.kind === 'apply' && open.id === tpl.id ? (
                  <ApplyForm template={tpl} people={data.people} onDone={(applied) => closed(applied, `template-${tpl.id}`)} />
                ) : (
                  <div class="actions">
                    <button class="utrecht-button utrecht-button--primary-action" type="button" disabled={data.people.length === 0} onClick={() => setOpen({ kind: 'apply', id: tpl.id })}>
                      {t('mdTplApply')}
                      <span class="visually-hidden"> {tpl.name}</span>
                    </button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => setOpen({ kind: 'edit', id: tpl.id })}>
                      {t('mdTplEdit')}
                      <span class="visually-hidden"> {tpl.name}</span>
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Field errors from a refused save, in the reader's words where the editor knows the message. */
function serverErrors(error: unknown): FieldErrors {
  const out: FieldErrors = {};
  for (const { field, message } of problemOf(error)?.errors ?? []) {
    const known = serverProblem(message);
    out[field] = known ? (problemWords(known) ?? message) : message;
  }
  return out;
}

function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"], .admin-choices--invalid input')?.focus());
}

/** A new template, or a change to one: its name, description and terms. */
function TemplateEditor({ template, categories, category, onDone }: { template?: MandateTemplate; categories: CategoryItem[]; category: (id: string) => string; onDone: (savedId: string | null) => void }) {
  const base = template ? shapeOf(template) : undefined;
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [terms, setTerms] = useState<TermsForm>(() => termsForm(base));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = template ? `template-edit-${template.id}` : 'template-create';

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  const clear = (fields: string[]) => setErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([k]) => !fields.includes(k))));

  async function save(e: Event) {
    e.preventDefault();
    setGeneral(null);
    const read = readTerms(terms, base);
    const local: FieldErrors = Object.fromEntries(Object.entries(read.problems).map(([k, p]) => [k, problemWords(p) ?? p]));
    if (!name.trim()) local.name = problemWords('required') ?? '';
    if (!read.terms || Object.keys(local).length > 0) {
      setErrors(local);
      setGeneral(t('mdFixFields'));
      return focusFirstInvalid(formRef.current);
    }
    setBusy(true);
    try {
      const body = { name: name.trim(), description: description.trim(), ...read.terms };
      const saved = template
        ? dataOf(await api.PATCH('/mandate-templates/{id}', { params: { path: { id: template.id } }, body }))
        : dataOf(await api.POST('/mandate-templates', { body }));
      say(t('mdTplSaved', { name: saved.name }));
      onDone(saved.id);
    } catch (err) {
      const byField = serverErrors(err);
      setErrors(byField);
      setGeneral(Object.keys(byField).length > 0 ? t('mdFixFields') : t('mdSaveFailed', { detail: problemText(err) }));
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form md-editor" ref={formRef} onSubmit={save} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 class="heading-3" id={`${prefix}-title`}>
        {template ? t('mdTplEditTitle', { name: template.name }) : t('mdTplNew')}
      </h3>
      {template && <p class="utrecht-paragraph meta">{t('mdTplEditNote')}</p>}
      {general && <Alert kind="error">{general}</Alert>}
      <div class="md-editor__when">
        <Field id={`${prefix}-name`} label={t('mdTplName')} error={errors.name}>
          <input
            {...describedBy(`${prefix}-name`, undefined, errors.name)}
            class="utrecht-textbox utrecht-textbox--html-input"
            aria-required="true"
            maxLength={200}
            autocomplete="off"
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              clear(['name']);
            }}
          />
        </Field>
        <Field id={`${prefix}-description`} label={t('mdTplDescription')} error={errors.description}>
          <input
            {...describedBy(`${prefix}-description`, undefined, errors.description)}
            class="utrecht-textbox utrecht-textbox--html-input"
            maxLength={1000}
            autocomplete="off"
            value={description}
            onInput={(e) => {
              setDescription(e.currentTarget.value);
              clear(['description']);
            }}
          />
        </Field>
      </div>
      <TermsEditor
        id={prefix}
        form={terms}
        errors={errors}
        categories={categories}
        category={category}
        level={4}
        onChange={(next, fields) => {
          setTerms(next);
          clear(fields);
        }}
      />
      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('mdTplSave')}
        </button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(null)}>
          {t('mdCancel')}
        </button>
      </div>
    </form>
  );
}

interface History {
  versions: MandateVersion[];
  etag: string | null;
}

/**
 * A template applied to several people at once. Each chosen person's newest version is fetched
 * with its ETag, so the form can say what the template changes for them and the server can
 * refuse (412) if someone else changed one of those mandates meanwhile.
 */
function ApplyForm({ template, people, onDone }: { template: MandateTemplate; people: Person[]; onDone: (applied: boolean) => void }) {
  const today = amsterdamDate(new Date());
  const [chosen, setChosen] = useState<string[]>([]);
  const [histories, setHistories] = useState<Record<string, History>>({});
  const [validFrom, setValidFrom] = useState(today);
  const [reason, setReason] = useState(t('mdTplDefaultReason', { name: template.name }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = `apply-${template.id}`;
  const terms = shapeOf(template);
  const personName = namer(people);

  async function fetchHistory(id: string) {
    const history = await loadHistory(id).catch(() => null);
    if (history) setHistories((h) => ({ ...h, [id]: history }));
  }

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  function choose(id: string, on: boolean) {
    setChosen((c) => toggle(c, id, on));
    setErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([k]) => !k.startsWith('professionals'))));
    if (on && !histories[id]) void fetchHistory(id);
  }

  async function apply(e: Event) {
    e.preventDefault();
    setGeneral(null);
    const local: FieldErrors = {};
    if (chosen.length === 0) local.professionals = t('mdTplApplyNobody');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom)) local.validFrom = problemWords('date') ?? '';
    else if (chosen.some((id) => (histories[id]?.versions[0]?.validFrom ?? '') > validFrom)) local.validFrom = problemWords('beforeLatest') ?? '';
    if (!reason.trim()) local.reason = problemWords('required') ?? '';
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setGeneral(t('mdFixFields'));
      return focusFirstInvalid(formRef.current);
    }
    setBusy(true);
    try {
      const professionals = chosen.map((userId) => {
        const etag = histories[userId]?.etag;
        return etag ? { userId, ifMatch: etag } : { userId };
      });
      const applied = dataOf(await api.POST('/mandate-templates/{id}/apply', { params: { path: { id: template.id } }, body: { validFrom, reason: reason.trim(), professionals } }));
      say(t('mdTplApplied', { name: template.name, count: applied.versions.length }));
      onDone(true);
    } catch (err) {
      if (isStale(err)) {
        setStale(true);
        await Promise.all(chosen.map(fetchHistory));
        requestAnimationFrame(() => document.getElementById(`${prefix}-stale`)?.focus());
        return;
      }
      const byField = serverErrors(err);
      // Errors about one person (`professionals[2].userId`) belong to the group of people.
      const grouped: FieldErrors = {};
      for (const [field, message] of Object.entries(byField)) grouped[field.startsWith('professionals') ? 'professionals' : field] = message;
      setErrors(grouped);
      setGeneral(Object.keys(grouped).length > 0 ? t('mdFixFields') : t('mdSaveFailed', { detail: problemText(err) }));
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form md-apply" ref={formRef} onSubmit={apply} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 class="heading-3" id={`${prefix}-title`}>
        {t('mdTplApplyTitle', { name: template.name })}
      </h4>
      {stale && (
        <div class="utrecht-alert utrecht-alert--warning" id={`${prefix}-stale`} tabIndex={-1} role="alert">
          <div class="utrecht-alert__content">{t('mdTplApplyStale')}</div>
        </div>
      )}
      {general && <Alert kind="error">{general}</Alert>}
      <Choices
        id={`${prefix}-people`}
        legend={t('mdTplApplyWho')}
        hint={t('mdTplApplyWhoHint')}
        error={errors.professionals}
        choices={people.map((p) => ({ value: p.id, label: p.name }))}
        chosen={chosen}
        onToggle={choose}
      />
      {chosen.length > 0 && (
        <ul class="md-changes" aria-live="polite">
          {chosen.map((id) => {
            const history = histories[id];
            if (!history) return <li key={id}>{`${personName(id)}: ${t('mdTplChecking')}`}</li>;
            const latest = history.versions[0];
            if (!latest) return <li key={id}>{t('mdTplApplyEffectFirst', { name: personName(id) })}</li>;
            const counts = tally(diffMandates(shapeOf(latest), terms));
            const same = counts.wider + counts.narrower + counts.neutral === 0;
            return <li key={id}>{same ? t('mdTplApplySame', { name: personName(id) }) : t('mdTplApplyEffect', { name: personName(id), tally: t('mdTally', counts) })}</li>;
          })}
        </ul>
      )}
      <div class="md-editor__when">
        <Field id={`${prefix}-from`} label={t('mdValidFrom')} description={t('mdTplValidFromHint')} error={errors.validFrom}>
          <input
            {...describedBy(`${prefix}-from`, t('mdTplValidFromHint'), errors.validFrom)}
            class="utrecht-textbox utrecht-textbox--html-input"
            type="date"
            aria-required="true"
            value={validFrom}
            onInput={(e) => {
              setValidFrom(e.currentTarget.value);
              setErrors(({ validFrom: _, ...rest }) => rest);
            }}
          />
        </Field>
        <Field id={`${prefix}-reason`} label={t('mdReason')} error={errors.reason}>
          <input
            {...describedBy(`${prefix}-reason`, undefined, errors.reason)}
            class="utrecht-textbox utrecht-textbox--html-input"
            aria-required="true"
            maxLength={1000}
            value={reason}
            onInput={(e) => {
              setReason(e.currentTarget.value);
              setErrors(({ reason: _, ...rest }) => rest);
            }}
          />
        </Field>
      </div>
      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('mdTplApplyButton')}
        </button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(false)}>
          {t('mdCancel')}
        </button>
      </div>
    </form>
  );
}
