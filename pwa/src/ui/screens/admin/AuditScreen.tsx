import { useEffect, useState } from 'preact/hooks';
import { listAuditEvents, verifyAuditChain, type AuditEvent } from '../../../app/audit';
import { listCategories, listTeams, listUsers, type User } from '../../../app/organisation';
import { isAdmin, isController } from '../../../app/store';
import {
  AUDIT_ENTITY_TYPES,
  NO_FILTERS,
  actionKey,
  actionsFor,
  auditQuery,
  chainVerdict,
  describeValue,
  detailRows,
  entityKey,
  fieldKey,
  idWords,
  periodReversed,
  subjectId,
  type AuditFilters,
  type ChainVerdict,
  type ValueWords,
} from '../../../domain/audit-events';
import { byName } from '../../../domain/admin-forms';
import { dateTime, has, lang, money, t } from '../../../i18n';
import { DateWords } from '../../parts/DateWords';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { href } from '../../router';
import { Alert, problemText, roleWords } from './common';

/** Events per page: a screenful on a desktop, a few swipes on a phone. */
const PAGE = 25;

const words = (code: string, fallback: string) => (has(code) ? t(code) : fallback);
const actionWords = (action: string) => words(actionKey(action), action);
const entityWords = (entityType: string) => words(entityKey(entityType), entityType);
const fieldWords = (field: string) => words(fieldKey(field), field);

export const AuditScreen = steeringScreen('steeringAudit', () => isController.value || isAdmin.value, AuditTrail);

function AuditTrail() {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [users, setUsers] = useState<User[]>([]);
  const [applied, setApplied] = useState<AuditFilters>(NO_FILTERS);
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [objectName, setObjectName] = useState('');

  // Names for the ids in the trail; whatever cannot be read stays a short id.
  useEffect(() => {
    void Promise.allSettled([listUsers(), listTeams(), listCategories()]).then(([us, ts, cs]) => {
      const map = new Map<string, string>();
      for (const r of [us, ts, cs]) if (r.status === 'fulfilled') for (const x of r.value) map.set(x.id, x.name);
      setNames(map);
      if (us.status === 'fulfilled') setUsers(byName(us.value));
    });
  }, []);

  async function load(filters: AuditFilters, after: string | null) {
    setBusy(true);
    try {
      const page = await listAuditEvents(auditQuery(filters, PAGE, after));
      setEvents((before) => [...(after && before ? before : []), ...page.items]);
      setCursor(page.nextCursor ?? null);
      setError(null);
      // The last page took the "more" button away: keep focus in the list, on its count.
      if (after && !page.nextCursor) requestAnimationFrame(() => document.getElementById('audit-count')?.focus());
    } catch (e) {
      setError(t('auLoadFailed', { detail: problemText(e) }));
      if (!after) setEvents([]);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    setOpen(new Set());
    void load(applied, null);
  }, [applied]);

  const valueWords: ValueWords = {
    name: (id) => names.get(id) ?? null,
    money,
    code: (field, value) => {
      if (field === 'roles') return roleWords(value);
      const key = { status: `status_${value}`, verdict: `verdict_${value}`, clientVerdict: `verdict_${value}`, right: `auRight_${value}`, period: `auPeriod_${value}` }[field] ?? '';
      return has(key) ? t(key) : null;
    },
    label: fieldWords,
    yes: t('auYes'),
    no: t('auNo'),
    none: t('auNone'),
    lead: t('auLead'),
  };
  const actor = (id: string | null | undefined) => (id ? idWords(id, valueWords) : t('auSystem'));
  const entity = (e: AuditEvent) => {
    const subject = subjectId(e, (id) => names.has(id));
    return subject ? `${entityWords(e.entityType)}: ${idWords(subject, valueWords)}` : entityWords(e.entityType);
  };

  function onlyObject(e: AuditEvent) {
    if (!e.entityId) return;
    const next = { ...NO_FILTERS, entityType: e.entityType, entityId: e.entityId };
    setObjectName(entity(e));
    setDraft(next);
    setApplied(next);
  }

  const reversed = periodReversed(draft);
  const set = (name: keyof AuditFilters) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    const next = { ...draft, [name]: value };
    // An action belongs to one kind of object: a new kind drops an action of another.
    if (name === 'entityType' && next.action && !actionsFor(value).includes(next.action)) next.action = '';
    setDraft(next);
  };

  return (
    <>
      <p class="utrecht-paragraph">{t('auIntro')}</p>
      <Verify />

      <form
        class="filters audit-filters"
        aria-labelledby="audit-filters-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!reversed) setApplied({ ...draft });
        }}
      >
        <h2 class="utrecht-heading-2 audit-filters__title" id="audit-filters-title">
          {t('auFilters')}
        </h2>
        <Field id="au-entity" label={t('auFilterEntity')}>
          <select {...describedBy('au-entity')} class="utrecht-select utrecht-select--html-select" value={draft.entityType} onChange={set('entityType')}>
            <option value="">{t('auFilterAll')}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityWords(type)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="au-action" label={t('auFilterAction')}>
          <select {...describedBy('au-action')} class="utrecht-select utrecht-select--html-select" value={draft.action} onChange={set('action')}>
            <option value="">{t('auFilterAll')}</option>
            {actionsFor(draft.entityType).map((action) => (
              <option key={action} value={action}>
                {actionWords(action)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="au-actor" label={t('auFilterActor')}>
          <select {...describedBy('au-actor')} class="utrecht-select utrecht-select--html-select" value={draft.actorId} onChange={set('actorId')}>
            <option value="">{t('auFilterAllActors')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="au-from" label={t('auFilterFrom')}>
          <input {...describedBy('au-from')} class="utrecht-textbox utrecht-textbox--html-input" type="date" lang={lang.value} value={draft.fromDate} onChange={set('fromDate')} />
          <DateWords value={draft.fromDate} />
        </Field>
        <Field id="au-to" label={t('auFilterTo')} error={reversed ? t('auPeriodReversed') : null}>
          <input {...describedBy('au-to', undefined, reversed ? t('auPeriodReversed') : null)} class="utrecht-textbox utrecht-textbox--html-input" type="date" lang={lang.value} value={draft.toDate} onChange={set('toDate')} />
          <DateWords value={draft.toDate} />
        </Field>
        {draft.entityId && (
          <p class="utrecht-paragraph audit-filters__object">
            {t('auFilterObject', { name: objectName || `${entityWords(draft.entityType)}: ${idWords(draft.entityId, valueWords)}` })}
          </p>
        )}
        <div class="actions audit-filters__actions">
          <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy || reversed}>
            {t('auFilterApply')}
          </button>
          <button
            class="utrecht-button utrecht-button--secondary-action"
            type="button"
            onClick={() => {
              setDraft(NO_FILTERS);
              setApplied(NO_FILTERS);
            }}
          >
            {t('auFilterClear')}
          </button>
        </div>
      </form>

      <h2 class="utrecht-heading-2 admin-h2" id="audit-list-title">
        {t('auListTitle')}
      </h2>
      <p class="utrecht-paragraph meta">{t('auOrder')}</p>
      {error && <Alert kind="error">{error}</Alert>}
      {events === null && <p class="utrecht-paragraph">{t('loading')}</p>}
      {events?.length === 0 && !error && <p class="utrecht-paragraph">{t('auNoEvents')}</p>}
      {events && events.length > 0 && (
        <table class="audit-table" aria-labelledby="audit-list-title">
          <thead>
            <tr>
              <th scope="col">{t('auColSeq')}</th>
              <th scope="col">{t('auColWhen')}</th>
              <th scope="col">{t('auColWho')}</th>
              <th scope="col">{t('auColAction')}</th>
              <th scope="col">{t('auColEntity')}</th>
              <th scope="col">{t('auColDetails')}</th>
            </tr>
          </thead>
          {events.map((e) => {
            const shown = open.has(e.id);
            return (
              <tbody key={e.id} class="audit-event">
                <tr>
                  <td class="audit-event__seq" data-label={t('auColSeq')}>
                    {e.seq}
                  </td>
                  <td data-label={t('auColWhen')}>
                    <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time>
                  </td>
                  <td data-label={t('auColWho')}>{actor(e.actorId)}</td>
                  <td class="audit-event__action" data-label={t('auColAction')}>
                    {actionWords(e.action)}
                  </td>
                  <td data-label={t('auColEntity')}>{entity(e)}</td>
                  <td class="audit-event__toggle">
                    <button
                      class="utrecht-button utrecht-button--secondary-action"
                      type="button"
                      aria-expanded={shown}
                      {...(shown ? { 'aria-controls': `au-details-${e.id}` } : {})}
                      onClick={() => {
                        const next = new Set(open);
                        if (shown) next.delete(e.id);
                        else next.add(e.id);
                        setOpen(next);
                      }}
                    >
                      {t(shown ? 'auHideDetails' : 'auShowDetails')}
                      <span class="visually-hidden"> {t('auOfEvent', { seq: e.seq })}</span>
                    </button>
                  </td>
                </tr>
                {shown && (
                  <tr class="audit-event__details" id={`au-details-${e.id}`}>
                    <td colSpan={6}>
                      <Details event={e} valueWords={valueWords} onOnlyObject={() => onlyObject(e)} />
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      )}
      {events && events.length > 0 && (
        <p class="utrecht-paragraph meta" id="audit-count" tabIndex={-1} role="status">
          {t(cursor ? 'auShownMore' : 'auShownAll', { count: events.length })}
        </p>
      )}
      {cursor && (
        <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={busy} aria-busy={busy} onClick={() => void load(applied, cursor)}>
          {t('auMore')}
        </button>
      )}
    </>
  );
}

function Details({ event, valueWords, onOnlyObject }: { event: AuditEvent; valueWords: ValueWords; onOnlyObject: () => void }) {
  const rows = detailRows(event.details);
  const changes = rows.filter((r) => r.value === undefined);
  const values = rows.filter((r) => r.value !== undefined);
  const hasBefore = changes.some((r) => 'before' in r);
  const say = (v: unknown, field: string) => describeValue(v, field, valueWords);
  return (
    <div class="audit-details">
      {rows.length === 0 && <p class="utrecht-paragraph meta">{t('auNoDetails')}</p>}
      {values.length > 0 && (
        <dl class="audit-details__values">
          {values.map((r) => (
            <div key={r.field}>
              <dt>{fieldWords(r.field)}</dt>
              <dd class="audit-value">{say(r.value, r.field)}</dd>
            </div>
          ))}
        </dl>
      )}
      {changes.length > 0 && (
        <table class="audit-changes">
          <caption class="visually-hidden">{t('auChangesOf', { seq: event.seq })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auField')}</th>
              {hasBefore && <th scope="col">{t('auBefore')}</th>}
              <th scope="col">{hasBefore ? t('auAfter') : t('auValue')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((r) => (
              <tr key={r.field} class={hasBefore && r.changed ? 'audit-changes__changed' : ''}>
                <th scope="row">
                  {fieldWords(r.field)}
                  {hasBefore && r.changed && <span class="visually-hidden"> ({t('auChanged')})</span>}
                </th>
                {hasBefore && <td class="audit-value">{'before' in r ? say(r.before, r.field) : <span class="meta">{t('auNotRecorded')}</span>}</td>}
                <td class="audit-value">{'after' in r ? say(r.after, r.field) : <span class="meta">{t('auNotRecorded')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="utrecht-paragraph meta audit-details__hash">
        {t('auHash', { hash: event.hash.slice(0, 16), prev: event.prevHash.slice(0, 16) })}
      </p>
      <div class="actions">
        {event.entityId && (
          <button class="utrecht-button utrecht-button--subtle" type="button" onClick={onOnlyObject}>
            {t('auOnlyThisObject')}
          </button>
        )}
        {event.entityType === 'decision' && event.entityId && (
          <a class="utrecht-link" href={href({ name: 'decision', id: event.entityId })}>
            {t('auOpenDecision')}
          </a>
        )}
      </div>
    </div>
  );
}

/** The chain check: a plain sentence, an error alert when the chain is broken. */
function Verify() {
  const [result, setResult] = useState<ChainVerdict | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setFailed(null);
    try {
      setResult(chainVerdict(await verifyAuditChain()));
    } catch (e) {
      setResult(null);
      setFailed(t('auVerifyFailed', { detail: problemText(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="audit-verify" aria-labelledby="audit-verify-title">
      <h2 class="utrecht-heading-2" id="audit-verify-title">
        {t('auVerifyTitle')}
      </h2>
      <p class="utrecht-paragraph meta">{t('auVerifyIntro')}</p>
      <button class="utrecht-button utrecht-button--primary-action" type="button" disabled={busy} aria-busy={busy} onClick={() => void verify()}>
        {busy ? t('auVerifying') : t('auVerify')}
      </button>
      <div class="audit-verify__result" aria-live="polite">
        {result?.intact && <Alert kind="ok">{t('auChainIntact', { count: result.checked })}</Alert>}
        {result && !result.intact && (
          <div class="utrecht-alert utrecht-alert--error" role="alert">
            <div class="utrecht-alert__content">
              {result.firstInvalid !== null ? t('auChainBroken', { seq: result.firstInvalid, count: result.checked }) : t('auChainBrokenSomewhere', { count: result.checked })}
            </div>
          </div>
        )}
        {failed && <Alert kind="error">{failed}</Alert>}
      </div>
    </section>
  );
}
