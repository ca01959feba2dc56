// The client verdict (`clientVerdict` in the outbox and in the request): the check run on the
// phone against the mandate and budgets cached at the last online moment, plus the decisions
// this phone made since. Shown while offline, always marked provisional (*voorlopig*):
// colleagues may have used the budgets meanwhile, and the server judges again.
import { check, type CategoryRule, type CheckOutcome, type MandateTerms } from './check';
import { periodContaining, periodContains, type Period, type PeriodKind } from './period';

interface PeriodInfo {
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
}

/** The parts of the API's `Mandate` the check on the phone needs (the API object fits as it is). */
export interface MandateSnapshot {
  period?: PeriodInfo | null;
  version?: {
    period: PeriodKind;
    periodLimitCents?: number | null;
    perClientYearLimitCents?: number | null;
    rules: CategoryRule[];
  } | null;
  categories: { categoryId: string; budget: { usedCents: number } }[];
  totalBudget?: { usedCents: number } | null;
  teamPot?: { period: PeriodInfo; budget: { limitCents?: number | null; usedCents: number } } | null;
}

/** A decision of this phone the snapshot does not include yet. */
export interface LocalDecision {
  categoryId: string;
  clientRef: string;
  amountCents: number;
  decidedOn: string;
}

export interface ClientVerdictInput {
  mandate: MandateSnapshot;
  categoryId: string;
  amountCents: number;
  clientRef: string;
  decidedOn: string;
  local: LocalDecision[];
  /** The client's use in a calendar year, as the last online check for this client said. */
  clientUse?: { year: string; usedCents: number } | null;
}

export interface ClientVerdict {
  outcome: CheckOutcome;
  /** False when the per-client cap counted only this phone's decisions. */
  clientUseKnown: boolean;
}

const asPeriod = (p: PeriodInfo): Period => ({ kind: p.kind, start: p.startsOn, end: p.endsOn });

export function checkOnPhone(input: ClientVerdictInput): ClientVerdict {
  const { mandate, decidedOn } = input;
  // No version in force: nothing is within the mandate, as on the server.
  const terms: MandateTerms = mandate.version ?? { period: 'month', rules: [] };
  const period = periodContaining(terms.period, decidedOn);
  const cachedPeriod = mandate.period ? asPeriod(mandate.period) : null;
  // Cached use counts only in the period it was for; a new period starts empty.
  const samePeriod = cachedPeriod !== null && periodContains(cachedPeriod, decidedOn);
  const inPeriod = input.local.filter((d) => periodContains(period, d.decidedOn));
  const sum = (ds: LocalDecision[]) => ds.reduce((s, d) => s + d.amountCents, 0);

  const categoryUsed = samePeriod
    ? (mandate.categories.find((c) => c.categoryId === input.categoryId)?.budget.usedCents ?? 0)
    : 0;
  const totalUsed = samePeriod ? (mandate.totalBudget?.usedCents ?? 0) : 0;

  const year = decidedOn.slice(0, 4);
  const clientLocal = input.local.filter((d) => d.clientRef === input.clientRef && d.decidedOn.startsWith(year));
  const known = input.clientUse?.year === year ? input.clientUse.usedCents : null;

  let teamPot = null;
  const pot = mandate.teamPot;
  if (pot && pot.budget.limitCents != null && periodContains(asPeriod(pot.period), decidedOn)) {
    const potLocal = input.local.filter((d) => periodContains(asPeriod(pot.period), d.decidedOn));
    teamPot = { limitCents: pot.budget.limitCents, usedCents: pot.budget.usedCents + sum(potLocal), period: asPeriod(pot.period) };
  }

  const outcome = check({
    terms,
    categoryId: input.categoryId,
    amountCents: input.amountCents,
    decidedOn,
    totals: {
      categoryPeriodUsedCents: categoryUsed + sum(inPeriod.filter((d) => d.categoryId === input.categoryId)),
      totalPeriodUsedCents: totalUsed + sum(inPeriod),
      clientYearUsedCents: (known ?? 0) + sum(clientLocal),
    },
    teamPot,
  });
  return { outcome, clientUseKnown: known !== null || terms.perClientYearLimitCents == null };
}
