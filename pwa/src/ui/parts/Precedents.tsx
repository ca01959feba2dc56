import { useEffect, useState } from 'preact/hooks';
import { precedents, type Found, type Precedent } from '../../app/learning';
import { categoryName } from '../../app/store';
import { date, dateTime, money, t, type MessageKey } from '../../i18n';
import { href } from '../router';
import { verdictLabel } from './VerdictPanel';

/**
 * The closest earlier decisions for the kind and amount being considered: how they worked out
 * and what the lead learned. Anonymised by the server (never a client reference or a name).
 */
export function Precedents({ categoryId, amountCents }: { categoryId: string; amountCents: number }) {
  const [found, setFound] = useState<Found<Precedent> | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // A moment after typing stops, as the server's check.
    const timer = setTimeout(() => {
      void precedents(categoryId, amountCents).then((f) => live && setFound(f));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [categoryId, amountCents]);

  return (
    <section class="precedents" aria-labelledby="precedents-title">
      <h2 class="utrecht-heading-2" id="precedents-title">
        {t('precedentsTitle')}
      </h2>
      {found === undefined ? (
        <p class="utrecht-paragraph meta">{t('loading')}</p>
      ) : found === null ? (
        <p class="utrecht-paragraph meta">{t('precedentsNoneOffline')}</p>
      ) : (
        <>
          {found.savedAt && <p class="utrecht-paragraph meta">{t('precedentsOffline', { when: dateTime(found.savedAt) })}</p>}
          {found.items.length === 0 ? (
            <p class="utrecht-paragraph meta">{t('precedentsNone')}</p>
          ) : (
            <ul class="plain-list">
              {found.items.map((p, i) => (
                <PrecedentCard key={p.decisionId ?? `${p.decidedOn}-${i}`} p={p} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function PrecedentCard({ p }: { p: Precedent }) {
  const outcome = p.outcome ? t(`outcome_${p.outcome}` as MessageKey) : t('outcomeNone');
  return (
    <li class="card precedent">
      <p class="precedent__title">
        {p.title && p.decisionId ? (
          <a class="utrecht-link tap" href={href({ name: 'decision', id: p.decisionId })}>
            {p.title}
          </a>
        ) : (
          <strong>{p.title ?? t('precedentAnonymous')}</strong>
        )}
      </p>
      <div class="decision__meta">
        <strong>{money(p.amountCents)}</strong>
        <span>{categoryName(p.categoryId) ?? ''}</span>
        <span>{t('precedentDecided', { date: date(p.decidedOn) })}</span>
      </div>
      <p class="precedent__outcome">
        {verdictLabel(p.verdict)} · {outcome}
        {p.reviewOutcome && ` · ${t(`review_${p.reviewOutcome}` as MessageKey)}`}
      </p>
      {p.learning && (
        <blockquote class="precedent__learning">
          <span class="precedent__label">{t('precedentLearning')}: </span>
          {p.learning}
        </blockquote>
      )}
      {p.storyId && (
        <a class="utrecht-link tap precedent__story" href={href({ name: 'story', id: p.storyId })}>
          {t('readStory')}
        </a>
      )}
    </li>
  );
}
