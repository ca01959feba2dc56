// The mandate check (toets), ported from the server (backend/src/domain/mandate/check.rs) so
// the phone can work out the client verdict offline (client-verdict.ts). It must give the same verdict, lines and remaining
// budgets for the same inputs: tests/check-vectors.test.ts runs every case of the server's
// test-vector file through it.
//
// Amounts are integer cents in JS numbers. Validated mandates keep every figure below
// €100,000,000 (1e10 cents), so sums of three stay far inside 2^53 and are exact.

import { periodContaining, periodLabel, type Period, type PeriodKind } from './period';

export type Verdict = 'within_mandate' | 'needs_four_eyes' | 'needs_approval' | 'outside_mandate';
export type DecisionRight = 'autonomous' | 'four_eyes' | 'approval' | 'forbidden';
export type CheckRule =
  | 'right'
  | 'per_decision_limit'
  | 'approval_limit'
  | 'category_period_limit'
  | 'total_period_limit'
  | 'client_year_limit'
  | 'team_pot';
export type LineOutcome = 'ok' | 'exceeded' | 'not_allowed' | 'escalates';

export interface CategoryRule {
  categoryId: string;
  right: DecisionRight;
  autonomousUpToCents: number;
  approvalUpToCents: number;
  periodLimitCents?: number | null;
}

/** The part of a mandate version the check needs. */
export interface MandateTerms {
  period: PeriodKind;
  periodLimitCents?: number | null;
  perClientYearLimitCents?: number | null;
  rules: CategoryRule[];
}

/** Ledger sums before this decision; "used" includes reservations. */
export interface LedgerTotals {
  categoryPeriodUsedCents: number;
  totalPeriodUsedCents: number;
  clientYearUsedCents: number;
}

export interface TeamPot {
  limitCents: number;
  usedCents: number;
  /** The pot's own period, which need not be the mandate's. */
  period: Period;
}

export interface CheckInput {
  terms: MandateTerms;
  categoryId: string;
  amountCents: number;
  /** The Amsterdam date of the decision, `YYYY-MM-DD`. */
  decidedOn: string;
  totals: LedgerTotals;
  teamPot: TeamPot | null;
}

export interface ExplanationLine {
  rule: CheckRule;
  limitCents: number | null;
  /** Used before this decision (budget limits only). */
  usedCents: number | null;
  amountCents: number;
  /** Left after this amount; negative when exceeded. */
  remainingCents: number | null;
  outcome: LineOutcome;
  /** Whether this line produced the final verdict. */
  decisive: boolean;
  /** The period or year a budget line is about, e.g. `2026-Q2`, for the sentence shown. */
  scope: string | null;
}

/** Limit minus used before this decision; `null` where no limit is set. */
export interface RemainingBudgets {
  categoryPeriodCents: number | null;
  totalPeriodCents: number | null;
  clientYearCents: number | null;
  teamPotCents: number | null;
}

export interface CheckOutcome {
  verdict: Verdict;
  explanation: ExplanationLine[];
  remaining: RemainingBudgets;
}

const SEVERITY: Record<Verdict, number> = {
  within_mandate: 0,
  needs_four_eyes: 1,
  needs_approval: 2,
  outside_mandate: 3,
};

/** The worse of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

type Demanding = [ExplanationLine, Verdict];

/**
 * Runs the check: the decision right and thresholds give a verdict; then every configured
 * limit (category period, total period, per client per year, team pot) that a positive amount
 * would take over demands approval. The final verdict is the worst demanded; the lines
 * demanding exactly that are decisive (for `within_mandate`, only the right and threshold).
 */
export function check(input: CheckInput): CheckOutcome {
  const { terms, amountCents: amount } = input;
  const rule = terms.rules.find((r) => r.categoryId === input.categoryId) ?? null;
  const period = periodContaining(terms.period, input.decidedOn);
  const label = periodLabel(period);
  const lines: Demanding[] = [];
  thresholdLines(rule, amount, lines);

  const remaining: RemainingBudgets = {
    categoryPeriodCents: null,
    totalPeriodCents: null,
    clientYearCents: null,
    teamPotCents: null,
  };
  if (rule?.periodLimitCents != null) {
    const used = input.totals.categoryPeriodUsedCents;
    remaining.categoryPeriodCents = rule.periodLimitCents - used;
    lines.push(limitLine('category_period_limit', rule.periodLimitCents, used, amount, label));
  }
  if (terms.periodLimitCents != null) {
    const used = input.totals.totalPeriodUsedCents;
    remaining.totalPeriodCents = terms.periodLimitCents - used;
    lines.push(limitLine('total_period_limit', terms.periodLimitCents, used, amount, label));
  }
  if (terms.perClientYearLimitCents != null) {
    const used = input.totals.clientYearUsedCents;
    remaining.clientYearCents = terms.perClientYearLimitCents - used;
    const year = input.decidedOn.slice(0, 4);
    lines.push(limitLine('client_year_limit', terms.perClientYearLimitCents, used, amount, year));
  }
  if (input.teamPot) {
    const pot = input.teamPot;
    remaining.teamPotCents = pot.limitCents - pot.usedCents;
    lines.push(limitLine('team_pot', pot.limitCents, pot.usedCents, amount, periodLabel(pot.period)));
  }

  const verdict = lines.map(([, v]) => v).reduce(worse, 'within_mandate' as Verdict);
  const explanation = lines.map(([line, demands]) => ({
    ...line,
    decisive:
      demands === verdict &&
      (verdict !== 'within_mandate' || line.rule === 'right' || line.rule === 'per_decision_limit'),
  }));
  return { verdict, explanation, remaining };
}

/** The right line, then the thresholds consulted, each with the verdict it demands. */
function thresholdLines(rule: CategoryRule | null, amount: number, lines: Demanding[]): void {
  if (!rule) {
    lines.push([rightLine('not_allowed', amount), 'outside_mandate']);
    return;
  }
  const byRight: Record<DecisionRight, [LineOutcome, Verdict]> = {
    autonomous: ['ok', 'within_mandate'],
    four_eyes: ['escalates', 'needs_four_eyes'],
    approval: ['escalates', 'needs_approval'],
    forbidden: ['not_allowed', 'outside_mandate'],
  };
  const [outcome, demands] = byRight[rule.right];
  lines.push([rightLine(outcome, amount), demands]);

  let approvalLimit: number;
  if (rule.right === 'forbidden') return;
  if (rule.right === 'approval') {
    // Up to either threshold needs approval, so the ceiling is the higher one.
    approvalLimit = Math.max(rule.autonomousUpToCents, rule.approvalUpToCents);
  } else {
    lines.push(thresholdLine('per_decision_limit', rule.autonomousUpToCents, amount, 'needs_approval'));
    if (amount <= rule.autonomousUpToCents) return;
    approvalLimit = rule.approvalUpToCents;
  }
  lines.push(thresholdLine('approval_limit', approvalLimit, amount, 'outside_mandate'));
}

function rightLine(outcome: LineOutcome, amount: number): ExplanationLine {
  return {
    rule: 'right',
    limitCents: null,
    usedCents: null,
    amountCents: amount,
    remainingCents: null,
    outcome,
    decisive: false,
    scope: null,
  };
}

/** A per-decision threshold (inclusive); `over` is what exceeding it demands. */
function thresholdLine(rule: CheckRule, limit: number, amount: number, over: Verdict): Demanding {
  const headroom = limit - amount;
  const exceeded = headroom < 0;
  return [
    {
      rule,
      limitCents: limit,
      usedCents: null,
      amountCents: amount,
      remainingCents: headroom,
      outcome: exceeded ? 'exceeded' : 'ok',
      decisive: false,
      scope: null,
    },
    exceeded ? over : 'within_mandate',
  ];
}

/** A budget limit: exceeded when a positive amount takes `used` over it. */
function limitLine(rule: CheckRule, limit: number, used: number, amount: number, scope: string): Demanding {
  const leftAfter = limit - used - amount;
  const exceeded = amount > 0 && leftAfter < 0;
  return [
    {
      rule,
      limitCents: limit,
      usedCents: used,
      amountCents: amount,
      remainingCents: leftAfter,
      outcome: exceeded ? 'exceeded' : 'ok',
      decisive: false,
      scope,
    },
    exceeded ? 'needs_approval' : 'within_mandate',
  ];
}
