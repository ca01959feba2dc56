// The mandate editor's form: a mandate's terms as a user types them (euros as text), read
// back into cents with every problem keyed by the field name the server uses, so the server's
// field errors and the local ones land on the same inputs.
import type { MandateRuleShape, MandateShape } from './mandate-diff';
import { parseEuros } from './money';
import type { PeriodKind } from './period';

export const RIGHTS = ['autonomous', 'four_eyes', 'approval', 'forbidden'] as const;
export type RightName = (typeof RIGHTS)[number];
export const PERIODS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

/** The server's upper bound for any amount: € 100.000.000,00. */
export const MAX_CENTS = 10_000_000_000;
const MAX_REASON = 1000;

export interface RuleForm {
  categoryId: string;
  right: RightName;
  autonomous: string;
  approval: string;
  periodLimit: string;
}

export interface TermsForm {
  period: PeriodKind;
  periodLimit: string;
  perClientYearLimit: string;
  rules: RuleForm[];
}

export interface VersionForm extends TermsForm {
  validFrom: string;
  reason: string;
}

export type TermsProblem = 'required' | 'amount' | 'tooLarge' | 'belowAutonomous' | 'noCategory' | 'sameCategory' | 'date' | 'beforeLatest' | 'tooLong';
/** Problems by the server's field name: `periodLimitCents`, `rules[2].approvalUpToCents`, `reason`. */
export type Problems = Record<string, TermsProblem>;

/** Which amounts a right uses; the others are hidden and keep what they were. */
export function usesAmount(right: RightName, amount: 'autonomous' | 'approval' | 'periodLimit'): boolean {
  if (right === 'forbidden') return false;
  if (right === 'approval') return amount !== 'autonomous';
  return true;
}

/** Cents as a user would type them: `750`, `750,50`; empty for none. */
export function euroText(cents: number | null | undefined): string {
  if (cents == null) return '';
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, '0')}`;
}

/** A mandate version or template as the API returns it (nulls for absent limits). */
export interface TermsLike {
  period: string;
  periodLimitCents?: number | null;
  perClientYearLimitCents?: number | null;
  rules: { categoryId: string; right: string; autonomousUpToCents: number; approvalUpToCents: number; periodLimitCents?: number | null }[];
}

/** The terms with absent limits left out, so two copies compare equal field by field. */
export function shapeOf(terms: TermsLike): MandateShape {
  const shape: MandateShape = {
    period: terms.period,
    rules: terms.rules.map((r) => {
      const rule: MandateRuleShape = { categoryId: r.categoryId, right: r.right, autonomousUpToCents: r.autonomousUpToCents, approvalUpToCents: r.approvalUpToCents };
      if (r.periodLimitCents != null) rule.periodLimitCents = r.periodLimitCents;
      return rule;
    }),
  };
  if (terms.periodLimitCents != null) shape.periodLimitCents = terms.periodLimitCents;
  if (terms.perClientYearLimitCents != null) shape.perClientYearLimitCents = terms.perClientYearLimitCents;
  return shape;
}

const isPeriod = (p: string): p is PeriodKind => (PERIODS as readonly string[]).includes(p);
const isRight = (r: string): r is RightName => (RIGHTS as readonly string[]).includes(r);

/** The form for terms, or an empty quarter mandate. */
export function termsForm(terms?: MandateShape): TermsForm {
  return {
    period: terms && isPeriod(terms.period) ? terms.period : 'quarter',
    periodLimit: euroText(terms?.periodLimitCents),
    perClientYearLimit: euroText(terms?.perClientYearLimitCents),
    rules: (terms?.rules ?? []).map((r) => ({
      categoryId: r.categoryId,
      right: isRight(r.right) ? r.right : 'approval',
      autonomous: euroText(r.autonomousUpToCents),
      approval: euroText(r.approvalUpToCents),
      periodLimit: euroText(r.periodLimitCents),
    })),
  };
}

/** A new rule for a category not yet in the terms: approval by the lead, nothing alone. */
export function newRule(categoryId: string): RuleForm {
  return { categoryId, right: 'approval', autonomous: '0', approval: '0', periodLimit: '' };
}

/** The form for a new version: the latest terms, starting `today` or at the latest's start if that is later. */
export function versionForm(latest: { validFrom: string } & TermsLike | null | undefined, today: string): VersionForm {
  const validFrom = latest && latest.validFrom > today ? latest.validFrom : today;
  return { ...termsForm(latest ? shapeOf(latest) : undefined), validFrom, reason: '' };
}

function amount(text: string, field: string, problems: Problems, required: boolean): number | undefined {
  if (text.trim() === '') {
    if (required) problems[field] = 'required';
    return undefined;
  }
  const cents = parseEuros(text);
  if (cents === null) {
    problems[field] = 'amount';
    return undefined;
  }
  if (cents > MAX_CENTS) {
    problems[field] = 'tooLarge';
    return undefined;
  }
  return cents;
}

/**
 * The terms in cents, or the problems. An amount a rule's right does not use keeps the value
 * `base` had for that category (0 for a new one), so switching a right back and forth, or
 * saving without touching it, changes nothing the user did not see.
 */
export function readTerms(form: TermsForm, base?: MandateShape): { terms: MandateShape | null; problems: Problems } {
  const problems: Problems = {};
  const periodLimit = amount(form.periodLimit, 'periodLimitCents', problems, false);
  const perClient = amount(form.perClientYearLimit, 'perClientYearLimitCents', problems, false);
  const seen = new Set<string>();
  const rules: MandateRuleShape[] = form.rules.map((r, i) => {
    const at = (field: string) => `rules[${i}].${field}`;
    if (!r.categoryId) problems[at('categoryId')] = 'noCategory';
    else if (seen.has(r.categoryId)) problems[at('categoryId')] = 'sameCategory';
    seen.add(r.categoryId);
    const was = base?.rules.find((b) => b.categoryId === r.categoryId);
    const pick = (which: 'autonomous' | 'approval', field: 'autonomousUpToCents' | 'approvalUpToCents') =>
      usesAmount(r.right, which) ? amount(r[which], at(field), problems, true) : (was?.[field] ?? 0);
    const approval = pick('approval', 'approvalUpToCents');
    // Under `approval` the lead approves everything up to the approval amount, so a hidden
    // larger amount alone would only make the server refuse the rule: it is capped.
    const kept = pick('autonomous', 'autonomousUpToCents');
    const autonomous = r.right === 'approval' && kept !== undefined && approval !== undefined ? Math.min(kept, approval) : kept;
    const limit = usesAmount(r.right, 'periodLimit') ? amount(r.periodLimit, at('periodLimitCents'), problems, false) : was?.periodLimitCents;
    if (autonomous !== undefined && approval !== undefined && usesAmount(r.right, 'approval') && usesAmount(r.right, 'autonomous') && approval < autonomous) {
      problems[at('approvalUpToCents')] = 'belowAutonomous';
    }
    const rule: MandateRuleShape = { categoryId: r.categoryId, right: r.right, autonomousUpToCents: autonomous ?? 0, approvalUpToCents: approval ?? 0 };
    if (limit !== undefined) rule.periodLimitCents = limit;
    return rule;
  });
  if (Object.keys(problems).length > 0) return { terms: null, problems };
  const terms: MandateShape = { period: form.period, rules };
  if (periodLimit !== undefined) terms.periodLimitCents = periodLimit;
  if (perClient !== undefined) terms.perClientYearLimitCents = perClient;
  return { terms, problems };
}

/** The body of `POST /users/{id}/mandate/versions`, or the problems. */
export function readVersion(form: VersionForm, latest?: { validFrom: string } & MandateShape): { request: (MandateShape & { validFrom: string; reason: string }) | null; problems: Problems } {
  const { terms, problems } = readTerms(form, latest);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.validFrom) || Number.isNaN(Date.parse(`${form.validFrom}T12:00:00Z`))) problems.validFrom = 'date';
  else if (latest && form.validFrom < latest.validFrom) problems.validFrom = 'beforeLatest';
  const reason = form.reason.trim();
  if (!reason) problems.reason = 'required';
  else if (reason.length > MAX_REASON) problems.reason = 'tooLong';
  if (!terms || Object.keys(problems).length > 0) return { request: null, problems };
  return { request: { ...terms, validFrom: form.validFrom, reason }, problems };
}

/** The server's field messages the editor can put in the reader's words; null for others. */
export function serverProblem(message: string): TermsProblem | null {
  if (message.startsWith('is required')) return 'required';
  if (message.startsWith('must not be below autonomousUpToCents')) return 'belowAutonomous';
  if (message.startsWith('must be at most')) return 'tooLarge';
  if (message.startsWith('must not be negative')) return 'amount';
  if (message.startsWith("must not be before the current version's start")) return 'beforeLatest';
  if (message.includes('one rule per category')) return 'sameCategory';
  return null;
}

/**
 * The form moved onto a newer version someone else saved meanwhile: what the user changed
 * from `was` (the version they started from) stays, every term they left alone takes `now`'s
 * value. So a save after a 412 neither loses their change nor undoes the other one; where both
 * changed the same amount theirs wins, and the before/after view shows it against `now`.
 */
export function rebaseForm<F extends TermsForm>(form: F, was: MandateShape | undefined, now: MandateShape): F {
  const old = termsForm(was);
  const fresh = termsForm(now);
  const pick = <K extends keyof TermsForm>(k: K): TermsForm[K] => (form[k] === old[k] ? fresh[k] : form[k]);
  const oldRule = (id: string) => old.rules.find((r) => r.categoryId === id);
  const freshRule = (id: string) => fresh.rules.find((r) => r.categoryId === id);
  const rules: RuleForm[] = [];
  for (const mine of form.rules) {
    const before = oldRule(mine.categoryId);
    const theirs = freshRule(mine.categoryId);
    if (!before || !theirs) {
      // Added by this user, or dropped by the other one: an untouched rule follows the drop.
      if (before && !theirs && sameRule(mine, before)) continue;
      rules.push(mine);
      continue;
    }
    const field = <K extends keyof RuleForm>(k: K): RuleForm[K] => (mine[k] === before[k] ? theirs[k] : mine[k]);
    rules.push({ categoryId: mine.categoryId, right: field('right'), autonomous: field('autonomous'), approval: field('approval'), periodLimit: field('periodLimit') });
  }
  // Rules the other one added, unless this user had removed that category themselves.
  for (const theirs of fresh.rules) {
    if (!form.rules.some((r) => r.categoryId === theirs.categoryId) && !oldRule(theirs.categoryId)) rules.push(theirs);
  }
  return { ...form, period: pick('period'), periodLimit: pick('periodLimit'), perClientYearLimit: pick('perClientYearLimit'), rules };
}

function sameRule(a: RuleForm, b: RuleForm): boolean {
  return a.right === b.right && a.autonomous === b.autonomous && a.approval === b.approval && a.periodLimit === b.periodLimit;
}
