import { describe, expect, it } from 'vitest';
import { compareMandates, diffMandates, direction, tally, type MandateShape } from '../src/domain/mandate-diff';
import { manageableUsers, versionState } from '../src/domain/mandate-users';
import { euroText, newRule, readTerms, rebaseForm, readVersion, shapeOf, termsForm, versionForm } from '../src/domain/mandate-form';

const HOUSING = 'cat-housing';
const DEBTS = 'cat-debts';

const current: MandateShape = {
  period: 'quarter',
  periodLimitCents: 500_000,
  rules: [
    { categoryId: HOUSING, right: 'four_eyes', autonomousUpToCents: 50_000, approvalUpToCents: 200_000, periodLimitCents: 300_000 },
    { categoryId: DEBTS, right: 'approval', autonomousUpToCents: 25_000, approvalUpToCents: 100_000 },
  ],
};
const latest = { ...current, validFrom: '2026-03-01' };

describe('the mandate form', () => {
  it('writes cents as the user types euros', () => {
    expect(euroText(75_000)).toBe('750');
    expect(euroText(75_050)).toBe('750,50');
    expect(euroText(5)).toBe('0,05');
    expect(euroText(undefined)).toBe('');
  });

  it('reads back unchanged terms exactly, hidden amounts included', () => {
    const { terms, problems } = readTerms(termsForm(current), current);
    expect(problems).toEqual({});
    expect(terms).toEqual(current);
    expect(diffMandates(current, terms!)).toEqual([]);
  });

  it('drops nulls the API sends for absent limits, so an unchanged copy has no differences', () => {
    const fromApi = { period: 'month', periodLimitCents: null, perClientYearLimitCents: null, rules: [{ categoryId: HOUSING, right: 'autonomous', autonomousUpToCents: 1, approvalUpToCents: 2, periodLimitCents: null }] };
    expect(shapeOf(fromApi)).toEqual({ period: 'month', rules: [{ categoryId: HOUSING, right: 'autonomous', autonomousUpToCents: 1, approvalUpToCents: 2 }] });
  });

  it('reads a widened rule into cents', () => {
    const form = termsForm(current);
    form.rules[0] = { ...form.rules[0]!, right: 'autonomous', autonomous: '750', approval: '2.500,50' };
    const { terms } = readTerms(form, current);
    expect(terms!.rules[0]).toEqual({ categoryId: HOUSING, right: 'autonomous', autonomousUpToCents: 75_000, approvalUpToCents: 250_050, periodLimitCents: 300_000 });
  });

  it('names every bad field by the server field name', () => {
    const form = termsForm(current);
    form.periodLimit = 'veel';
    form.rules[0] = { ...form.rules[0]!, autonomous: '900', approval: '100' };
    form.rules.push(newRule(DEBTS), newRule(''));
    form.rules[1] = { ...form.rules[1]!, approval: '' };
    const { terms, problems } = readTerms(form, current);
    expect(terms).toBeNull();
    expect(problems).toEqual({
      periodLimitCents: 'amount',
      'rules[0].approvalUpToCents': 'belowAutonomous',
      'rules[1].approvalUpToCents': 'required',
      'rules[2].categoryId': 'sameCategory',
      'rules[3].categoryId': 'noCategory',
    });
  });

  it('refuses amounts above the server maximum', () => {
    const form = termsForm(current);
    form.perClientYearLimit = '100000001';
    expect(readTerms(form).problems).toEqual({ perClientYearLimitCents: 'tooLarge' });
  });

  it('caps a hidden amount alone at the approval amount when the right becomes approval', () => {
    const form = termsForm(current);
    form.rules[0] = { ...form.rules[0]!, right: 'approval', approval: '300' };
    const { terms } = readTerms(form, current);
    expect(terms!.rules[0]).toMatchObject({ right: 'approval', autonomousUpToCents: 30_000, approvalUpToCents: 30_000 });
  });

  it('keeps the old amounts of a rule made forbidden', () => {
    const form = termsForm(current);
    form.rules[0] = { ...form.rules[0]!, right: 'forbidden', autonomous: 'x', approval: 'y' };
    const { terms, problems } = readTerms(form, current);
    expect(problems).toEqual({});
    expect(terms!.rules[0]).toEqual({ ...current.rules[0], right: 'forbidden' });
  });

  it('starts a new version today from the latest terms, or at a later planned start', () => {
    expect(versionForm(latest, '2026-11-22')).toMatchObject({ validFrom: '2026-11-22', reason: '', period: 'quarter', periodLimit: '5000' });
    expect(versionForm({ ...latest, validFrom: '2026-12-01' }, '2026-11-22').validFrom).toBe('2026-12-01');
    expect(versionForm(null, '2026-11-22')).toMatchObject({ rules: [], period: 'quarter' });
  });

  it('wants a reason and a start not before the latest version', () => {
    const form = { ...versionForm(latest, '2026-11-22'), validFrom: '2026-02-01', reason: '  ' };
    expect(readVersion(form, latest)).toEqual({ request: null, problems: { validFrom: 'beforeLatest', reason: 'required' } });
    expect(readVersion({ ...form, validFrom: '2026-13-45' }, latest).problems.validFrom).toBe('date');
    const ok = readVersion({ ...form, validFrom: '2026-11-22', reason: ' Tweede stap ' }, latest);
    expect(ok.request).toEqual({ ...current, validFrom: '2026-11-22', reason: 'Tweede stap' });
  });
});

describe('which way a change goes', () => {
  it('counts more money, a stronger right, an added rule and a lifted limit as more room', () => {
    const wider: MandateShape = structuredClone(current);
    delete wider.periodLimitCents;
    wider.rules[0]!.right = 'autonomous';
    wider.rules[0]!.autonomousUpToCents = 75_000;
    wider.rules[1]!.approvalUpToCents = 50_000;
    wider.rules.push({ categoryId: 'cat-food', right: 'autonomous', autonomousUpToCents: 5_000, approvalUpToCents: 5_000 });
    const changes = diffMandates(current, wider);
    expect(changes.map(direction)).toEqual(['wider', 'wider', 'wider', 'narrower', 'wider']);
    expect(tally(changes)).toEqual({ wider: 4, narrower: 1, neutral: 0 });
  });

  it('sees a new limit and a dropped rule as less room, a period change as neither', () => {
    const narrower: MandateShape = { ...structuredClone(current), period: 'year', perClientYearLimitCents: 100_000, rules: [current.rules[0]!] };
    expect(diffMandates(current, narrower).map(direction)).toEqual(['neutral', 'narrower', 'narrower']);
  });

  it('compares per field and per category, dropped categories last', () => {
    const next: MandateShape = { ...structuredClone(current), rules: [{ ...current.rules[1]!, approvalUpToCents: 150_000 }] };
    const rows = compareMandates(current, next);
    expect(rows.map((r) => (r.kind === 'field' ? r.field : r.categoryId))).toEqual(['period', 'periodLimitCents', 'perClientYearLimitCents', DEBTS, HOUSING]);
    expect(rows.map((r) => r.changed)).toEqual([false, false, false, true, true]);
    expect(rows[3]).toMatchObject({ kind: 'rule', directions: ['wider'] });
    expect(rows[4]).toMatchObject({ kind: 'rule', before: current.rules[0], directions: ['narrower'] });
    expect(rows[4]).not.toHaveProperty('after');
  });
});

describe('whose mandate the screens offer', () => {
  const user = (id: string, roles: string[], teamIds: string[], active = true) => ({ id, name: id, roles, teamIds, active });
  const users = [
    user('zoe', ['professional'], ['noord']),
    user('ingrid', ['professional', 'team_lead'], ['noord']),
    user('sanne', ['professional'], ['zuid']),
    user('carla', ['controller'], ['noord']),
    user('oud', ['professional'], ['noord'], false),
    user('bram', ['professional'], ['noord', 'zuid']),
  ];
  const teams = [
    { id: 'noord', leadIds: ['ingrid'] },
    { id: 'zuid', leadIds: ['ruben'] },
  ];

  it('gives a lead the active professionals of their teams, never themselves', () => {
    expect(manageableUsers(users, teams, { id: 'ingrid', roles: ['professional', 'team_lead'] }).map((u) => u.id)).toEqual(['bram', 'zoe']);
    expect(manageableUsers(users, teams, { id: 'ruben', roles: ['team_lead'] }).map((u) => u.id)).toEqual(['bram', 'sanne']);
  });

  it('gives an admin every active professional and a controller nobody', () => {
    expect(manageableUsers(users, teams, { id: 'beheer', roles: ['admin'] }).map((u) => u.id)).toEqual(['bram', 'ingrid', 'sanne', 'zoe']);
    expect(manageableUsers(users, teams, { id: 'carla', roles: ['controller'] })).toEqual([]);
  });

  it('tells a version in force from a planned and a superseded one', () => {
    expect(versionState({ validFrom: '2026-01-01', validUntil: '2026-06-01' }, '2026-05-31')).toBe('current');
    expect(versionState({ validFrom: '2026-01-01', validUntil: '2026-06-01' }, '2026-06-01')).toBe('past');
    expect(versionState({ validFrom: '2026-12-01' }, '2026-11-22')).toBe('planned');
    expect(versionState({ validFrom: '2026-11-22', validUntil: null }, '2026-11-22')).toBe('current');
  });
});

describe('an edit moved onto a version saved meanwhile', () => {
  const food = { categoryId: 'cat-food', right: 'autonomous', autonomousUpToCents: 5_000, approvalUpToCents: 5_000 };

  it('keeps what the lead changed and takes what they left alone from the newer version', () => {
    const mine = termsForm(current);
    mine.rules[1] = { ...mine.rules[1]!, right: 'autonomous', autonomous: '400' };
    const theirs: MandateShape = { ...structuredClone(current), periodLimitCents: 600_000 };
    theirs.rules[1]!.approvalUpToCents = 120_000;
    const { terms } = readTerms(rebaseForm(mine, current, theirs), theirs);
    expect(terms).toEqual({ ...theirs, rules: [theirs.rules[0], { ...theirs.rules[1], right: 'autonomous', autonomousUpToCents: 40_000 }] });
  });

  it('lets the lead win where both changed the same amount', () => {
    const mine = { ...termsForm(current), periodLimit: '7000' };
    const theirs = { ...structuredClone(current), periodLimitCents: 600_000 };
    expect(rebaseForm(mine, current, theirs).periodLimit).toBe('7000');
  });

  it('follows rules the other added or dropped, and keeps the lead’s own additions and removals', () => {
    const mine = termsForm(current);
    mine.rules = [mine.rules[0]!, newRule('cat-new')];
    const theirs: MandateShape = { ...structuredClone(current), rules: [current.rules[1]!, food] };
    const rebased = rebaseForm(mine, current, theirs);
    // Housing: removed by the other, untouched here, so gone. Debts: removed here. New: added here. Food: added there.
    expect(rebased.rules.map((r) => r.categoryId)).toEqual(['cat-new', 'cat-food']);
  });

  it('keeps the reason and start the lead typed', () => {
    const mine = { ...versionForm(latest, '2026-11-22'), reason: 'Derde stap' };
    expect(rebaseForm(mine, current, current)).toEqual(mine);
  });
});
