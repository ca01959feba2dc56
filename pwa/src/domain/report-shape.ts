// The reports' rows shaped for charts and downloads: months of a period, series per verdict,
// the query of the current filters and the names of downloaded files.

export interface ReportFilter {
  from: string; // YYYY-MM
  to: string; // YYYY-MM
  teamId?: string;
  categoryId?: string;
}

export interface Series {
  key: string;
  values: number[];
}

/** A YYYY-MM month as year and month number. */
export function parseMonth(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number);
  return [y ?? 1970, m ?? 1];
}

/** The values of series `i`, or none. */
export function valuesAt(series: Series[], i: number): number[] {
  return series[i]?.values ?? [];
}

/** Every month from `from` to `to` inclusive (YYYY-MM); empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const [y0, m0] = parseMonth(from);
  const [ty, tm] = parseMonth(to);
  const out: string[] = [];
  let y = y0;
  let m = m0;
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    if (out.length > 240) break;
  }
  return out;
}

/** The default period: January of this year to this month, as the API does. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const y = now.getFullYear();
  return { from: `${y}-01`, to: `${y}-${String(now.getMonth() + 1).padStart(2, '0')}` };
}

export const VERDICTS = ['within_mandate', 'needs_four_eyes', 'needs_approval', 'outside_mandate', 'urgent'] as const;

/** One series per key, one value per month; months without a row count 0. */
export function seriesByMonth<R extends { month: string }>(rows: R[], months: string[], keys: readonly string[], value: (row: R, key: string) => number): Series[] {
  const index = new Map(months.map((m, i) => [m, i]));
  return keys.map((key) => {
    const values = months.map(() => 0);
    for (const row of rows) {
      const i = index.get(row.month);
      if (i !== undefined) values[i] = (values[i] ?? 0) + value(row, key);
    }
    return { key, values };
  });
}

/** Verdict-mix rows as one series of decision counts per verdict. */
export function verdictSeries(rows: { month: string; verdict: string; decisions: number }[], months: string[]): Series[] {
  return seriesByMonth(rows, months, VERDICTS, (r, key) => (r.verdict === key ? r.decisions : 0));
}

export function total(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The query string of a report with the current filters, empty filters left out. */
export function reportQuery(f: ReportFilter): string {
  const q = new URLSearchParams({ from: f.from, to: f.to });
  if (f.teamId) q.set('teamId', f.teamId);
  if (f.categoryId) q.set('categoryId', f.categoryId);
  return q.toString();
}

/** A file name that says which report and which period: mandaat-verdict-mix-2026-01-2026-06.csv */
export function reportFileName(report: string, f: ReportFilter, ext: 'csv' | 'json'): string {
  const parts = ['mandaat', report, f.from, f.to];
  if (f.teamId) parts.push(`team-${f.teamId.slice(0, 8)}`);
  if (f.categoryId) parts.push(`cat-${f.categoryId.slice(0, 8)}`);
  return `${parts.join('-')}.${ext}`;
}

export function accountabilityFileName(year: number, ext: 'csv' | 'json'): string {
  return `mandaat-verantwoording-${year}.${ext}`;
}

/** The largest value to scale a chart by: never 0, so an empty chart still draws. */
export function scaleMax(values: number[]): number {
  const max = Math.max(0, ...values);
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}
