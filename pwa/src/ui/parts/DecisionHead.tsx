import type { DecisionSummary } from '../../api/client';
import { categoryName } from '../../app/store';
import { date, money } from '../../i18n';
import { href } from '../router';
import { StatusBadge } from './StatusBadge';
import { verdictLabel } from './VerdictPanel';

/** A decision in a list: its title as the link to it, then amount, kind, date, status, verdict. */
export function DecisionHead({ decision: d, titleId }: { decision: DecisionSummary; titleId?: string }) {
  return (
    <>
      <a class="utrecht-link decision__link" id={titleId} href={href({ name: 'decision', id: d.id })}>
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
    </>
  );
}
