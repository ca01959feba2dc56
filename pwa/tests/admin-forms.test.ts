import { describe, expect, test } from 'vitest';
import { nl } from './all-strings';
import {
  byName,
  categoryChanges,
  categoryForm,
  checkCategory,
  checkTeam,
  checkUser,
  createCategoryRequest,
  createTeamRequest,
  createUserRequest,
  matches,
  serverMessage,
  setLead,
  setMember,
  suggestCode,
  teamChanges,
  teamForm,
  userChanges,
  userForm,
} from '../src/domain/admin-forms';

test('every server message the screens know has Dutch words', () => {
  for (const message of ['is required', 'must be an e-mail address', 'another team already has this name', 'must be at least 10 characters']) {
    expect(nl).toHaveProperty(serverMessage(message)!.key);
  }
});

test('an id that names no user is worded alike whether the server says person or user', () => {
  expect(serverMessage('is not a person of this organisation')?.key).toBe('adServerNoUser');
  expect(serverMessage('is not a user of this organisation')?.key).toBe('adServerNoUser');
});

describe('categories', () => {
  test('a code is suggested from the name', () => {
    expect(suggestCode('Financiële ondersteuning')).toBe('financiele-ondersteuning');
    expect(suggestCode('  Jeugd 18-/18+ ')).toBe('jeugd-18-18');
    expect(suggestCode('€€€')).toBe('');
    expect(suggestCode('a'.repeat(70)).length).toBe(64);
  });

  test('code and name are checked before sending', () => {
    expect(checkCategory(categoryForm())).toEqual({ code: 'required', name: 'required' });
    expect(checkCategory({ ...categoryForm(), code: 'Wonen', name: 'Wonen' })).toEqual({ code: 'code' });
    expect(checkCategory({ ...categoryForm(), code: 'wonen_18-plus', name: 'Wonen' })).toEqual({});
  });

  test('a new category leaves out empty texts; a change sends only what changed', () => {
    const form = { code: ' wonen ', name: 'Wonen ', description: '', legalBasis: 'Wmo 2015', active: true };
    expect(createCategoryRequest(form)).toEqual({ code: 'wonen', name: 'Wonen', legalBasis: 'Wmo 2015', active: true });
    const before = categoryForm({ code: 'wonen', name: 'Wonen', description: 'Huisvesting', legalBasis: null, active: true });
    expect(categoryChanges(before, { ...before })).toEqual({});
    expect(categoryChanges(before, { ...before, description: '', active: false, name: 'Wonen ' })).toEqual({ description: '', active: false });
  });
});

describe('teams', () => {
  const team = { name: 'Wijkteam Noord', description: null, memberIds: ['ingrid', 'fatima', 'joost'], leadIds: ['ingrid'] };

  test('a lead is a member; leaving the team ends the lead', () => {
    let form = teamForm(team);
    form = setLead(form, 'ruben', true);
    expect(form.memberIds).toContain('ruben');
    expect(form.leadIds).toEqual(['ingrid', 'ruben']);
    form = setMember(form, 'ingrid', false);
    expect(form.leadIds).toEqual(['ruben']);
    expect(form.memberIds).not.toContain('ingrid');
    form = setLead(form, 'ruben', false);
    expect(form.memberIds).toContain('ruben');
  });

  test('a new team sends everyone as members and the leads', () => {
    expect(createTeamRequest({ name: ' Zuid ', description: '', memberIds: ['a'], leadIds: ['b'] })).toEqual({ name: 'Zuid', memberIds: ['a', 'b'], leadIds: ['b'] });
    expect(checkTeam({ ...teamForm(), name: '  ' })).toEqual({ name: 'required' });
  });

  test('a change sends members and leads together, only when either changed', () => {
    const before = teamForm(team);
    expect(teamChanges(before, { ...before, name: 'Noord' })).toEqual({ name: 'Noord' });
    expect(teamChanges(before, { ...before, memberIds: ['joost', 'ingrid', 'fatima'] })).toEqual({});
    expect(teamChanges(before, setMember(before, 'sanne', true))).toEqual({ memberIds: ['ingrid', 'fatima', 'joost', 'sanne'], leadIds: ['ingrid'] });
    expect(teamChanges(before, setLead(before, 'fatima', true))).toEqual({ memberIds: ['ingrid', 'fatima', 'joost'], leadIds: ['ingrid', 'fatima'] });
  });
});

describe('users', () => {
  const carla = { name: 'Carla Smit', email: 'carla@rijnstede.demo', roles: ['controller'], teamIds: [], active: true };

  test('name, e-mail address, a role and a long enough password are checked', () => {
    expect(checkUser(userForm())).toEqual({ name: 'required', email: 'required', roles: 'oneRole' });
    expect(checkUser({ ...userForm(carla), email: 'carla@', password: 'kort' })).toEqual({ email: 'email', password: 'passwordShort' });
    expect(checkUser({ ...userForm(carla), password: 'lang-genoeg-1' })).toEqual({});
  });

  test('a new user: roles in the usual order, the password only when given', () => {
    const form = { ...userForm(), name: ' Nina ', email: 'nina@rijnstede.demo ', roles: ['team_lead', 'professional'], teamIds: ['t1'] };
    expect(createUserRequest(form)).toEqual({ name: 'Nina', email: 'nina@rijnstede.demo', roles: ['professional', 'team_lead'], teamIds: ['t1'], active: true });
    expect(createUserRequest({ ...form, password: 'lang-genoeg-1' }).password).toBe('lang-genoeg-1');
  });

  test('a change sends only what changed', () => {
    const before = userForm(carla);
    expect(userChanges(before, { ...before })).toEqual({});
    expect(userChanges(before, { ...before, roles: ['admin', 'controller'] })).toEqual({ roles: ['controller', 'admin'] });
    expect(userChanges(before, { ...before, active: false, teamIds: ['t2'], password: 'nieuw-wachtwoord' })).toEqual({ active: false, teamIds: ['t2'], password: 'nieuw-wachtwoord' });
  });

  test('search ignores case and accents; names sort as in Dutch', () => {
    expect(matches({ name: 'Chloë de Jong', email: 'c@x.nl' }, 'chloe')).toBe(true);
    expect(matches({ name: 'Chloë de Jong', email: 'c@x.nl' }, 'C@X')).toBe(true);
    expect(matches({ name: 'Chloë de Jong', email: 'c@x.nl' }, 'piet')).toBe(false);
    expect(byName([{ name: 'sanne' }, { name: 'Éva' }, { name: 'Bram' }]).map((p) => p.name)).toEqual(['Bram', 'Éva', 'sanne']);
  });
});
