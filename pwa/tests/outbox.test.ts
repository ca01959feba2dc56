import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/client';
import { acknowledge, outboxEntries, queueDecision, type DecisionDraft } from '../src/outbox/outbox';
import { retryDelay, syncOutbox } from '../src/outbox/sync';
import { clearPersonalData, closeDb } from '../src/storage/db';
import { FakeServer } from './fake-server';

const draft = (amountCents: number, title = 'Wasmachine'): DecisionDraft => ({
  categoryId: '00000000-0000-0000-0000-000000000001',
  clientRef: 'CASE-2026-0042',
  amountCents,
  title,
  situation: 'Gezin zonder wasmachine, zes weken procedure',
  solution: 'Vandaag een wasmachine gekocht',
  rationale: 'Voorkomt verdere schade',
  urgent: false,
});

let server: FakeServer;
const apiFor = (s: FakeServer, token = 't0k3n') =>
  createApi({ token: () => token, origin: 'http://mandaat.test', fetch: s.fetch as typeof fetch });

beforeEach(async () => {
  await clearPersonalData();
  server = new FakeServer();
});

describe('the outbox', () => {
  it('fixes the id, the Idempotency-Key and the client verdict when the decision is made', async () => {
    const made = new Date('2026-03-31T22:30:00Z'); // already 1 April in Amsterdam
    const entry = await queueDecision(draft(35_000), 'within_mandate', made);
    expect(entry.request.id).toBe(entry.id);
    expect(entry.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entry.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.request.clientVerdict).toBe('within_mandate');
    expect(entry.request.decidedAt).toBe('2026-03-31T22:30:00.000Z');
    expect(entry.decidedOn).toBe('2026-04-01');
    expect(entry.state).toBe('waiting');
  });

  it('keeps waiting decisions when the app is closed and opened again', async () => {
    const a = await queueDecision(draft(10_000, 'A'), 'within_mandate');
    const b = await queueDecision(draft(20_000, 'B'), 'needs_approval');
    await closeDb();
    const after = await outboxEntries();
    expect(after.map((e) => [e.id, e.idempotencyKey, e.state])).toEqual([
      [a.id, a.idempotencyKey, 'waiting'],
      [b.id, b.idempotencyKey, 'waiting'],
    ]);
  });

  it('leaves out the client verdict when it was the server that judged online', async () => {
    const entry = await queueDecision(draft(100), null);
    expect('clientVerdict' in entry.request).toBe(false);
  });
});

describe('the sync', () => {
  it('sends each waiting decision once, with its own Idempotency-Key', async () => {
    const a = await queueDecision(draft(10_000, 'A'), 'within_mandate');
    const b = await queueDecision(draft(20_000, 'B'), 'within_mandate');
    const report = await syncOutbox(apiFor(server));
    expect(report.sent.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(server.decisions.size).toBe(2);
    expect(server.requests.map((r) => r.key)).toEqual([a.idempotencyKey, b.idempotencyKey]);
    expect(server.requests[0]!.body).toEqual(a.request);
    // A second run finds nothing to send.
    await syncOutbox(apiFor(server), { force: true });
    expect(server.requests).toHaveLength(2);
    // Nothing to tell the user: the phone keeps no copy.
    expect(await outboxEntries()).toEqual([]);
  });

  it('retries a server that answers 5xx and then 201, with the same request', async () => {
    const entry = await queueDecision(draft(35_000), 'within_mandate');
    server.faults = ['503'];
    let clock = 1_000_000;
    const now = () => clock;

    const first = await syncOutbox(apiFor(server), { now });
    expect(first).toMatchObject({ sent: [], waiting: 1 });
    const [afterFailure] = await outboxEntries();
    expect(afterFailure).toMatchObject({ state: 'waiting', attempts: 1, lastError: 'HTTP 503' });
    expect(afterFailure!.nextAttemptAt).toBe(clock + retryDelay(1));

    // Not yet due: nothing is sent.
    clock += 1_000;
    await syncOutbox(apiFor(server), { now });
    expect(server.requests).toHaveLength(1);

    clock += retryDelay(1);
    const second = await syncOutbox(apiFor(server), { now });
    expect(second.sent).toHaveLength(1);
    expect(server.requests.map((r) => r.key)).toEqual([entry.idempotencyKey, entry.idempotencyKey]);
    expect(server.requests[1]!.body).toEqual(server.requests[0]!.body);
    expect(server.decisions.size).toBe(1);
  });

  it('backs off longer after each failure, up to a quarter of an hour', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(retryDelay(30)).toBe(15 * 60_000);
  });

  it('records a decision once when the answer to the first try was lost', async () => {
    await queueDecision(draft(35_000), 'within_mandate');
    server.faults = ['lost-response'];
    await syncOutbox(apiFor(server));
    expect(server.decisions.size).toBe(1);
    expect((await outboxEntries())[0]!.state).toBe('waiting');

    await closeDb(); // the app is closed and opened again before the retry
    const report = await syncOutbox(apiFor(server), { force: true });
    expect(report.sent).toHaveLength(1);
    expect(server.decisions.size).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('does not send twice when two syncs start at the same time', async () => {
    await queueDecision(draft(1_000, 'A'), null);
    await queueDecision(draft(2_000, 'B'), null);
    const api = apiFor(server);
    await Promise.all([syncOutbox(api), syncOutbox(api), syncOutbox(api, { force: true })]);
    expect(server.requests).toHaveLength(2);
    expect(server.decisions.size).toBe(2);
  });

  it('keeps trying after a network error and a 409 (the same request still in progress)', async () => {
    await queueDecision(draft(1_000), null);
    server.faults = ['network', '409'];
    await syncOutbox(apiFor(server), { force: true });
    await syncOutbox(apiFor(server), { force: true });
    expect((await outboxEntries())[0]).toMatchObject({ state: 'waiting', attempts: 2 });
    const report = await syncOutbox(apiFor(server), { force: true });
    expect(report.sent).toHaveLength(1);
    expect(server.decisions.size).toBe(1);
  });

  it('stops at an expired sign-in and keeps the decisions waiting', async () => {
    await queueDecision(draft(1_000, 'A'), null);
    await queueDecision(draft(2_000, 'B'), null);
    const report = await syncOutbox(apiFor(server, 'expired'));
    expect(report).toMatchObject({ needsSignIn: true, waiting: 2, sent: [] });
    expect(server.requests).toHaveLength(1);
    expect((await outboxEntries()).map((e) => e.state)).toEqual(['waiting', 'waiting']);
    expect((await syncOutbox(apiFor(server))).sent).toHaveLength(2);
  });

  it('marks a decision the server refuses, with the fields it names, and sends the rest', async () => {
    const bad = await queueDecision(draft(1_000, 'BSN'), null);
    await queueDecision(draft(2_000, 'OK'), null);
    server.faults = ['400'];
    const report = await syncOutbox(apiFor(server));
    expect(report.refused.map((e) => e.id)).toEqual([bad.id]);
    expect(report.refused[0]!.problem?.errors).toEqual([{ field: 'clientRef', message: 'is a BSN' }]);
    expect(report.sent).toHaveLength(1);
    // Refused is final: the next sync does not send it again.
    await syncOutbox(apiFor(server), { force: true });
    expect(server.requests).toHaveLength(2);
  });

  it('says so when the server judged differently than the phone showed offline', async () => {
    const entry = await queueDecision(draft(35_000), 'within_mandate');
    server.verdict = 'needs_approval'; // the budget was used up by colleagues meanwhile
    const report = await syncOutbox(apiFor(server));
    expect(report.sent[0]!.result).toEqual({
      status: 'recorded_urgent',
      verdict: 'needs_approval',
      verdictChanged: true,
    });
    // Kept until the user has seen it, then gone.
    expect((await outboxEntries()).map((e) => e.id)).toEqual([entry.id]);
    await acknowledge(entry.id);
    expect(await outboxEntries()).toEqual([]);
  });
});
