import { describe, expect, it } from 'vitest';
import { checkOnPhone, type MandateSnapshot } from '../src/domain/client-verdict';
import { formatCents, parseEuros } from '../src/domain/money';

const HOUSING = '00000000-0000-0000-0000-000000000001';
const DEBTS = '00000000-0000-0000-0000-000000000002';

// Quarter mandate: housing alone up to €500, €1,000 a quarter; €2,000 in total; €1,500 per
// client per year; a team pot of €3,000 with €2,200 used.
const mandate: MandateSnapshot = {
  period: { kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-07-01' },
  version: {
    period: 'quarter',
    periodLimitCents: 200_000,
    perClientYearLimitCents: 150_000,
    rules: [
      { categoryId: HOUSING, right: 'autonomous', autonomousUpToCents: 50_000, approvalUpToCents: 250_000, periodLimitCents: 100_000 },
      { categoryId: DEBTS, right: 'four_eyes', autonomousUpToCents: 50_000, approvalUpToCents: 250_000 },
    ],
  },
  categories: [
    { categoryId: HOUSING, budget: { usedCents: 60_000 } },
    { categoryId: DEBTS, budget: { usedCents: 0 } },
  ],
  totalBudget: { usedCents: 60_000 },
  teamPot: { period: { kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-07-01' }, budget: { limitCents: 300_000, usedCents: 220_000 } },
};

const base = { mandate, categoryId: HOUSING, clientRef: 'CASE-1', decidedOn: '2026-05-12', local: [] };

describe('the client verdict', () => {
  it('is within mandate when the cached budgets have room', () => {
    const { outcome, clientUseKnown } = checkOnPhone({ ...base, amountCents: 35_000, clientUse: { year: '2026', usedCents: 0 } });
    expect(outcome.verdict).toBe('within_mandate');
    expect(outcome.remaining).toEqual({ categoryPeriodCents: 40_000, totalPeriodCents: 140_000, clientYearCents: 150_000, teamPotCents: 80_000 });
    expect(clientUseKnown).toBe(true);
  });

  it('counts the decisions this phone made offline against the budgets', () => {
    const local = [{ categoryId: HOUSING, clientRef: 'CASE-9', amountCents: 30_000, decidedOn: '2026-05-10' }];
    const { outcome } = checkOnPhone({ ...base, amountCents: 35_000, local });
    // €600 used + €300 offline + €350 > €1,000 quarter budget for housing.
    expect(outcome.verdict).toBe('needs_approval');
    const line = outcome.explanation.find((l) => l.rule === 'category_period_limit');
    expect(line).toMatchObject({ usedCents: 90_000, remainingCents: -25_000, outcome: 'exceeded', decisive: true });
  });

  it('starts a new period empty when the cache is from the previous one', () => {
    const { outcome } = checkOnPhone({ ...base, decidedOn: '2026-07-02', amountCents: 45_000 });
    expect(outcome.verdict).toBe('within_mandate');
    expect(outcome.remaining.categoryPeriodCents).toBe(100_000);
    // The team pot of Q2 does not apply in Q3.
    expect(outcome.remaining.teamPotCents).toBeNull();
  });

  it('uses the client year known from the last online check and says when it is unknown', () => {
    const known = checkOnPhone({ ...base, amountCents: 10_000, clientUse: { year: '2026', usedCents: 145_000 } });
    expect(known.outcome.verdict).toBe('needs_approval');
    expect(known.outcome.explanation.find((l) => l.decisive)?.rule).toBe('client_year_limit');
    const lastYear = checkOnPhone({ ...base, amountCents: 10_000, clientUse: { year: '2025', usedCents: 145_000 } });
    expect(lastYear.outcome.verdict).toBe('within_mandate');
    expect(lastYear.clientUseKnown).toBe(false);
  });

  it('keeps the four-eyes right and the team pot', () => {
    expect(checkOnPhone({ ...base, categoryId: DEBTS, amountCents: 10_000 }).outcome.verdict).toBe('needs_four_eyes');
    // €2,200 + €400 offline + €500 takes the team pot of €3,000 over.
    const local = [{ categoryId: DEBTS, clientRef: 'CASE-9', amountCents: 40_000, decidedOn: '2026-04-03' }];
    const overPot = checkOnPhone({ ...base, categoryId: DEBTS, amountCents: 50_000, local, clientUse: { year: '2026', usedCents: 0 } });
    expect(overPot.outcome.verdict).toBe('needs_approval');
    expect(overPot.outcome.explanation.filter((l) => l.decisive).map((l) => l.rule)).toEqual(['team_pot']);
  });

  it('is outside the mandate without a version in force, or for a category without a rule', () => {
    expect(checkOnPhone({ ...base, mandate: { ...mandate, version: null }, amountCents: 0 }).outcome.verdict).toBe('outside_mandate');
    expect(checkOnPhone({ ...base, categoryId: '00000000-0000-0000-0000-000000000009', amountCents: 0 }).outcome.verdict).toBe('outside_mandate');
  });
});

describe('money', () => {
  it('shows cents as euros in Dutch notation', () => {
    expect(formatCents(182_000)).toBe('€ 1.820,00');
    expect(formatCents(-3_550)).toBe('-€ 35,50');
    expect(formatCents(5)).toBe('€ 0,05');
    expect(formatCents(123_456_789, 'en')).toBe('€ 1,234,567.89');
  });

  it('reads typed euros as cents', () => {
    expect(parseEuros('350')).toBe(35_000);
    expect(parseEuros('350,5')).toBe(35_050);
    expect(parseEuros('€ 1.250,00')).toBe(125_000);
    expect(parseEuros('1250.75')).toBe(125_075);
    expect(parseEuros('1.250')).toBe(125_000);
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('12,345')).toBe(1_234_500);
    expect(parseEuros('abc')).toBeNull();
  });
});
