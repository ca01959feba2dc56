// Calendar periods in Europe/Amsterdam, as the server's check counts them: a decision at
// 00:30 on 1 April in Amsterdam belongs to April and Q2, whatever the phone's own time zone.

export type PeriodKind = 'month' | 'quarter' | 'year';

/** A calendar period: `start` inclusive, `end` exclusive, both `YYYY-MM-DD`. */
export interface Period {
  kind: PeriodKind;
  start: string;
  end: string;
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Amsterdam at an instant, `YYYY-MM-DD`. */
export function amsterdamDate(instant: Date): string {
  return amsterdamDay.format(instant);
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The period of `kind` that contains the Amsterdam date `date`. */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = kind === 'month' ? month : kind === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : 1;
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const next = firstMonth + months;
  const end = next > 12 ? ymd(year + 1, next - 12, 1) : ymd(year, next, 1);
  return { kind, start: ymd(year, firstMonth, 1), end };
}

/** Whether an Amsterdam date lies in the period (dates compare as strings). */
export function periodContains(period: Period, date: string): boolean {
  return period.start <= date && date < period.end;
}

/** Short label as the server writes it: `2026-03`, `2026-Q2`, `2026`. */
export function periodLabel(period: Period): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  if (period.kind === 'month') return `${year}-${period.start.slice(5, 7)}`;
  if (period.kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return year;
}
