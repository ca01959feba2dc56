import { useEffect, useRef, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { api } from '../../../app/store';
import { diffMandates, tally, type MandateShape } from '../../../domain/mandate-diff';
import { readTerms, readVersion, rebaseForm, serverProblem, shapeOf, versionForm, type VersionForm } from '../../../domain/mandate-form';
import { date, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { Alert, dataOf, isStale, problemOf, problemText, type CategoryItem, type Person } from '../admin/common';
import { CompareTable } from './Changes';
import type { MandateVersion } from './data';
import { TermsEditor, type FieldErrors } from './TermsEditor';
import { problemWords } from './words';

interface Props {
  person: Person;
  /** The newest version: the "before" of the comparison and the start of the form. */
  latest: MandateVersion | null;
  /** Its ETag, sent as If-Match so a change made meanwhile by someone else is not overwritten. */
  etag: string | null;
  categories: CategoryItem[];
  category: (id: string) => string;
  today: string;
  /** Fetches the newest version again; the parent passes it back in as `latest` and `etag`. */
  reload: () => Promise<{ versions: MandateVersion[] } | null>;
  onSaved: (versionId: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * A new mandate version, made from the newest one. The before/after table follows every
 * keystroke. A version someone else saved meanwhile (412) becomes the new "before", and the
 * form moves onto it keeping only the lead's own changes: nothing typed is lost and nothing
 * the other person changed is undone unseen.
 */
export function VersionEditor({ person, latest, etag, categories, category, today, reload, onSaved, onCancel }: Props) {
  const [form, setForm] = useState<VersionForm>(() => versionForm(latest, today));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const before = latest ? { ...shapeOf(latest), validFrom: latest.validFrom } : undefined;
  // The version the form's terms were last laid on: a 412 moves the form from it to the newer one.
  const [startedFrom, setStartedFrom] = useState<MandateShape | undefined>(before);
  const preview = readTerms(form, before).terms;
  const counts = preview ? tally(diffMandates(before, preview)) : null;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const update = (next: VersionForm, fields: string[]) => {
    setForm(next);
    if (fields.length > 0) setErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([k]) => !fields.includes(k))));
  };

  function showErrors(byField: FieldErrors) {
    setErrors(byField);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function save(e: Event) {
    e.preventDefault();
    setGeneral(null);
    const { request, problems } = readVersion(form, before);
    if (!request) {
      setGeneral(t('mdFixFields'));
      return showErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, problemWords(p) ?? p])));
    }
    setBusy(true);
    try {
      const answer = await api.POST('/users/{id}/mandate/versions', {
        params: { path: { id: person.id }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
        body: request,
      });
      const version = dataOf(answer);
      setStale(null);
      await onSaved(version.id);
      say(t('mdSaved', { name: person.name, date: date(version.validFrom) }));
    } catch (err) {
      if (isStale(err)) {
        const fresh = await reload();
        const newest = fresh?.versions[0];
        if (newest) {
          const now = shapeOf(newest);
          setForm((f) => rebaseForm(f, startedFrom, now));
          setStartedFrom(now);
        }
        setStale(newest ? t('mdStale', { name: person.name, reason: newest.reason, date: date(newest.validFrom) }) : t('mdStaleUnknown'));
        requestAnimationFrame(() => document.getElementById('md-stale')?.focus());
        return;
      }
      const problem = problemOf(err);
      const byField: FieldErrors = {};
      for (const { field, message } of problem?.errors ?? []) {
        const known = serverProblem(message);
        byField[field] = known ? (problemWords(known) ?? message) : message;
      }
      setGeneral(Object.keys(byField).length > 0 ? t('mdFixFields') : t('mdSaveFailed', { detail: problemText(err) }));
      showErrors(byField);
    } finally {
      setBusy(false);
    }
  }

  const fromHint = latest ? t('mdValidFromHint', { date: date(latest.validFrom) }) : t('mdValidFromHintFirst');
  return (
    <form class="form md-editor" ref={formRef} onSubmit={save} noValidate aria-labelledby="md-editor-title">
      <h2 class="utrecht-heading-2" id="md-editor-title">
        {t('mdEditorTitle')}
      </h2>
      {stale && (
        <div class="utrecht-alert utrecht-alert--warning" id="md-stale" tabIndex={-1} role="alert">
          <div class="utrecht-alert__content">{stale}</div>
        </div>
      )}
      {general && <Alert kind="error">{general}</Alert>}
      <div class="md-editor__when">
        <Field id="md-valid-from" label={t('mdValidFrom')} description={fromHint} error={errors.validFrom}>
          <input
            {...describedBy('md-valid-from', fromHint, errors.validFrom)}
            class="utrecht-textbox utrecht-textbox--html-input"
            type="date"
            aria-required="true"
            {...(latest ? { min: latest.validFrom } : {})}
            value={form.validFrom}
            onInput={(e) => update({ ...form, validFrom: e.currentTarget.value }, ['validFrom'])}
          />
        </Field>
        <Field id="md-reason" label={t('mdReason')} description={t('mdReasonHint')} error={errors.reason}>
          <textarea
            {...describedBy('md-reason', t('mdReasonHint'), errors.reason)}
            class="utrecht-textarea utrecht-textarea--html-textarea"
            aria-required="true"
            rows={2}
            maxLength={1000}
            value={form.reason}
            onInput={(e) => update({ ...form, reason: e.currentTarget.value }, ['reason'])}
          />
        </Field>
      </div>
      <TermsEditor id="md-terms" form={form} errors={errors} categories={categories} category={category} level={3} onChange={(terms, fields) => update({ ...form, ...terms }, fields)} />

      <section class="md-compare-section" aria-labelledby="md-compare-title">
        <h3 class="heading-3" id="md-compare-title">
          {t('mdCompare')}
        </h3>
        <p class="utrecht-paragraph meta" aria-live="polite">
          {counts ? (counts.wider + counts.narrower + counts.neutral === 0 ? t('mdNothingChanged') : t('mdTally', counts)) : ''}
        </p>
        {preview ? <CompareTable before={before} after={preview} category={category} /> : <p class="utrecht-paragraph meta">{t('mdFixFields')}</p>}
      </section>

      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('mdSave')}
        </button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={onCancel}>
          {t('mdCancel')}
        </button>
      </div>
    </form>
  );
}
