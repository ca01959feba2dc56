// A stand-in for POST /api/v1/decisions with the server's Idempotency-Key rules, so the sync
// can be tested against failures a real network produces.
import type { CreateDecisionRequest, Decision } from '../src/api/client';

export type Fault = 'none' | '503' | 'network' | 'lost-response' | '409' | '401' | '400';

export class FakeServer {
  /** Decisions the server holds, by id. */
  decisions = new Map<string, Decision>();
  requests: { key: string | null; body: CreateDecisionRequest }[] = [];
  faults: Fault[] = [];
  verdict: Decision['verdict'] = 'within_mandate';
  private byKey = new Map<string, { body: string; id: string }>();

  fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.text();
    const body = JSON.parse(text) as CreateDecisionRequest;
    const key = request.headers.get('Idempotency-Key');
    this.requests.push({ key, body });
    const fault = this.faults.shift() ?? 'none';
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === '503') return problem(503, 'Service Unavailable');
    if (fault === '409') return problem(409, 'In progress');
    if (fault === '401') return problem(401, 'Unauthorized');
    if (fault === '400') return problem(400, 'Invalid input', [{ field: 'clientRef', message: 'is a BSN' }]);
    if (request.headers.get('Authorization') !== 'Bearer t0k3n') return problem(401, 'Unauthorized');

    const seen = key ? this.byKey.get(key) : undefined;
    if (seen && seen.body !== text) return problem(422, 'Key reused with another body');
    let decision = seen ? this.decisions.get(seen.id) : undefined;
    if (!decision) {
      const urgent = body.clientVerdict === 'within_mandate' && this.verdict !== 'within_mandate';
      decision = {
        ...body,
        id: body.id ?? crypto.randomUUID(),
        professionalId: 'p',
        decidedOn: body.decidedAt.slice(0, 10),
        recordedAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        corrections: [],
        zgw: { state: 'not_applicable', attempts: 0 },
        urgent: body.urgent ?? false,
        verdict: this.verdict,
        explanation: [],
        events: [],
        status: this.verdict === 'within_mandate' ? 'recorded' : urgent ? 'recorded_urgent' : 'awaiting_approval',
      } as Decision;
      this.decisions.set(decision.id, decision);
      if (key) this.byKey.set(key, { body: text, id: decision.id });
    }
    // The decision is stored, but the phone never hears of it.
    if (fault === 'lost-response') throw new TypeError('Network connection lost');
    return new Response(JSON.stringify(decision), {
      status: 201,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...(seen ? { 'Idempotent-Replayed': 'true' } : {}) },
    });
  };
}

function problem(status: number, title: string, errors: { field: string; message: string }[] = []): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail: title, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
