import { describe, expect, test } from 'vitest';
import { inPeriod, periodInText, periodWords, rightInWords } from '../src/domain/wording';
import { formatCents } from '../src/domain/money';
import { shortEuros } from '../src/domain/decision-form';

describe('periods in words', () => {
  test('names quarters, months and years', () => {
    expect(periodWords('2026-Q4')).toBe('4e kwartaal 2026');
    expect(periodWords('2026-Q1', 'en')).toBe('1st quarter of 2026');
    expect(periodWords('2026-03')).toBe('maart 2026');
    expect(periodWords('2026-12', 'en')).toBe('December 2026');
    expect(periodWords('2026')).toBe('2026');
    expect(periodWords('2026-13')).toBe('2026-13');
  });

  test('reads as a phrase', () => {
    expect(inPeriod('2026-Q4')).toBe('in het 4e kwartaal 2026');
    expect(inPeriod('2026-03')).toBe('in maart 2026');
    expect(inPeriod('2026')).toBe('in 2026');
    expect(inPeriod('2026-Q2', 'en')).toBe('in the 2nd quarter of 2026');
  });

  test('finds the period in a server line, not in its amounts', () => {
    expect(periodInText('quarter budget for this category 2026-Q4 € 1.000,00: € 200,00 used')).toBe('2026-Q4');
    expect(periodInText('month budget 2026-03 € 2.026,00: ok')).toBe('2026-03');
    expect(periodInText('per-client cap 2026 € 1.500,00: € 0,00 used')).toBe('2026');
    expect(periodInText('per-decision limit € 350,00: € 900,00 — exceeded')).toBeNull();
  });
});

describe('what one may do, in one line', () => {
  const euros = (c: number) => shortEuros(c);
  test('says the thresholds', () => {
    expect(rightInWords({ right: 'autonomous', autonomousUpToCents: 35_000, approvalUpToCents: 150_000 }, euros)).toBe('Zelf tot € 350, met goedkeuring tot € 1.500.');
    expect(rightInWords({ right: 'four_eyes', autonomousUpToCents: 35_000, approvalUpToCents: 150_000 }, euros)).toBe('Met een collega tot € 350, met goedkeuring tot € 1.500.');
    expect(rightInWords({ right: 'approval', autonomousUpToCents: 0, approvalUpToCents: 100_000 }, euros)).toBe('Altijd met goedkeuring, tot € 1.000.');
    expect(rightInWords({ right: 'forbidden', autonomousUpToCents: 0, approvalUpToCents: 0 }, (c) => formatCents(c))).toBe('Deze soort valt buiten je mandaat: je teamleider beslist.');
  });
  test('says plainly when there is no rule', () => {
    expect(rightInWords(null, euros)).toBe('Voor deze soort staat niets in je mandaat: je teamleider beslist.');
    expect(rightInWords(null, euros, 'en')).toBe('Your mandate has no rule for this kind: your team lead decides.');
  });
});

describe('dates in words', () => {
  test('names the day in the app language', async () => {
    const { dateWords } = await import('../src/domain/wording');
    expect(dateWords('2026-12-31')).toBe('donderdag 31 december 2026');
    expect(dateWords('2026-12-31', 'en')).toMatch(/^Thursday,? 31 December 2026$/);
    expect(dateWords('2026-02-30')).toBeNull();
    expect(dateWords('')).toBeNull();
  });
});
