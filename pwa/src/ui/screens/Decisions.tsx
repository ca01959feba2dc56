import { useEffect, useState } from 'preact/hooks';
import type { DecisionSummary } from '../../api/client';
import { acknowledgeOutcome, discardRefusedDecision, myDecisions, problemLine, say, syncNow } from '../../app/actions';
import { categories, categoryName, online, outbox, waitingCount } from '../../app/store';
import { amsterdamDate } from '../../domain/period';
import type { OutboxEntry } from '../../storage/db';
import { date, dateTime, money, t } from '../../i18n';
import { href } from '../router';
import { DecisionHead } from '../parts/DecisionHead';
import { Field } from '../parts/Field';
import { StatusBadge } from '../parts/StatusBadge';
import { verdictLabel } from '../parts/VerdictPanel';

const STATUS_FILTERS = {
  all: null,
  waiting: 'awaiting_cosign,awaiting_approval,recorded_urgent',
  final: 'recorded,approved,reviewed',
  stopped: 'rejected,withdrawn',
} as const;
type StatusFilter = keyof typeof STATUS_FILTERS;

/** Months fetched at a time: the API lists oldest first, so the screen asks for a recent window. */
const WINDOW_MONTHS = 3;

function monthsBefore(isoDate: string, months: number): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function Decisions() {
  const [status, setStatus] = useState<StatusFilter>('all');
  const [categoryId, setCategoryId] = useState('');
  const [since, setSince] = useState(() => monthsBefore(amsterdamDate(new Date()), WINDOW_MONTHS - 1));
  const [items, setItems] = useState<DecisionSummary[] | null>(null);
  const [stale, setStale] = useState<string>();
  const [nothingCached, setNothingCached] = useState(false);

  async function load() {
    const { items: found, savedAt, nothingCached: none } = await myDecisions({ status: STATUS_FILTERS[status], categoryId, from: since });
    setItems(found);
    setStale(savedAt);
    setNothingCached(none === true);
  }

  useEffect(() => {
    void load();
  }, [status, categoryId, since, waitingCount.value, online.value]);

  const onPhone = outbox.value.filter((e) => e.state !== 'sent' || e.result?.verdictChanged);

  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('decisionsTitle')}
      </h1>

      {onPhone.length > 0 && (
        <section aria-labelledby="outbox-title" class="outbox">
          <h2 class="utrecht-heading-2" id="outbox-title">
            {t('outboxHeading')}
          </h2>
          <ul class="plain-list">
            {onPhone.map((e) => (
              <OutboxItem key={e.id} entry={e} />
            ))}
          </ul>
          {onPhone.some((e) => e.state === 'waiting') && online.value && (
            <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => void syncNow(true)}>
              {t('sendNow')}
            </button>
          )}
        </section>
      )}

      <div class="filters">
        <Field id="filter-status" label={t('filterStatus')}>
          <select id="filter-status" class="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
            <option value="all">{t('filterAll')}</option>
            <option value="waiting">{t('filterWaiting')}</option>
            <option value="final">{t('filterFinal')}</option>
            <option value="stopped">{t('filterStopped')}</option>
          </select>
        </Field>
        <Field id="filter-category" label={t('filterCategory')}>
          <select id="filter-category" class="utrecht-select utrecht-select--html-select" value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
            <option value="">{t('filterAllCategories')}</option>
            {categories.value.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>

      {stale && <p class="utrecht-paragraph meta">{t('updatedAt', { when: dateTime(stale) })}</p>}
      {items === null && <p class="utrecht-paragraph">{t('loading')}</p>}
      {items?.length === 0 && <p class="utrecht-paragraph">{nothingCached ? t('nothingCached') : t('noDecisions')}</p>}
      <ul class="plain-list decision-list">
        {items?.map((d) => (
          <li key={d.id} class="card decision">
            <DecisionHead decision={d} />
          </li>
        ))}
      </ul>
      {!stale && !nothingCached && items !== null && (
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => setSince(monthsBefore(since, WINDOW_MONTHS))}>
          {t('loadEarlier', { since: date(since) })}
        </button>
      )}
    </section>
  );
}

function OutboxItem({ entry }: { entry: OutboxEntry }) {
  const r = entry.request;
  return (
    <li class="card decision decision--local">
      <span class="decision__title">{r.title}</span>
      <div class="decision__meta">
        <span>{money(r.amountCents)}</span>
        <span>{categoryName(r.categoryId) ?? ''}</span>
        <span>{dateTime(r.decidedAt)}</span>
      </div>
      {entry.state === 'waiting' && (
        <div class="decision__meta">
          <StatusBadge status="waiting" />
          {r.clientVerdict && <span>{verdictLabel(r.clientVerdict)}</span>}
        </div>
      )}
      {entry.state === 'refused' && (
        <div class="utrecht-alert utrecht-alert--error">
          <div class="utrecht-alert__content">
            {t('refusedByServer', { detail: problemLine(entry.problem) })}
            <div>
              <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                onClick={() => void discardRefusedDecision(entry.id)}
              >
                {t('discard')}
              </button>
            </div>
          </div>
        </div>
      )}
      {entry.state === 'sent' && entry.result?.verdictChanged && (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <div class="utrecht-alert__content">
            {t('verdictChanged', { shown: verdictLabel(r.clientVerdict ?? ''), actual: verdictLabel(entry.result.verdict) })}
            <div class="actions">
              <a class="utrecht-link" href={href({ name: 'decision', id: entry.id })}>
                {t('openDetail')}
              </a>
              <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                onClick={async () => {
                  await acknowledgeOutcome(entry.id);
                  say(t('acknowledge'), 'info');
                }}
              >
                {t('acknowledge')}
              </button>
            </div>
          </div>
        </div>
      )}
    </li>
  );
}
