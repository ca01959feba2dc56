import { describe, expect, it } from 'vitest';
import { overlappingPot, periodChoices, readPot, replacement, samePot, serverPotProblem } from '../src/domain/pot-form';

const pot = (kind: string, startsOn: string, endsOn: string, label: string, limitCents = 100_000) => ({ period: { kind, startsOn, endsOn, label }, budget: { limitCents } });
const pots = [pot('quarter', '2026-10-01', '2026-12-31', '2026-Q4'), pot('month', '2027-02-01', '2027-02-28', '2027-02')];

describe('the team budget form', () => {
  it('offers the period holding today and the ones after it, across the year end', () => {
    expect(periodChoices('quarter', '2026-11-22')).toEqual([
      { startsOn: '2026-10-01', label: '2026-Q4' },
      { startsOn: '2027-01-01', label: '2027-Q1' },
      { startsOn: '2027-04-01', label: '2027-Q2' },
      { startsOn: '2027-07-01', label: '2027-Q3' },
    ]);
    expect(periodChoices('month', '2026-12-31', 2).map((c) => c.label)).toEqual(['2026-12', '2027-01']);
    expect(periodChoices('year', '2026-01-01', 2).map((c) => c.startsOn)).toEqual(['2026-01-01', '2027-01-01']);
  });

  it('finds the pot a save would replace, and one it would overlap', () => {
    expect(samePot(pots, 'quarter', '2026-10-01')?.period.label).toBe('2026-Q4');
    expect(samePot(pots, 'month', '2026-10-01')).toBeUndefined();
    expect(overlappingPot(pots, 'month', '2026-12-01')?.period.label).toBe('2026-Q4');
    expect(overlappingPot(pots, 'quarter', '2027-01-01')?.period.label).toBe('2027-02');
    expect(overlappingPot(pots, 'quarter', '2026-10-01')).toBeUndefined();
    expect(overlappingPot(pots, 'month', '2027-03-01')).toBeUndefined();
  });

  it('reads euros into cents and names what is wrong', () => {
    expect(readPot({ kind: 'quarter', startsOn: '2027-04-01', limit: '12.500' }, pots)).toEqual({ request: { period: 'quarter', startsOn: '2027-04-01', limitCents: 1_250_000 }, problems: {} });
    expect(readPot({ kind: 'quarter', startsOn: '2027-04-01', limit: '' }, pots).problems).toEqual({ limitCents: 'required' });
    expect(readPot({ kind: 'month', startsOn: '2026-11-01', limit: 'veel' }, pots).problems).toEqual({ limitCents: 'amount', startsOn: 'overlaps' });
    expect(readPot({ kind: 'year', startsOn: '2028-01-01', limit: '100000001' }, pots).problems).toEqual({ limitCents: 'tooLarge' });
  });

  it('says what saving would change on an existing pot, old and new', () => {
    expect(replacement(pots, { kind: 'quarter', startsOn: '2026-10-01', limit: '12.000' })).toMatchObject({ beforeCents: 100_000, afterCents: 1_200_000 });
    expect(replacement(pots, { kind: 'quarter', startsOn: '2026-10-01', limit: 'veel' })).toMatchObject({ beforeCents: 100_000, afterCents: null });
    expect(replacement(pots, { kind: 'quarter', startsOn: '2026-10-01', limit: '100000001' })?.afterCents).toBeNull();
    expect(replacement(pots, { kind: 'quarter', startsOn: '2027-01-01', limit: '12.000' })).toBeNull();
  });

  it('words the server’s refusals as the form’s own problems', () => {
    expect(serverPotProblem("overlaps the team's pot for 2026-Q4")).toEqual({ problem: 'overlaps', label: '2026-Q4' });
    expect(serverPotProblem('must be the first day of a quarter (e.g. 2026-10-01)')).toEqual({ problem: 'firstDay', label: '' });
    expect(serverPotProblem('must be between 0 and 10000000000')).toEqual({ problem: 'tooLarge', label: '' });
    expect(serverPotProblem('something else')).toBeNull();
  });
});
