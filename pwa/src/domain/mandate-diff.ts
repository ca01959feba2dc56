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

export type Direction = 'wider' | 'narrower' | 'neutral';

/** From least to most room: what a professional may do alone grows to the right. */
const RIGHT_ORDER = ['forbidden', 'approval', 'four_eyes', 'autonomous'];
const LIMITS = new Set(['periodLimitCents', 'perClientYearLimitCents']);

/**
 * Whether a change gives the professional more room or less: the steps of growing autonomy are
 * what a lead wants to see at a glance. An absent limit is no limit, so more room than any.
 */
export function direction(change: MandateChange): Direction {
  if (change.kind === 'ruleAdded') return change.after.right === 'forbidden' ? 'neutral' : 'wider';
  if (change.kind === 'ruleRemoved') return change.before.right === 'forbidden' ? 'neutral' : 'narrower';
  if (change.field === 'period') return 'neutral';
  const { before, after } = change;
  if (change.kind === 'ruleChanged' && change.field === 'right') {
    const b = RIGHT_ORDER.indexOf(String(before));
    const a = RIGHT_ORDER.indexOf(String(after));
    return a === b ? 'neutral' : a > b ? 'wider' : 'narrower';
  }
  const limit = LIMITS.has(change.field);
  const size = (v: string | number | undefined) => (v === undefined ? (limit ? Infinity : 0) : Number(v));
  const b = size(before);
  const a = size(after);
  return a === b ? 'neutral' : a > b ? 'wider' : 'narrower';
}

/** One row of a before/after view: a whole field or a whole category's rule. */
export type CompareRow =
  | { kind: 'field'; field: 'period' | 'periodLimitCents' | 'perClientYearLimitCents'; before?: string | number; after?: string | number; changed: boolean }
  | { kind: 'rule'; categoryId: string; before?: MandateRuleShape; after?: MandateRuleShape; changed: boolean; directions: Direction[] };

/**
 * The before/after view of two mandates: the three fields, then one row per category (those of
 * `after` in its order, then dropped ones), each marked when it changed and, for rules, which
 * way its changes go. A phone shows a row per category rather than per amount.
 */
export function compareMandates(before: MandateShape | undefined, after: MandateShape): CompareRow[] {
  const changes = diffMandates(before, after);
  const rows: CompareRow[] = TOP_FIELDS.map((field) => {
    const row: CompareRow = { kind: 'field', field, changed: changes.some((c) => c.kind === 'field' && c.field === field) };
    if (before?.[field] !== undefined) row.before = before[field];
    if (after[field] !== undefined) row.after = after[field];
    return row;
  });
  const categories = [...after.rules.map((r) => r.categoryId), ...(before?.rules ?? []).map((r) => r.categoryId).filter((id) => !after.rules.some((r) => r.categoryId === id))];
  for (const categoryId of categories) {
    const own = changes.filter((c) => c.kind !== 'field' && c.categoryId === categoryId);
    const row: CompareRow = { kind: 'rule', categoryId, changed: own.length > 0, directions: own.map(direction) };
    const b = before?.rules.find((r) => r.categoryId === categoryId);
    const a = after.rules.find((r) => r.categoryId === categoryId);
    if (b) row.before = b;
    if (a) row.after = a;
    rows.push(row);
  }
  return rows;
}

/** How many changes give more room and how many less. */
export function tally(changes: MandateChange[]): { wider: number; narrower: number; neutral: number } {
  const out = { wider: 0, narrower: 0, neutral: 0 };
  for (const c of changes) out[direction(c)]++;
  return out;
}
