import { useEffect, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { createMandateVersion, type MandateVersion } from '../../../app/mandates';
import type { Category, User } from '../../../app/organisation';
import { asNamed } from '../../../app/save-flow';
import { diffMandates, tally, type MandateShape } from '../../../domain/mandate-diff';
import { readTerms, readVersion, rebaseForm, shapeOf, versionForm, type VersionForm } from '../../../domain/mandate-form';
import { date, lang, t } from '../../../i18n';
import { DateWords } from '../../parts/DateWords';
import { Field, describedBy } from '../../parts/Field';
import { useSaveFlow } from '../../parts/save-flow';
import { Alert } from '../admin/common';
import { CompareTable } from './Changes';
import { TermsEditor } from './TermsEditor';
import { saveWords, serverWords, termsProblemWords } from './words';

interface Props {
  user: User;
  /** The newest version: the "before" of the comparison and the start of the form. */
  latest: MandateVersion | null;
  /** Its ETag, sent as If-Match so a change made meanwhile by someone else is not overwritten. */
  etag: string | null;
  categories: Category[];
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
 * the other user changed is undone unseen.
 */
export function VersionEditor({ user, latest, etag, categories, category, today, reload, onSaved, onCancel }: Props) {
  const [form, setForm] = useState<VersionForm>(() => versionForm(latest, today));
  const { errors, general, stale, busy, formRef, save, clear } = useSaveFlow<string>(saveWords());
  // What someone else changed meanwhile, said once the form has moved onto it.
  const [staleText, setStaleText] = useState('');
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
    clear(...fields);
  };

  function submit(e: Event) {
    e.preventDefault();
    const { request, problems } = readVersion(form, before);
    void save(
      {
        check: () => termsProblemWords(problems),
        send: () => (request ? createMandateVersion(user.id, request, etag) : null),
        field: asNamed,
        words: serverWords,
      },
      {
        saved: async (version) => {
          await onSaved(version.id);
          say(t('mdSaved', { name: user.name, date: date(version.validFrom) }));
        },
        stale: async () => {
          const fresh = await reload();
          const newest = fresh?.versions[0];
          if (newest) {
            const now = shapeOf(newest);
            setForm((f) => rebaseForm(f, startedFrom, now));
            setStartedFrom(now);
          }
          setStaleText(newest ? t('mdStale', { name: user.name, reason: newest.reason, date: date(newest.validFrom) }) : t('mdStaleUnknown'));
          requestAnimationFrame(() => document.getElementById('md-stale')?.focus());
        },
      },
    );
  }

  const fromHint = latest ? t('mdValidFromHint', { date: date(latest.validFrom) }) : t('mdValidFromHintFirst');
  return (
    <form class="form md-editor" ref={formRef} onSubmit={submit} noValidate aria-labelledby="md-editor-title">
      <h2 class="utrecht-heading-2" id="md-editor-title">
        {t('mdEditorTitle')}
      </h2>
      {stale && staleText && (
        <div class="utrecht-alert utrecht-alert--warning" id="md-stale" tabIndex={-1} role="alert">
          <div class="utrecht-alert__content">{staleText}</div>
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
            lang={lang.value}
            onInput={(e) => update({ ...form, validFrom: e.currentTarget.value }, ['validFrom'])}
          />
          <DateWords value={form.validFrom} />
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
