import type { Mandate } from '../../api/client';
import { periodWords } from '../../domain/wording';
import { lang, money, t } from '../../i18n';
import { BudgetBar } from './BudgetBar';

/**
 * A mandate in force with its budgets this period: what a professional sees as their own
 * mandate and what a lead sees of a team member's. `level` keeps the outline right on both.
 */
export function MandateFigures({ m, category, level = 2 }: { m: Mandate; category: (id: string) => string; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {(m.totalBudget || m.teamPot) && (
        <div class="card">
          {m.totalBudget && <BudgetBar label={t('mandateTotal')} limitCents={m.totalBudget.limitCents} usedCents={m.totalBudget.usedCents} reservedCents={m.totalBudget.reservedCents} />}
          {m.teamPot && (
            <BudgetBar
              label={`${t('mandateTeamPot')} ${periodWords(m.teamPot.period.label, lang.value)}`}
              limitCents={m.teamPot.budget.limitCents}
              usedCents={m.teamPot.budget.usedCents}
              reservedCents={m.teamPot.budget.reservedCents}
            />
          )}
          {m.version?.perClientYearLimitCents != null && <p class="budget__note">{t('perClientCap', { limit: money(m.version.perClientYearLimitCents) })}</p>}
        </div>
      )}
      <ul class="plain-list">
        {m.categories.map((c) => (
          <li key={c.categoryId} class="card">
            <Heading class={level === 2 ? 'utrecht-heading-2 card__title' : 'heading-3 card__title'}>{category(c.categoryId)}</Heading>
            <p class="utrecht-paragraph">{rightText(c.right, c.autonomousUpToCents, c.approvalUpToCents)}</p>
            {c.right !== 'forbidden' && (
              <BudgetBar label={m.period ? periodWords(m.period.label, lang.value) : ''} limitCents={c.periodLimitCents ?? c.budget.limitCents} usedCents={c.budget.usedCents} reservedCents={c.budget.reservedCents} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function rightText(right: string, alone: number, approval: number): string {
  const vars = { alone: money(alone), approval: money(Math.max(alone, approval)) };
  if (right === 'autonomous') return t('rightAutonomous', vars);
  if (right === 'four_eyes') return t('rightFourEyes', vars);
  if (right === 'approval') return t('rightApproval', vars);
  return t('rightForbidden');
}
