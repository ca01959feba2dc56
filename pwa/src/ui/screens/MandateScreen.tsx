import { categoryName, mandate } from '../../app/store';
import { dateTime, money, t } from '../../i18n';
import { BudgetBar } from '../parts/BudgetBar';

export function MandateScreen() {
  const cached = mandate.value;
  const m = cached?.value;
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('mandateTitle')}
      </h1>
      {!m && <p class="utrecht-paragraph">{t('loading')}</p>}
      {m && (
        <>
          <p class="utrecht-paragraph meta">
            {m.period && t('mandatePeriod', { label: m.period.label })}
            {m.period && ' · '}
            {t('updatedAt', { when: dateTime(cached.savedAt) })}
          </p>
          {!m.version && (
            <div class="utrecht-alert utrecht-alert--info">
              <div class="utrecht-alert__content">{t('mandateNone')}</div>
            </div>
          )}
          {(m.totalBudget || m.teamPot) && (
            <div class="card">
              {m.totalBudget && (
                <BudgetBar label={t('mandateTotal')} limitCents={m.totalBudget.limitCents} usedCents={m.totalBudget.usedCents} reservedCents={m.totalBudget.reservedCents} />
              )}
              {m.teamPot && (
                <BudgetBar
                  label={`${t('mandateTeamPot')} ${m.teamPot.period.label}`}
                  limitCents={m.teamPot.budget.limitCents}
                  usedCents={m.teamPot.budget.usedCents}
                  reservedCents={m.teamPot.budget.reservedCents}
                />
              )}
              {m.version?.perClientYearLimitCents != null && (
                <p class="budget__note">{t('perClientCap', { limit: money(m.version.perClientYearLimitCents) })}</p>
              )}
            </div>
          )}
          <ul class="plain-list">
            {m.categories.map((c) => (
              <li key={c.categoryId} class="card">
                <h2 class="utrecht-heading-2 card__title">{categoryName(c.categoryId) ?? t('unknownCategory')}</h2>
                <p class="utrecht-paragraph">{rightText(c.right, c.autonomousUpToCents, c.approvalUpToCents)}</p>
                {c.right !== 'forbidden' && (
                  <BudgetBar label={m.period?.label ?? ''} limitCents={c.periodLimitCents ?? c.budget.limitCents} usedCents={c.budget.usedCents} reservedCents={c.budget.reservedCents} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function rightText(right: string, alone: number, approval: number): string {
  const vars = { alone: money(alone), approval: money(Math.max(alone, approval)) };
  if (right === 'autonomous') return t('rightAutonomous', vars);
  if (right === 'four_eyes') return t('rightFourEyes', vars);
  if (right === 'approval') return t('rightApproval', vars);
  return t('rightForbidden');
}
