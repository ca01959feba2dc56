import { describe, expect, test } from 'vitest';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  actionKey,
  actionsFor,
  amsterdamDayStart,
  auditQuery,
  chainVerdict,
  describeValue,
  detailRows,
  entityKey,
  fieldKey,
  NO_FILTERS,
  periodReversed,
  subjectId,
  type ValueWords,
} from '../src/domain/audit-events';
import { nl } from './all-strings';

const words: ValueWords = {
  name: (id) => ({ '01a2039d-f555-72fa-b2f5-a0f32f7d6867': 'Fatima el Amrani', '01a2039d-f556-70bf-bf5c-6c1691e2d9b0': 'Ingrid Jansen' })[id] ?? null,
  money: (c) => `€ ${(c / 100).toFixed(2)}`,
  code: (field, value) => (field === 'status' && value === 'approved' ? 'Goedgekeurd' : null),
  label: (field) => ({ period: 'Periode', rules: 'Regels', right: 'Beslisrecht' })[field] ?? field,
  yes: 'ja',
  no: 'nee',
  none: '—',
  lead: 'leidinggevende',
};

describe('audit actions and objects in words', () => {
  test('every action and object the server records has Dutch words', () => {
    for (const action of AUDIT_ACTIONS) expect(nl, action).toHaveProperty(actionKey(action));
    for (const type of AUDIT_ENTITY_TYPES) expect(nl, type).toHaveProperty(entityKey(type));
  });

  test('keys are built from the codes', () => {
    expect(actionKey('mandate_version.created')).toBe('auActionMandateVersionCreated');
    expect(entityKey('team_budget_pot')).toBe('auEntityTeamBudgetPot');
    expect(fieldKey('teamIds')).toBe('auFieldTeamIds');
  });

  test('an object kind narrows the actions to its own', () => {
    expect(actionsFor('team')).toEqual(['team.created', 'team.changed']);
    expect(actionsFor('')).toBe(AUDIT_ACTIONS);
  });
});

describe('the period filter in Amsterdam days', () => {
  test('a winter day starts at 23:00 UTC the day before, a summer day at 22:00', () => {
    expect(amsterdamDayStart('2026-01-15')).toBe('2026-01-14T23:00:00Z');
    expect(amsterdamDayStart('2026-07-01')).toBe('2026-06-30T22:00:00Z');
  });

  test('the days of the clock changes', () => {
    // Summer time starts at 02:00 on 29 March 2026, winter time at 03:00 on 25 October.
    expect(amsterdamDayStart('2026-03-29')).toBe('2026-03-28T23:00:00Z');
    expect(amsterdamDayStart('2026-03-30')).toBe('2026-03-29T22:00:00Z');
    expect(amsterdamDayStart('2026-10-25')).toBe('2026-10-24T22:00:00Z');
    expect(amsterdamDayStart('2026-10-26')).toBe('2026-10-25T23:00:00Z');
  });

  test('the query leaves empty filters out and ends after the last day', () => {
    expect(auditQuery(NO_FILTERS, 25)).toEqual({ limit: 25 });
    expect(auditQuery({ ...NO_FILTERS, action: 'team.created', fromDate: '2026-11-01', toDate: '2026-11-30' }, 25, 'abc')).toEqual({
      action: 'team.created',
      from: '2026-10-31T23:00:00Z',
      to: '2026-11-30T23:00:00Z',
      limit: 25,
      cursor: 'abc',
    });
    expect(auditQuery({ ...NO_FILTERS, toDate: '2026-12-31' }, 10).to).toBe('2026-12-31T23:00:00Z');
  });

  test('a period that runs backwards is noticed', () => {
    expect(periodReversed({ ...NO_FILTERS, fromDate: '2026-11-02', toDate: '2026-11-01' })).toBe(true);
    expect(periodReversed({ ...NO_FILTERS, fromDate: '2026-11-01', toDate: '2026-11-01' })).toBe(false);
    expect(periodReversed({ ...NO_FILTERS, toDate: '2026-11-01' })).toBe(false);
  });
});

describe('the details of an event', () => {
  test('before and after side by side; fields the change left alone are left out', () => {
    const rows = detailRows({
      before: { name: 'Fatima', email: 'f@x.nl', active: true },
      after: { name: 'Fatima el Amrani', email: 'f@x.nl', active: true, roles: null, teamIds: ['t1'], passwordChanged: false },
    });
    expect(rows).toEqual([
      { field: 'name', before: 'Fatima', after: 'Fatima el Amrani', changed: true },
      { field: 'email', before: 'f@x.nl', after: 'f@x.nl', changed: false },
      { field: 'active', before: true, after: true, changed: false },
      { field: 'teamIds', after: ['t1'], changed: true },
    ]);
    expect('before' in rows[3]!, 'not recorded before, which is not the same as empty').toBe(false);
  });

  test('a creation has only the after; other details are plain values', () => {
    expect(detailRows({ teamId: 'x', period: '2026-Q4', after: { limitCents: 500000 } })).toEqual([
      { field: 'teamId', value: 'x', changed: false },
      { field: 'period', value: '2026-Q4', changed: false },
      { field: 'limitCents', after: 500000, changed: true },
    ]);
    expect(detailRows({})).toEqual([]);
    expect(detailRows(null)).toEqual([]);
    expect(detailRows('edited by hand')).toEqual([{ field: '', value: 'edited by hand', changed: false }]);
  });

  test('values in words: names for ids, euros for cents, members with their lead', () => {
    expect(describeValue('01a2039d-f555-72fa-b2f5-a0f32f7d6867', 'professionalId', words)).toBe('Fatima el Amrani');
    expect(describeValue('01a2039d-0000-7000-8000-000000000000', 'categoryId', words)).toBe('01a2039d…');
    expect(describeValue(35000, 'amountCents', words)).toBe('€ 350.00');
    expect(describeValue(3, 'count', words)).toBe('3');
    expect(describeValue(false, 'urgent', words)).toBe('nee');
    expect(describeValue(null, 'description', words)).toBe('—');
    expect(describeValue('approved', 'status', words)).toBe('Goedgekeurd');
    expect(describeValue(['a', 'b'], 'roles', words)).toBe('a, b');
    expect(
      describeValue(
        [
          { userId: '01a2039d-f556-70bf-bf5c-6c1691e2d9b0', lead: true },
          { userId: '01a2039d-f555-72fa-b2f5-a0f32f7d6867', lead: false },
        ],
        'members',
        words,
      ),
    ).toBe('Ingrid Jansen (leidinggevende), Fatima el Amrani');
  });

  test('nested terms as indented lines', () => {
    const terms = { period: 'quarter', periodLimitCents: 200000, rules: [{ right: 'approval', approvalUpToCents: 100000 }] };
    expect(describeValue(terms, 'terms', words)).toBe('Periode: quarter\nperiodLimitCents: € 2000.00\nRegels:\n  - Beslisrecht: approval\n    approvalUpToCents: € 1000.00');
  });
});

describe('whom an event is about', () => {
  const known = (id: string) => ['fatima', 'noord'].includes(id);
  test('a named object itself, else the user or team in the details, else the id', () => {
    expect(subjectId({ entityId: 'fatima', details: {} }, known)).toBe('fatima');
    expect(subjectId({ entityId: 'v7', details: { userId: 'fatima', after: {} } }, known)).toBe('fatima');
    expect(subjectId({ entityId: 'pot1', details: { teamId: 'noord' } }, known)).toBe('noord');
    expect(subjectId({ entityId: 'd1', details: { userId: 'stranger' } }, known)).toBe('d1');
    expect(subjectId({ entityId: null, details: null }, known)).toBe(null);
  });
});

describe('the chain verification', () => {
  test('intact, or broken at the first event that fails', () => {
    expect(chainVerdict({ valid: true, checked: 40, firstInvalid: null })).toEqual({ intact: true, checked: 40 });
    expect(chainVerdict({ valid: false, checked: 40, firstInvalid: 17 })).toEqual({ intact: false, checked: 40, firstInvalid: 17 });
    expect(chainVerdict({ valid: false, checked: 0 })).toEqual({ intact: false, checked: 0, firstInvalid: null });
  });
});
