// What changes between two mandate versions, field by field, so a timeline and a
// before/after view can show only the differences instead of two full mandates side by side.

export interface MandateRuleShape {
  categoryId: string;
  right: string;
  autonomousUpToCents: number;
  approvalUpToCents: number;
  periodLimitCents?: number;
}

export interface MandateShape {
  period: string;
  periodLimitCents?: number;
  perClientYearLimitCents?: number;
  rules: MandateRuleShape[];
}

export type MandateChange =
  | { kind: 'field'; field: 'period' | 'periodLimitCents' | 'perClientYearLimitCents'; before?: string | number; after?: string | number }
  | { kind: 'ruleAdded'; categoryId: string; after: MandateRuleShape }
  | { kind: 'ruleRemoved'; categoryId: string; before: MandateRuleShape }
  | {
      kind: 'ruleChanged';
      categoryId: string;
      field: 'right' | 'autonomousUpToCents' | 'approvalUpToCents' | 'periodLimitCents';
      before?: string | number;
      after?: string | number;
    };

const TOP_FIELDS = ['period', 'periodLimitCents', 'perClientYearLimitCents'] as const;
const RULE_FIELDS = ['right', 'autonomousUpToCents', 'approvalUpToCents', 'periodLimitCents'] as const;

/**
 * The changes from `before` to `after`. `before` may be absent (the first version): then every
 * set field and every rule counts as new. Rules are matched by category, and reported in the
 * order of `after` followed by removed ones, so the list reads the same way as the mandate.
 */
export function diffMandates(before: MandateShape | undefined, after: MandateShape): MandateChange[] {
  const changes: MandateChange[] = [];
  for (const field of TOP_FIELDS) {
    const b = before?.[field];
    const a = after[field];
    if (b !== a) changes.push({ kind: 'field', field, before: b, after: a });
  }
  const old = new Map((before?.rules ?? []).map((r) => [r.categoryId, r]));
  for (const rule of after.rules) {
    const prev = old.get(rule.categoryId);
    if (!prev) {
      changes.push({ kind: 'ruleAdded', categoryId: rule.categoryId, after: rule });
      continue;
    }
    old.delete(rule.categoryId);
    for (const field of RULE_FIELDS) {
      if (prev[field] !== rule[field]) {
        changes.push({ kind: 'ruleChanged', categoryId: rule.categoryId, field, before: prev[field], after: rule[field] });
      }
    }
  }
  for (const [categoryId, rule] of old) changes.push({ kind: 'ruleRemoved', categoryId, before: rule });
  return changes;
}
