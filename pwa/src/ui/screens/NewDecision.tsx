import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MandateCheck } from '../../api/client';
import { clientUse, logDecision, say, serverCheck } from '../../app/actions';
import { categories, categoryName, mandate, me, online, outbox } from '../../app/store';
import { lastCategoryKey, proposeTitle, requestTexts, shortEuros } from '../../domain/decision-form';
import { rightInWords } from '../../domain/wording';
import { parseEuros } from '../../domain/money';
import { amsterdamDate } from '../../domain/period';
import { checkOnPhone, type ClientVerdict, type LocalDecision } from '../../domain/client-verdict';
import type { ClientUse } from '../../storage/db';
import { dateTime, lang, t, type MessageKey } from '../../i18n';
import { go } from '../router';
import { Field, describedBy } from '../parts/Field';
import { Precedents } from '../parts/Precedents';
import { VerdictPanel } from '../parts/VerdictPanel';

type FieldName = 'categoryId' | 'amount' | 'clientRef' | 'title' | 'situation' | 'solution' | 'rationale';
// Checked here rather than by the browser (the form is noValidate): one message style, and
// empty fields are not marked invalid before anything was typed. Situation and solution may
// stay empty (see requestTexts); the title is proposed from kind and amount.
const ORDER: FieldName[] = ['categoryId', 'amount', 'clientRef', 'rationale', 'title'];

const empty = {
  categoryId: '',
  amount: '',
  clientRef: '',
  title: '',
  situation: '',
  solution: '',
  rationale: '',
  deviatesFrom: '',
  urgent: false,
};

/** The kind used last on this phone, while it still takes new decisions. */
function lastCategory(): string {
  const id = me.value ? localStorage.getItem(lastCategoryKey(me.value.id)) : null;
  return id && categories.value.some((c) => c.id === id && c.active) ? id : '';
}

export function NewDecision() {
  const [form, setForm] = useState(() => ({ ...empty, categoryId: lastCategory() }));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<{ key: string; result: MandateCheck } | null>(null);
  const [knownClient, setKnownClient] = useState<ClientUse | null>(null);
  const [titleTyped, setTitleTyped] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (name: keyof typeof empty) => (e: Event) => {
    const target = e.currentTarget as HTMLInputElement;
    setForm({ ...form, [name]: target.type === 'checkbox' ? target.checked : target.value });
  };

  const amountCents = parseEuros(form.amount);
  const proposal = proposeTitle(form.categoryId ? categoryName(form.categoryId) : null, amountCents, lang.value);
  const clientRef = form.clientRef.trim();
  const inputKey = `${form.categoryId}|${amountCents}|${clientRef}`;
  const ready = form.categoryId !== '' && amountCents !== null;

  // What the server last said of this client, for the offline per-client cap.
  useEffect(() => {
    let live = true;
    if (clientRef) void clientUse(clientRef).then((c) => live && setKnownClient(c ?? null));
    else setKnownClient(null);
    return () => {
      live = false;
    };
  }, [clientRef]);

  // The verdict worked out on the phone, shown until (or while offline, instead of) the server's.
  const onPhone: ClientVerdict | null = useMemo(() => {
    const m = mandate.value?.value;
    if (!ready || !m) return null;
    const local: LocalDecision[] = outbox.value
      .filter((e) => e.state === 'waiting')
      .map((e) => ({ categoryId: e.request.categoryId, clientRef: e.request.clientRef, amountCents: e.request.amountCents, decidedOn: e.decidedOn }));
    return checkOnPhone({
      mandate: m,
      categoryId: form.categoryId,
      amountCents: amountCents!,
      clientRef,
      decidedOn: amsterdamDate(new Date()),
      local,
      clientUse: knownClient,
    });
  }, [ready, form.categoryId, amountCents, clientRef, knownClient, mandate.value, outbox.value]);

  // Online, the server's check replaces the phone's a moment after typing stops.
  useEffect(() => {
    if (!ready || !clientRef || !online.value) return;
    const timer = setTimeout(() => {
      void serverCheck({ categoryId: form.categoryId, amountCents: amountCents!, clientRef }).then((result) => {
        if (result) setChecked({ key: inputKey, result });
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [inputKey, online.value]);

  const fromServer = checked && checked.key === inputKey && online.value ? checked.result : null;
  const rule = mandate.value?.value.categories.find((c) => c.categoryId === form.categoryId) ?? null;
  const right = rule?.right ?? null;
  const nextLine = form.categoryId && mandate.value ? rightInWords(rule, (c) => shortEuros(c, lang.value), lang.value) : null;

  async function submit(event: Event) {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    for (const name of ORDER) {
      if (name === 'amount') {
        if (amountCents === null) found.amount = t('amountInvalid');
      } else if (name === 'title') {
        if (!form.title.trim() && !proposal) found.title = t('required');
      } else if (!String(form[name]).trim()) found[name] = t('required');
    }
    setErrors(found);
    const first = ORDER.find((n) => found[n]);
    if (first) {
      summaryRef.current?.focus();
      document.getElementById(`f-${first}`)?.focus();
      return;
    }
    setBusy(true);
    // Sent along only when it was the phone's verdict that was shown.
    const clientVerdict = fromServer ? null : (onPhone?.outcome.verdict ?? null);
    if (me.value) localStorage.setItem(lastCategoryKey(me.value.id), form.categoryId);
    const entry = await logDecision(
      {
        categoryId: form.categoryId,
        amountCents: amountCents!,
        clientRef,
        ...requestTexts(form, proposal, t('notDescribed')),
        ...(form.deviatesFrom.trim() ? { deviatesFrom: form.deviatesFrom.trim() } : {}),
        urgent: form.urgent,
      },
      clientVerdict,
    );
    setBusy(false);
    setForm({ ...empty, categoryId: form.categoryId });
    setTitleTyped(false);
    setChecked(null);
    if (entry.state === 'sent') {
      const status = entry.result?.status;
      say(status && status !== 'recorded' ? `${t('savedOnline')} ${t(`status_${status}` as MessageKey)}.` : t('savedOnline'), 'ok');
    }
    else if (entry.state === 'refused') say(t('refusedByServer', { detail: entry.problem?.detail ?? '' }), 'error');
    else say(t('savedOffline'), 'info');
    go({ name: 'decisions' });
  }

  const errorCount = Object.keys(errors).length;
  const text = (name: 'title' | 'clientRef' | 'deviatesFrom', label: string, hint?: string, required = true) => (
    <Field id={`f-${name}`} label={label} description={hint} error={required ? errors[name as FieldName] : null}>
      <input
        {...describedBy(`f-${name}`, hint, required ? errors[name as FieldName] : null)}
        class="utrecht-textbox utrecht-textbox--html-input"
        type="text"
        autocomplete="off"
        aria-required={required}
        maxLength={name === 'title' ? 200 : 500}
        // The proposed title stands in the field until one is typed over it.
        value={name === 'title' && !titleTyped ? proposal : form[name]}
        onInput={(e) => {
          if (name === 'title') setTitleTyped(true);
          set(name)(e);
        }}
      />
    </Field>
  );
  const area = (name: 'situation' | 'solution' | 'rationale', label: string, required: boolean, hint?: string) => (
    <Field id={`f-${name}`} label={label} description={hint} error={errors[name]}>
      <textarea
        {...describedBy(`f-${name}`, hint, errors[name])}
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows={required ? 3 : 2}
        aria-required={required}
        maxLength={4000}
        value={form[name]}
        onInput={set(name)}
      />
    </Field>
  );

  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('newTitle')}
      </h1>
      <form class="form" onSubmit={submit} noValidate>
        <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
          {errorCount > 0 && (
            <div class="utrecht-alert utrecht-alert--error">
              <div class="utrecht-alert__content">{t('fixFields')}</div>
            </div>
          )}
        </div>
        <Field id="f-categoryId" label={t('category')} error={errors.categoryId}>
          <select {...describedBy('f-categoryId', undefined, errors.categoryId)} class="utrecht-select utrecht-select--html-select" aria-required="true" value={form.categoryId} onChange={set('categoryId')}>
            <option value="">{t('categoryChoose')}</option>
            {categories.value
              .filter((c) => c.active)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </Field>
        <Field id="f-amount" label={t('amount')} description={t('amountHint')} error={errors.amount}>
          <input
            {...describedBy('f-amount', t('amountHint'), errors.amount)}
            class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric"
            type="text"
            inputMode="decimal"
            autocomplete="off"
            aria-required="true"
            value={form.amount}
            onInput={set('amount')}
          />
        </Field>
        {text('clientRef', t('clientRef'), t('clientRefHint'))}

        <div class="live-verdict" aria-live="polite" aria-atomic="true">
          <h2 class="utrecht-heading-2 live-verdict__title">{t('verdictHeading')}</h2>
          {fromServer ? (
            <VerdictPanel verdict={fromServer.verdict} lines={fromServer.explanation.map((l) => ({ ...l, scope: scopeOf(l.rule, fromServer) }))} right={right} extraNote={t('verdictServer')} nextLine={nextLine} />
          ) : onPhone ? (
            <VerdictPanel
              verdict={onPhone.outcome.verdict}
              lines={onPhone.outcome.explanation}
              right={right}
              nextLine={nextLine}
              clientVerdictNote={t('clientVerdictNote', { when: dateTime(mandate.value!.savedAt) })}
              extraNote={onPhone.clientUseKnown ? null : t('clientUseUnknown')}
            />
          ) : (
            <p class="utrecht-paragraph meta">{t('verdictWaiting')}</p>
          )}
        </div>
        {ready && <Precedents categoryId={form.categoryId} amountCents={amountCents!} />}

        {area('rationale', t('rationale'), true, t('rationaleHint'))}
        {text('title', t('titleField'), t('titleHint'))}
        {area('situation', t('situationOptional'), false)}
        {area('solution', t('solutionOptional'), false, t('solutionHint'))}
        {text('deviatesFrom', t('deviatesFrom'), undefined, false)}
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <div class="utrecht-form-field__input">
            <input id="f-urgent" class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" checked={form.urgent} onChange={set('urgent')} aria-describedby="f-urgent-hint" />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="f-urgent">
              {t('urgent')}
            </label>
          </div>
          <div class="utrecht-form-field__description utrecht-form-field-description" id="f-urgent-hint">
            {t('urgentHint')}
          </div>
        </div>
        <button class="utrecht-button utrecht-button--primary-action utrecht-button--submit wide" type="submit" disabled={busy} aria-busy={busy}>
          {t('submit')}
        </button>
      </form>
    </section>
  );
}

/** The period a server line is about, from the check's own period and date. */
function scopeOf(rule: string, result: MandateCheck): string | null {
  if (rule === 'category_period_limit' || rule === 'total_period_limit') return result.period.label;
  if (rule === 'client_year_limit') return result.decidedOn.slice(0, 4);
  if (rule === 'team_pot') return mandate.value?.value.teamPot?.period.label ?? null;
  return null;
}
