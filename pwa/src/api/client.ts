// The typed API client: openapi-fetch over the schema generated from openapi/openapi.json.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type Mandate = Schemas['Mandate'];
export type Category = Schemas['Category'];
export type Decision = Schemas['Decision'];
export type DecisionSummary = Schemas['DecisionSummary'];
export type DecisionStatus = Schemas['DecisionStatus'];
export type CreateDecisionRequest = Schemas['CreateDecisionRequest'];
export type MandateCheck = Schemas['MandateCheck'];
export type Approvals = Schemas['Approvals'];
export type Problem = Schemas['Problem'];
export type ApiClient = ReturnType<typeof createApi>;

export interface ApiOptions {
  /** The bearer token now, or null when signed out. */
  token: () => string | null;
  /** Origin of the API; the page's own origin by default. */
  origin?: string;
  fetch?: typeof globalThis.fetch;
}

export function createApi({ token, origin, fetch }: ApiOptions) {
  const client = createClient<paths>({
    baseUrl: `${origin ?? globalThis.location?.origin ?? ''}/api/v1`,
    ...(fetch ? { fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const t = token();
      if (t) request.headers.set('Authorization', `Bearer ${t}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** A problem+json body, or a stand-in when the answer was no problem document. */
export function asProblem(error: unknown, status: number): Problem {
  const p = error as Partial<Problem> | undefined;
  return {
    type: p?.type ?? 'about:blank',
    title: p?.title ?? `HTTP ${status}`,
    status: p?.status ?? status,
    detail: p?.detail ?? '',
    errors: p?.errors ?? [],
  };
}
