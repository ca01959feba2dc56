// Mandate terms in words, for the timeline, the before/after view and the templates; and the
// sentences of the mandate editors.
import type { MandateChange, MandateRuleShape, MandateShape } from '../../../domain/mandate-diff';
import { serverProblem, type TermsProblem } from '../../../domain/mandate-form';
import { has, money, t } from '../../../i18n';

export type CategoryNames = (id: string) => string;

/** A message whose key is built from an API value; the value itself when no message has it. */
export function keyed(key: string): string {
  return has(key) ? t(key) : key;
}

export function periodWords(period: string | number | undefined): string {
  const key = `mdPeriod_${period}`;
  return has(key) ? t(key) : String(period ?? '');
}

export function rightWords(right: string | number | undefined): string {
  const key = `mdRight_${right}`;
  return has(key) ? t(key) : String(right ?? '');
}

const limitWords = (cents: string | number | undefined) => (cents === undefined ? t('mdNoLimit') : money(Number(cents)));

/** A rule in one line: `zelf tot € 750,00; met goedkeuring tot € 2.000,00; € 5.000,00 per kwartaal`. */
export function ruleWords(rule: MandateRuleShape, period: string): string {
  if (rule.right === 'forbidden') return rightWords('forbidden');
  const alone = rule.autonomousUpToCents;
  const parts: string[] = [];
  if (rule.right === 'approval') parts.push(t('mdRuleApproval', { amount: money(Math.max(alone, rule.approvalUpToCents)) }));
  else {
    parts.push(t(rule.right === 'four_eyes' ? 'mdRuleFourEyes' : 'mdRuleAutonomous', { amount: money(alone) }));
    if (rule.approvalUpToCents > alone) parts.push(t('mdRuleApproval', { amount: money(rule.approvalUpToCents) }));
  }
  if (rule.periodLimitCents !== undefined) parts.push(t('mdRuleLimit', { amount: money(rule.periodLimitCents), period: periodWords(period) }));
  return parts.join('; ');
}

/** A top-level field's value in words. */
export function fieldValue(field: 'period' | 'periodLimitCents' | 'perClientYearLimitCents', value: string | number | undefined): string {
  return field === 'period' ? periodWords(value) : limitWords(value);
}

function ruleFieldValue(field: string, value: string | number | undefined): string {
  if (field === 'right') return rightWords(value);
  if (field === 'periodLimitCents') return limitWords(value);
  return value === undefined ? t('mdNone') : money(Number(value));
}

/** One change in a sentence, e.g. `Huisvesting, zelf tot: € 500,00 → € 750,00`. */
export function changeWords(change: MandateChange, after: MandateShape, before: MandateShape | undefined, category: CategoryNames): string {
  switch (change.kind) {
    case 'field':
      return t('mdChangeField', { field: keyed(`mdField_${change.field}`), before: fieldValue(change.field, change.before), after: fieldValue(change.field, change.after) });
    case 'ruleAdded':
      return t('mdChangeAdded', { category: category(change.categoryId), rule: ruleWords(change.after, after.period) });
    case 'ruleRemoved':
      return t('mdChangeRemoved', { category: category(change.categoryId), rule: ruleWords(change.before, before?.period ?? after.period) });
    case 'ruleChanged':
      return t('mdChangeRule', {
        category: category(change.categoryId),
        field: keyed(`mdRuleField_${change.field}`),
        before: ruleFieldValue(change.field, change.before),
        after: ruleFieldValue(change.field, change.after),
      });
  }
}

export function problemWords(problem: TermsProblem | undefined): string | undefined {
  return problem ? keyed(`mdProblem_${problem}`) : undefined;
}

/** The editor's own problems in words, by field. */
export function termsProblemWords(problems: Partial<Record<string, TermsProblem>>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problemWords(problem) ?? String(problem)]));
}

/** A server message about the terms in the reader's words where the editors know it. */
export function serverWords(message: string): string {
  const known = serverProblem(message);
  return known ? (problemWords(known) ?? message) : message;
}

/** The sentences of the mandate editors' save flow. */
export const saveWords = () => ({ fix: t('mdFixFields'), failed: (detail: string) => t('mdSaveFailed', { detail }), unreached: t('adOffline') });
