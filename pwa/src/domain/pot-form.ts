// The team budget form: which calendar periods to offer, and the request it becomes. The
// server takes a period's first day; offering whole periods means a lead never has to know that.
import { parseEuros } from './money';
import { periodContaining, periodLabel, type Period, type PeriodKind } from './period';
import { MAX_CENTS } from './mandate-form';

export interface PeriodChoice {
  startsOn: string;
  label: string;
}

/** The period holding `today` and the `count - 1` after it. */
export function periodChoices(kind: PeriodKind, today: string, count = 4): PeriodChoice[] {
  const out: PeriodChoice[] = [];
  let period: Period = periodContaining(kind, today);
  for (let i = 0; i < count; i++) {
    out.push({ startsOn: period.start, label: periodLabel(period) });
    period = periodContaining(kind, period.end);
  }
  return out;
}

export interface PotLike {
  period: { kind: string; startsOn: string; endsOn: string; label: string };
  budget: { limitCents?: number | null };
}

/** The existing pot for exactly this period (saving replaces its limit), if any. */
export function samePot<P extends PotLike>(pots: readonly P[], kind: PeriodKind, startsOn: string): P | undefined {
  return pots.find((p) => p.period.kind === kind && p.period.startsOn === startsOn);
}

/** An existing pot of another period that shares days with this one: the server refuses both. */
export function overlappingPot<P extends PotLike>(pots: readonly P[], kind: PeriodKind, startsOn: string): P | undefined {
  const period = periodContaining(kind, startsOn);
  // `endsOn` is the last day (inclusive); `period.end` the first day after.
  return pots.find((p) => !(p.period.kind === kind && p.period.startsOn === startsOn) && p.period.startsOn < period.end && period.start <= p.period.endsOn);
}

export type PotProblem = 'required' | 'amount' | 'tooLarge' | 'overlaps' | 'firstDay';

export interface PotForm {
  kind: PeriodKind;
  startsOn: string;
  limit: string;
}

/** The body of `POST /teams/{id}/budget-pots`, or the problems by the server's field name. */
export function readPot(form: PotForm, pots: readonly PotLike[]): { request: { period: PeriodKind; startsOn: string; limitCents: number } | null; problems: Partial<Record<'limitCents' | 'startsOn', PotProblem>> } {
  const problems: Partial<Record<'limitCents' | 'startsOn', PotProblem>> = {};
  const cents = form.limit.trim() === '' ? null : parseEuros(form.limit);
  if (form.limit.trim() === '') problems.limitCents = 'required';
  else if (cents === null) problems.limitCents = 'amount';
  else if (cents > MAX_CENTS) problems.limitCents = 'tooLarge';
  if (overlappingPot(pots, form.kind, form.startsOn)) problems.startsOn = 'overlaps';
  if (cents === null || Object.keys(problems).length > 0) return { request: null, problems };
  return { request: { period: form.kind, startsOn: form.startsOn, limitCents: cents }, problems };
}

/**
 * What saving would change on the pot of this period, if there is one: its limit before and the
 * one typed (null while what is typed does not read as euros).
 */
export function replacement<P extends PotLike>(pots: readonly P[], form: PotForm): { pot: P; beforeCents: number | null; afterCents: number | null } | null {
  const pot = samePot(pots, form.kind, form.startsOn);
  if (!pot) return null;
  const after = parseEuros(form.limit);
  return { pot, beforeCents: pot.budget.limitCents ?? null, afterCents: after !== null && after <= MAX_CENTS ? after : null };
}

/**
 * A refusal of `POST /teams/{id}/budget-pots` as the form's own problem, so it reads in the
 * reader's language: the server words its field errors in English (see service/budget_pots.rs).
 * `label` is the period of the pot overlapped. Null for a message this form does not know.
 */
export function serverPotProblem(message: string): { problem: PotProblem; label: string } | null {
  const overlap = /^overlaps the team's pot for (\S+)$/.exec(message);
  if (overlap) return { problem: 'overlaps', label: overlap[1]! };
  if (/^must be the first day of a /.test(message)) return { problem: 'firstDay', label: '' };
  if (/^must be between 0 and \d+$/.test(message)) return { problem: 'tooLarge', label: '' };
  return null;
}
