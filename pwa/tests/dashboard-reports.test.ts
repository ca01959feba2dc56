import { describe, expect, it } from 'vitest';
import {
  accountabilityFileName,
  defaultPeriod,
  monthRange,
  reportFileName,
  reportQuery,
  scaleMax,
  seriesByMonth,
  verdictSeries,
} from '../src/domain/report-shape';

describe('monthRange', () => {
  it('spans a year boundary inclusively', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('is empty when the end is before the start', () => {
    expect(monthRange('2026-03', '2026-01')).toEqual([]);
  });
  it('defaults to January up to this month', () => {
    expect(defaultPeriod(new Date(2026, 10, 22))).toEqual({ from: '2026-01', to: '2026-11' });
  });
});

describe('series', () => {
  it('puts verdict rows in their month and fills empty months with 0', () => {
    const rows = [
      { month: '2026-01', verdict: 'within_mandate', decisions: 3 },
      { month: '2026-03', verdict: 'urgent', decisions: 1 },
      { month: '2026-03', verdict: 'within_mandate', decisions: 2 },
      { month: '2025-12', verdict: 'within_mandate', decisions: 9 },
    ];
    const s = verdictSeries(rows, monthRange('2026-01', '2026-03'));
    expect(s.map((x) => x.key)).toEqual(['within_mandate', 'needs_four_eyes', 'needs_approval', 'outside_mandate', 'urgent']);
    expect(s[0]?.values).toEqual([3, 0, 2]);
    expect(s[4]?.values).toEqual([0, 0, 1]);
  });
  it('sums rows of the same month', () => {
    const s = seriesByMonth([{ month: '2026-02', n: 2 }, { month: '2026-02', n: 5 }], ['2026-01', '2026-02'], ['n'], (r) => r.n);
    expect(s[0]?.values).toEqual([0, 7]);
  });
  it('scales to a round number above the largest value, never 0', () => {
    expect(scaleMax([])).toBe(1);
    expect(scaleMax([0, 0])).toBe(1);
    expect(scaleMax([7])).toBe(10);
    expect(scaleMax([130])).toBe(200);
    expect(scaleMax([35000])).toBe(50000);
  });
});

describe('queries and file names', () => {
  it('leaves empty filters out of the query', () => {
    expect(reportQuery({ from: '2026-01', to: '2026-06' })).toBe('from=2026-01&to=2026-06');
    expect(reportQuery({ from: '2026-01', to: '2026-06', teamId: 't1', categoryId: 'c1' })).toBe('from=2026-01&to=2026-06&teamId=t1&categoryId=c1');
  });
  it('names files after the report and the period', () => {
    expect(reportFileName('verdict-mix', { from: '2026-01', to: '2026-06' }, 'csv')).toBe('mandaat-verdict-mix-2026-01-2026-06.csv');
    expect(reportFileName('budget-use', { from: '2026-01', to: '2026-06', teamId: '0123456789abcdef' }, 'csv')).toBe('mandaat-budget-use-2026-01-2026-06-team-01234567.csv');
    expect(accountabilityFileName(2025, 'json')).toBe('mandaat-verantwoording-2025.json');
  });
});
