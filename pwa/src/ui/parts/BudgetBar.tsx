import { money, t } from '../../i18n';

interface Props {
  label: string;
  limitCents?: number | null | undefined;
  usedCents: number;
  reservedCents?: number | undefined;
}

/** One budget: the figures in words (what a screen reader reads), and a bar for the eye. */
export function BudgetBar({ label, limitCents, usedCents, reservedCents }: Props) {
  const hasLimit = limitCents != null;
  const left = hasLimit ? limitCents - usedCents : 0;
  const share = hasLimit && limitCents > 0 ? Math.min(1, Math.max(0, usedCents / limitCents)) : 0;
  const words = !hasLimit
    ? t('budgetNoLimit', { used: money(usedCents) })
    : left >= 0
      ? t('budgetLeft', { left: money(left), limit: money(limitCents) })
      : t('budgetOver', { over: money(-left), limit: money(limitCents) });
  return (
    <div class="budget">
      <div class="budget__head">
        <span class="budget__label">{label}</span>
        <span class="budget__figures">{words}</span>
      </div>
      {hasLimit && (
        <div class="budget__bar" aria-hidden="true">
          <div
            class={`budget__used${left < 0 ? ' budget__used--over' : share > 0.8 ? ' budget__used--low' : ''}`}
            style={{ width: `${share * 100}%` }}
          />
        </div>
      )}
      {reservedCents ? <div class="budget__note">{t('budgetReserved', { reserved: money(reservedCents) })}</div> : null}
    </div>
  );
}
