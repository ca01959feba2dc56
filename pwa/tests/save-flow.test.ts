import { describe, expect, test, vi } from 'vitest';
import { RequestFailed } from '../src/api/answer';
import type { Problem } from '../src/api/client';
import { asNamed, listOf, placeErrors, runSave, topFields, without, type SaveSteps } from '../src/app/save-flow';
import { serverMessage } from '../src/domain/admin-forms';

const problem = (status: number, errors: Problem['errors'] = [], detail = ''): Problem => ({ type: 'about:blank', title: `HTTP ${status}`, status, detail, errors });
const refuse = (p: Problem) => () => Promise.reject(new RequestFailed(p));

type Field = 'name' | 'email' | 'teamIds';
const fields: Field[] = ['name', 'email', 'teamIds'];
const steps = (send: SaveSteps<{ id: string }, Field>['send'], more: Partial<SaveSteps<{ id: string }, Field>> = {}): SaveSteps<{ id: string }, Field> => ({
  send,
  field: topFields(fields),
  ...more,
});

describe('the save flow', () => {
  test('sends nothing while the form’s own checks find a problem', async () => {
    const send = vi.fn(() => Promise.resolve({ id: 'x' }));
    expect(await runSave(steps(send, { check: () => ({ name: 'Dit veld is verplicht.' }) }))).toEqual({ kind: 'invalid', errors: { name: 'Dit veld is verplicht.' } });
    expect(send).not.toHaveBeenCalled();
  });

  test('sends nothing for an edit that changes nothing', async () => {
    expect(await runSave(steps(() => null, { check: () => ({}) }))).toEqual({ kind: 'unchanged' });
  });

  test('gives back what the server saved', async () => {
    expect(await runSave(steps(() => Promise.resolve({ id: 't1' })))).toEqual({ kind: 'saved', value: { id: 't1' } });
  });

  test('tells a change made meanwhile by someone else (412), or a missing version (428), from a refusal', async () => {
    expect(await runSave(steps(refuse(problem(412, [], 'stale'))))).toEqual({ kind: 'stale' });
    expect(await runSave(steps(refuse(problem(428))))).toEqual({ kind: 'stale' });
  });

  test('places the server’s field errors at the form’s fields, in the reader’s words', async () => {
    const outcome = await runSave(
      steps(refuse(problem(400, [{ field: 'email', message: 'is already used by someone in this organisation' }, { field: 'teamIds[1]', message: 'is not a team of this organisation' }], 'Invalid input')), {
        words: (m) => serverMessage(m)?.key ?? m,
      }),
    );
    expect(outcome).toEqual({ kind: 'refused', errors: { email: 'adServerEmailTaken', teamIds: 'adServerNoTeam' }, allPlaced: true, detail: 'Invalid input' });
  });

  test('says the server’s sentence when a problem has no field on the form', async () => {
    const outcome = await runSave(steps(refuse(problem(400, [{ field: 'name', message: 'is required' }, { field: 'organisationId', message: 'is unknown' }], 'Invalid input'))));
    expect(outcome).toEqual({ kind: 'refused', errors: { name: 'is required' }, allPlaced: false, detail: 'Invalid input' });
    expect(await runSave(steps(refuse(problem(403, [], 'Not your team'))))).toEqual({ kind: 'refused', errors: {}, allPlaced: false, detail: 'Not your team' });
    // A problem without a detail is named by its title.
    expect(await runSave(steps(refuse(problem(500))))).toMatchObject({ kind: 'refused', detail: 'HTTP 500' });
  });

  test('tells "not reached" from "refused"', async () => {
    const outcome = await runSave(steps(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(outcome).toEqual({ kind: 'refused', errors: {}, allPlaced: false, detail: null });
  });

  test('a send that throws before it answers is not reached either', async () => {
    const outcome = await runSave(
      steps(() => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(outcome).toMatchObject({ kind: 'refused', detail: null });
  });
});

describe('field errors of a refused save', () => {
  const grouped = (problems: { field: string; message: string }[], words?: (m: string) => string) => placeErrors(problems, listOf, words).errors;

  test('list items belong to their list; several messages for one field are joined', () => {
    expect(
      grouped([
        { field: 'name', message: 'is required' },
        { field: 'teamIds[1]', message: 'is not a team of this organisation' },
        { field: 'leadIds[0]', message: 'does not hold the team_lead role' },
        { field: 'leadIds[2]', message: 'is not a person of this organisation' },
        { field: 'rules[0].approvalUpToCents', message: 'must be positive' },
      ]),
    ).toEqual({
      name: 'is required',
      teamIds: 'is not a team of this organisation',
      leadIds: 'does not hold the team_lead role; is not a person of this organisation',
      rules: 'must be positive',
    });
    expect(grouped([])).toEqual({});
  });

  test('sentences are joined as sentences, fragments with a semicolon', () => {
    expect(grouped([{ field: 'jwks', message: 'Elke sleutel is een RSA-sleutel.' }, { field: 'jwks.keys[0].kid', message: 'Elke sleutel heeft een kid.' }]).jwks).toBe('Elke sleutel is een RSA-sleutel. Elke sleutel heeft een kid.');
  });

  test('known server messages are put in words once; others stay as sent', () => {
    const words = (m: string) => {
      const known = serverMessage(m);
      return known ? `${known.key}${known.vars.min ?? ''}` : m;
    };
    expect(
      grouped(
        [
          { field: 'leadIds[0]', message: 'does not hold the team_lead role' },
          { field: 'leadIds[1]', message: 'does not hold the team_lead role' },
          { field: 'password', message: 'must be at least 10 characters' },
          { field: 'email', message: 'is already used by someone in this organisation' },
          { field: 'name', message: 'must not contain control characters' },
        ],
        words,
      ),
    ).toEqual({ leadIds: 'adServerNotLead', password: 'adProblemPasswordShort10', email: 'adServerEmailTaken', name: 'must not contain control characters' });
  });

  test('an editor with a field per rule line keeps the server’s names', () => {
    expect(placeErrors([{ field: 'rules[1].right', message: 'is required' }], asNamed)).toEqual({ errors: { 'rules[1].right': 'is required' }, allPlaced: true });
  });

  test('an editor may gather fields under one of its own', () => {
    const field = (f: string) => (f.startsWith('professionals') ? 'professionals' : f);
    expect(placeErrors([{ field: 'professionals[0].userId', message: 'a' }, { field: 'professionals[2].userId', message: 'b' }], field)).toEqual({ errors: { professionals: 'a; b' }, allPlaced: true });
  });

  test('only the form’s own fields are placed', () => {
    expect(placeErrors([{ field: 'teamIds[0]', message: 'x' }, { field: 'id', message: 'y' }], topFields(fields))).toEqual({ errors: { teamIds: 'x' }, allPlaced: false });
  });

  test('a change takes the errors of the fields it touched away', () => {
    expect(without<Field>({ name: 'a', email: 'b', teamIds: 'c' }, 'name', 'teamIds')).toEqual({ email: 'b' });
  });
});
