// The data modules in src/app/ against a stand-in server: what each request carries, and how
// every kind of failure comes back (a refusal with its problem, or "not reached").
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { RequestFailed, allPages, isStale, problemOf, problemText } from '../src/api/answer';

const server = vi.hoisted(() => ({
  requests: [] as Request[],
  answer: (_request: Request): Response | Promise<Response> => new Response(null, { status: 204 }),
}));

vi.mock('../src/app/client', async () => {
  const { createApi } = await import('../src/api/client');
  return {
    api: createApi({
      token: () => 'tok',
      origin: 'http://mandaat.test',
      fetch: (async (input: Request) => {
        server.requests.push(input.clone());
        return server.answer(input);
      }) as typeof fetch,
    }),
  };
});

const { getTeam, listUsers, updateTeam } = await import('../src/app/organisation');
const { createMandateVersion, listMandateVersions } = await import('../src/app/mandates');
const { reportFile, getReport } = await import('../src/app/reports');

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json; charset=utf-8' : 'application/problem+json', ...headers } });
const team = { id: 't1', name: 'Wijkteam Noord', memberIds: [], leadIds: [] };
const last = () => server.requests[server.requests.length - 1]!;

beforeEach(() => {
  server.requests = [];
});

describe('reads', () => {
  test('one object comes with the version its change must name', async () => {
    server.answer = () => json(team, 200, { ETag: '"v7"' });
    expect(await getTeam('t1')).toEqual({ value: team, etag: '"v7"' });
    expect(last().headers.get('Authorization')).toBe('Bearer tok');
  });

  test('a whole list, page by page', async () => {
    server.answer = (r) => {
      const cursor = new URL(r.url).searchParams.get('cursor');
      return json(cursor ? { items: [{ id: 'b' }] } : { items: [{ id: 'a' }], nextCursor: 'c1' });
    };
    expect(await listUsers()).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(server.requests.map((r) => new URL(r.url).search)).toEqual(['?limit=200', '?limit=200&cursor=c1']);
  });

  test('a list stops after its last page even when the server keeps giving cursors', async () => {
    let pages = 0;
    const page = async () => {
      pages++;
      return { data: { items: [pages], nextCursor: 'more' }, response: new Response() };
    };
    expect(await allPages(page, 3)).toEqual([1, 2, 3]);
  });

  test('a mandate’s history with its ETag', async () => {
    server.answer = () => json({ items: [{ id: 'v2' }, { id: 'v1' }] }, 200, { ETag: '"h2"' });
    expect(await listMandateVersions('u1')).toEqual({ value: [{ id: 'v2' }, { id: 'v1' }], etag: '"h2"' });
  });
});

describe('writes', () => {
  test('a change names the version it was made from', async () => {
    server.answer = () => json(team);
    await updateTeam('t1', { name: 'Wijkteam Noord' }, '"v7"');
    expect(last().method).toBe('PATCH');
    expect(last().headers.get('If-Match')).toBe('"v7"');
    expect(await last().json()).toEqual({ name: 'Wijkteam Noord' });
  });

  test('a change without a known version sends none', async () => {
    server.answer = () => json(team);
    await updateTeam('t1', { name: 'x' }, null);
    expect(last().headers.has('If-Match')).toBe(false);
  });

  test('a new mandate version names the history it was made from', async () => {
    server.answer = () => json({ id: 'v3' }, 201);
    await createMandateVersion('u1', { validFrom: '2026-05-01', reason: 'r', period: 'quarter', rules: [] }, '"h2"');
    expect(last().headers.get('If-Match')).toBe('"h2"');
  });
});

describe('failures', () => {
  test('a refusal comes back with its problem document', async () => {
    server.answer = () => json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid input', errors: [{ field: 'name', message: 'is required' }] }, 400);
    const error = await updateTeam('t1', { name: '' }, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestFailed);
    expect(problemOf(error)?.errors).toEqual([{ field: 'name', message: 'is required' }]);
    expect(problemText(error, 'offline')).toBe('Invalid input');
    expect(isStale(error)).toBe(false);
  });

  test('a change made meanwhile by someone else is stale', async () => {
    server.answer = () => json({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: 'stale', errors: [] }, 412);
    const error = await updateTeam('t1', { name: 'x' }, '"v6"').catch((e: unknown) => e);
    expect(isStale(error)).toBe(true);
  });

  test('an answer that is no problem document is named by its status', async () => {
    server.answer = () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    const error = await getTeam('t1').catch((e: unknown) => e);
    expect(problemOf(error)).toMatchObject({ status: 502, title: 'HTTP 502', errors: [] });
    expect(problemText(error, 'offline')).toBe('HTTP 502');
  });

  test('no answer at all is "not reached", not a refusal', async () => {
    server.answer = () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await getTeam('t1').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(RequestFailed);
    expect(problemOf(error)).toBeNull();
    expect(problemText(error, 'geen verbinding')).toBe('geen verbinding');
  });
});

describe('report files', () => {
  const filter = { from: '2026-01', to: '2026-06', teamId: 't1' };

  test('sends the token and the wanted type, with the filters on screen', async () => {
    server.answer = () => new Response('a,b\r\n', { status: 200, headers: { 'Content-Type': 'text/csv' } });
    const blob = await reportFile('verdict-mix', filter, 'text/csv');
    expect(await blob.text()).toBe('a,b\r\n');
    expect(last().headers.get('Accept')).toBe('text/csv');
    expect(last().headers.get('Authorization')).toBe('Bearer tok');
    expect(new URL(last().url).pathname).toBe('/api/v1/reports/verdict-mix');
    expect(new URL(last().url).search).toBe('?from=2026-01&to=2026-06&teamId=t1');
  });

  test('gives the problem detail of a refusal', async () => {
    server.answer = () => json({ title: 'Forbidden', detail: 'Not your team' }, 403);
    const error = await reportFile('budget-use', filter, 'text/csv').catch((e: unknown) => e);
    expect(problemOf(error)).toMatchObject({ status: 403, detail: 'Not your team' });
  });

  test('a report for its chart is asked for as JSON', async () => {
    server.answer = () => json({ rows: [] });
    expect(await getReport('reflections', filter)).toEqual({ rows: [] });
    expect(last().headers.get('Accept')).toBe('application/json');
  });
});
