import { describe, expect, it } from 'vitest';
import { diffMandates, type MandateShape } from '../src/domain/mandate-diff';

const HOUSING = 'cat-housing';
const FOOD = 'cat-food';

const base: MandateShape = {
  period: 'month',
  periodLimitCents: 100_000,
  rules: [
    { categoryId: HOUSING, right: 'decide', autonomousUpToCents: 25_000, approvalUpToCents: 100_000 },
    { categoryId: FOOD, right: 'decide', autonomousUpToCents: 5_000, approvalUpToCents: 10_000 },
  ],
};

describe('diffMandates', () => {
  it('finds nothing between equal versions', () => {
    expect(diffMandates(base, structuredClone(base))).toEqual([]);
  });

  it('reports a widened limit and a widened rule with before and after', () => {
    const wider = structuredClone(base);
    wider.periodLimitCents = 150_000;
    wider.rules[0]!.autonomousUpToCents = 50_000;
    expect(diffMandates(base, wider)).toEqual([
      { kind: 'field', field: 'periodLimitCents', before: 100_000, after: 150_000 },
      { kind: 'ruleChanged', categoryId: HOUSING, field: 'autonomousUpToCents', before: 25_000, after: 50_000 },
    ]);
  });

  it('reports added and removed categories and a limit that is lifted', () => {
    const next: MandateShape = {
      period: 'quarter',
      rules: [{ categoryId: HOUSING, right: 'decide', autonomousUpToCents: 25_000, approvalUpToCents: 100_000 }, { categoryId: 'cat-travel', right: 'propose', autonomousUpToCents: 0, approvalUpToCents: 2_000 }],
    };
    expect(diffMandates(base, next)).toEqual([
      { kind: 'field', field: 'period', before: 'month', after: 'quarter' },
      { kind: 'field', field: 'periodLimitCents', before: 100_000, after: undefined },
      { kind: 'ruleAdded', categoryId: 'cat-travel', after: next.rules[1] },
      { kind: 'ruleRemoved', categoryId: FOOD, before: base.rules[1] },
    ]);
  });

  it('treats everything in the first version as new', () => {
    const changes = diffMandates(undefined, base);
    expect(changes.filter((c) => c.kind === 'ruleAdded')).toHaveLength(2);
    expect(changes).toContainEqual({ kind: 'field', field: 'period', before: undefined, after: 'month' });
  });
});
