import { useEffect, useState } from 'preact/hooks';
import type { Versioned } from '../../../api/answer';
import { say } from '../../../app/actions';
import { applyTemplate, createTemplate, listMandateVersions, listTemplates, updateTemplate, type MandateTemplate, type MandateVersion } from '../../../app/mandates';
import { listCategories, listTeams, listUsers, type Category, type User } from '../../../app/organisation';
import { asNamed, type Errors } from '../../../app/save-flow';
import { mayManageMandates, me } from '../../../app/store';
import { byName, namer, toggle } from '../../../domain/admin-forms';
import { diffMandates, tally } from '../../../domain/mandate-diff';
import { readTerms, shapeOf, termsForm, type TermsForm } from '../../../domain/mandate-form';
import { manageableUsers } from '../../../domain/mandate-users';
import { amsterdamDate } from '../../../domain/period';
import { lang, t } from '../../../i18n';
import { DateWords } from '../../parts/DateWords';
import { Field, describedBy } from '../../parts/Field';
import { useSaveFlow } from '../../parts/save-flow';
import { steeringScreen } from '../../parts/SteeringScreen';
import { Alert, Choices, problemText } from '../admin/common';
import { TermsEditor } from './TermsEditor';
import { TermsSummary } from './TermsSummary';
import { problemWords, saveWords, serverWords, termsProblemWords } from './words';
import './mandates.css';

export const TemplatesScreen = steeringScreen('steeringTemplates', () => mayManageMandates.value, Templates);

interface SetUp {
  templates: MandateTemplate[];
  categories: Category[];
  /** The users whose mandates this user sets: the ones a template can be applied to. */
  users: User[];
}

type Open = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'apply'; id: string } | null;

function Templates() {
  const [data, setData] = useState<SetUp | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  async function reload() {
    try {
      const [templates, categories, users, teams] = await Promise.all([listTemplates(), listCategories(), listUsers(), listTeams()]);
      setData({ templates: byName(templates), categories, users: me.value ? manageableUsers(users, teams, me.value) : [] });
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
                  <ApplyForm template={tpl} users={data.users} onDone={(applied) => closed(applied, `template-${tpl.id}`)} />
                ) : (
                  <div class="actions">
                    <button class="utrecht-button utrecht-button--primary-action" type="button" disabled={data.users.length === 0} onClick={() => setOpen({ kind: 'apply', id: tpl.id })}>
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

/** A new template, or a change to one: its name, description and terms. */
function TemplateEditor({ template, categories, category, onDone }: { template?: MandateTemplate; categories: Category[]; category: (id: string) => string; onDone: (savedId: string | null) => void }) {
  const base = template ? shapeOf(template) : undefined;
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [terms, setTerms] = useState<TermsForm>(() => termsForm(base));
  const { errors, general, busy, formRef, save, clear } = useSaveFlow<string>(saveWords());
  const prefix = template ? `template-edit-${template.id}` : 'template-create';

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  function submit(e: Event) {
    e.preventDefault();
    const read = readTerms(terms, base);
    void save(
      {
        check: () => {
          const local = termsProblemWords(read.problems);
          if (!name.trim()) local.name = problemWords('required') ?? '';
          return local;
        },
        send: () => {
          if (!read.terms) return null;
          const body = { name: name.trim(), description: description.trim(), ...read.terms };
          return template ? updateTemplate(template.id, body) : createTemplate(body);
        },
        field: asNamed,
        words: serverWords,
      },
      {
        saved: (saved) => {
          say(t('mdTplSaved', { name: saved.name }));
          onDone(saved.id);
        },
      },
    );
  }

  return (
    <form class="form md-editor" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
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
              clear('name');
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
              clear('description');
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
          clear(...fields);
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

/**
 * A template applied to several users at once. Each chosen user's newest version is fetched
 * with its ETag, so the form can say what the template changes for them and the server can
 * refuse (412) if someone else changed one of those mandates meanwhile.
 */
function ApplyForm({ template, users, onDone }: { template: MandateTemplate; users: User[]; onDone: (applied: boolean) => void }) {
  const today = amsterdamDate(new Date());
  const [chosen, setChosen] = useState<string[]>([]);
  const [histories, setHistories] = useState<Record<string, Versioned<MandateVersion[]>>>({});
  const [validFrom, setValidFrom] = useState(today);
  const [reason, setReason] = useState(t('mdTplDefaultReason', { name: template.name }));
  const { errors, general, stale, busy, formRef, save, clear } = useSaveFlow<string>(saveWords());
  const prefix = `apply-${template.id}`;
  const terms = shapeOf(template);
  const userName = namer(users);

  async function fetchHistory(id: string) {
    const history = await listMandateVersions(id).catch(() => null);
    if (history) setHistories((h) => ({ ...h, [id]: history }));
  }

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  function choose(id: string, on: boolean) {
    setChosen((c) => toggle(c, id, on));
    clear('professionals');
    if (on && !histories[id]) void fetchHistory(id);
  }

  function check(): Errors<string> {
    const local: Errors<string> = {};
    if (chosen.length === 0) local.professionals = t('mdTplApplyNobody');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom)) local.validFrom = problemWords('date') ?? '';
    else if (chosen.some((id) => (histories[id]?.value[0]?.validFrom ?? '') > validFrom)) local.validFrom = problemWords('beforeLatest') ?? '';
    if (!reason.trim()) local.reason = problemWords('required') ?? '';
    return local;
  }

  function submit(e: Event) {
    e.preventDefault();
    // Each user's mandate goes with the version the form showed for it.
    const professionals = chosen.map((userId) => {
      const etag = histories[userId]?.etag;
      return etag ? { userId, ifMatch: etag } : { userId };
    });
    void save(
      {
        check,
        send: () => applyTemplate(template.id, { validFrom, reason: reason.trim(), professionals }),
        // Errors about one user (`professionals[2].userId`) belong to the group of users.
        field: (f) => (f.startsWith('professionals') ? 'professionals' : f),
        words: serverWords,
      },
      {
        saved: (applied) => {
          say(t('mdTplApplied', { name: template.name, count: applied.versions.length }));
          onDone(true);
        },
        stale: async () => {
          await Promise.all(chosen.map(fetchHistory));
          requestAnimationFrame(() => document.getElementById(`${prefix}-stale`)?.focus());
        },
      },
    );
  }

  return (
    <form class="form md-apply" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
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
        id={`${prefix}-users`}
        legend={t('mdTplApplyWho')}
        hint={t('mdTplApplyWhoHint')}
        error={errors.professionals}
        choices={users.map((u) => ({ value: u.id, label: u.name }))}
        chosen={chosen}
        onToggle={choose}
      />
      {chosen.length > 0 && (
        <ul class="md-changes" aria-live="polite">
          {chosen.map((id) => {
            const history = histories[id];
            if (!history) return <li key={id}>{`${userName(id)}: ${t('mdTplChecking')}`}</li>;
            const latest = history.value[0];
            if (!latest) return <li key={id}>{t('mdTplApplyEffectFirst', { name: userName(id) })}</li>;
            const counts = tally(diffMandates(shapeOf(latest), terms));
            const same = counts.wider + counts.narrower + counts.neutral === 0;
            return <li key={id}>{same ? t('mdTplApplySame', { name: userName(id) }) : t('mdTplApplyEffect', { name: userName(id), tally: t('mdTally', counts) })}</li>;
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
            lang={lang.value}
            onInput={(e) => {
              setValidFrom(e.currentTarget.value);
              clear('validFrom');
            }}
          />
          <DateWords value={validFrom} />
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
              clear('reason');
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
