import { useEffect, useState } from 'preact/hooks';
import type { DecisionSummary } from '../../api/client';
import { refreshOutbox, say, syncNow } from '../../app/actions';
import { api, categories, categoryName, me, online, outbox, waitingCount } from '../../app/store';
import { acknowledge, discardRefused } from '../../outbox/outbox';
import { cacheGet, cachePut } from '../../storage/cache';
import type { OutboxEntry } from '../../storage/db';
import { date, dateTime, money, t } from '../../i18n';
import { href } from '../router';
import { StatusBadge } from '../parts/StatusBadge';
import { verdictLabel } from '../parts/VerdictPanel';

const STATUS_FILTERS = {
  all: null,
  waiting: 'awaiting_cosign,awaiting_approval,recorded_urgent',
  final: 'recorded,approved,reviewed',
  stopped: 'rejected,withdrawn',
} as const;
type StatusFilter = keyof typeof STATUS_FILTERS;

export function Decisions() {
  const [status, setStatus] = useState<StatusFilter>('all');
  const [categoryId, setCategoryId] = useState('');
  const [items, setItems] = useState<DecisionSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);

  async function load(more = false) {
    const meId = me.value?.id;
    if (!meId) return;
    const statusValue = STATUS_FILTERS[status];
    const query = {
      professionalId: meId,
      limit: 50,
      ...(statusValue ? { status: statusValue } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(more && cursor ? { cursor } : {}),
    };
    try {
      const answer = await api.GET('/decisions', { params: { query } });
      if (!answer.data) throw new Error(String(answer.response.status));
      const page = answer.data;
      setItems(more ? [...(items ?? []), ...page.items] : page.items);
      setCursor(page.nextCursor ?? null);
      setStale(null);
      if (!more && !statusValue && !categoryId) await cachePut('decisions', page.items);
    } catch {
      // Offline: the last list seen, filtered here.
      const cached = await cacheGet<DecisionSummary[]>('decisions');
      if (cached) {
        const wanted: string[] | null = statusValue ? statusValue.split(',') : null;
        setItems(cached.value.filter((d) => (!wanted || wanted.includes(d.status)) && (!categoryId || d.categoryId === categoryId)));
        setStale(cached.savedAt);
      } else setItems([]);
      setCursor(null);
    }
  }

  useEffect(() => {
    void load();
  }, [status, categoryId, waitingCount.value, online.value]);

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
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="filter-status">
              {t('filterStatus')}
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select id="filter-status" class="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
              <option value="all">{t('filterAll')}</option>
              <option value="waiting">{t('filterWaiting')}</option>
              <option value="final">{t('filterFinal')}</option>
              <option value="stopped">{t('filterStopped')}</option>
            </select>
          </div>
        </div>
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="filter-category">
              {t('filterCategory')}
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select id="filter-category" class="utrecht-select utrecht-select--html-select" value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
              <option value="">{t('filterAllCategories')}</option>
              {categories.value.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      {stale && <p class="utrecht-paragraph meta">{t('updatedAt', { when: dateTime(stale) })}</p>}
      {items === null && <p class="utrecht-paragraph">{t('loading')}</p>}
      {items?.length === 0 && <p class="utrecht-paragraph">{t('noDecisions')}</p>}
      <ul class="plain-list decision-list">
        {items?.map((d) => (
          <li key={d.id} class="card decision">
            <a class="utrecht-link decision__link" href={href({ name: 'decision', id: d.id })}>
              {d.title}
            </a>
            <div class="decision__meta">
              <span>{money(d.amountCents)}</span>
              <span>{categoryName(d.categoryId) ?? ''}</span>
              <span>{date(d.decidedOn)}</span>
            </div>
            <div class="decision__meta">
              <StatusBadge status={d.status} />
              <span>{verdictLabel(d.verdict)}</span>
            </div>
          </li>
        ))}
      </ul>
      {cursor && (
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => void load(true)}>
          {t('loadMore')}
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
            {t('refusedByServer', { detail: [entry.problem?.detail, ...(entry.problem?.errors ?? []).map((e) => `${e.field}: ${e.message}`)].filter(Boolean).join(' ') })}
            <div>
              <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                onClick={async () => {
                  await discardRefused(entry.id);
                  await refreshOutbox();
                }}
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
                  await acknowledge(entry.id);
                  await refreshOutbox();
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
