import { useEffect } from 'preact/hooks';
import type { Decision, DecisionSummary } from '../../api/client';
import { refreshApprovals } from '../../app/actions';
import { approvals, categoryName, inboxFacts, personName } from '../../app/store';
import { date, money, t, type MessageKey } from '../../i18n';
import { lineSentence } from '../explain';
import { href } from '../router';
import { LeadActions, type LeadKind } from '../parts/LeadActions';
import { StatusBadge } from '../parts/StatusBadge';
import { verdictLabel } from '../parts/VerdictPanel';

export function ApprovalsScreen() {
  useEffect(() => {
    void refreshApprovals();
  }, []);
  const inbox = approvals.value;
  const sections: [LeadKind, MessageKey, DecisionSummary[]][] = inbox
    ? [
        ['approval', 'approvalsApprovals', inbox.approvals],
        ['cosign', 'approvalsCosigns', inbox.cosigns],
        ['review', 'approvalsReviews', inbox.reviews],
      ]
    : [];
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('approvalsTitle')}
      </h1>
      {!inbox && <p class="utrecht-paragraph">{t('loading')}</p>}
      {inbox && inbox.count === 0 && <p class="utrecht-paragraph">{t('approvalsEmpty')}</p>}
      {inbox && inbox.reflectionDue.length > 0 && (
        <section aria-labelledby="sec-reflection">
          <h2 class="utrecht-heading-2" id="sec-reflection">
            {t('reflectionDueTitle')} ({inbox.reflectionDue.length})
          </h2>
          <ul class="plain-list">
            {inbox.reflectionDue.map(({ decision: d, dueOn }) => (
              <li key={d.id} class="card decision" aria-labelledby={`r-${d.id}`}>
                <a class="utrecht-link decision__link" id={`r-${d.id}`} href={href({ name: 'decision', id: d.id })}>
                  {d.title}
                </a>
                <div class="decision__meta">
                  <strong>{money(d.amountCents)}</strong>
                  <span>{categoryName(d.categoryId) ?? ''}</span>
                  <StatusBadge status={d.status} />
                </div>
                <p class="decision__who">{t('reflectionDueOn', { date: date(dueOn) })}</p>
                <a class="utrecht-link tap" href={`${href({ name: 'decision', id: d.id })}`} aria-describedby={`r-${d.id}`}>
                  {t('reflectionDueAction')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sections
        .filter(([, , items]) => items.length > 0)
        .map(([kind, title, items]) => (
          <section key={kind} aria-labelledby={`sec-${kind}`}>
            <h2 class="utrecht-heading-2" id={`sec-${kind}`}>
              {t(title)} ({items.length})
            </h2>
            <ul class="plain-list">
              {items.map((d) => (
                <li key={d.id} class="card decision" aria-labelledby={`t-${d.id}`}>
                  <DecisionFacts summary={d} full={inboxFacts.value.decisions[d.id] ?? null} titleId={`t-${d.id}`} />
                  <LeadActions kind={kind} decisionId={d.id} describedById={`t-${d.id}`} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

/** The line of the explanation that decided the verdict, in words. */
export function decidingLine(decision: Decision): string | null {
  const line = decision.explanation.find((l) => l.decisive);
  return line ? lineSentence(line, null) : null;
}

/** Who, what, how much, why the check said so, and the professional's own rationale. */
function DecisionFacts({ summary: d, full, titleId }: { summary: DecisionSummary; full: Decision | null; titleId: string }) {
  const who = personName(d.professionalId);
  const deciding = full ? decidingLine(full) : null;
  return (
    <>
      <a class="utrecht-link decision__link" id={titleId} href={href({ name: 'decision', id: d.id })}>
        {d.title}
      </a>
      <p class="decision__who">{who ? t('inboxWho', { name: who, date: date(d.decidedOn) }) : date(d.decidedOn)}</p>
      <div class="decision__meta">
        <strong>{money(d.amountCents)}</strong>
        <span>{categoryName(d.categoryId) ?? ''}</span>
        <StatusBadge status={d.status} />
      </div>
      <p class="decision__verdict">
        <strong>{verdictLabel(d.verdict)}</strong>
        {deciding && ` — ${deciding}`}
      </p>
      {full && (
        <blockquote class="decision__rationale">
          <span class="visually-hidden">{t('rationale')}: </span>
          {full.rationale}
        </blockquote>
      )}
    </>
  );
}
