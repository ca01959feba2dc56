// The integration screens' forms (machine clients, webhook subscriptions, the ZGW connection):
// the checks worth making before the server is asked, the requests they become, and the
// server's field messages the screens can put in words.

export const SCOPES = ['decisions:read', 'mandates:read', 'mandates:write', 'people:write', 'reports:read', 'audit:read', 'webhooks:manage'] as const;
export type Scope = (typeof SCOPES)[number];

/** The events a subscription can receive (`ping` is sent on request only). */
export const EVENT_TYPES = [
  'decision.created',
  'decision.cosigned',
  'decision.approved',
  'decision.rejected',
  'decision.withdrawn',
  'decision.reviewed',
  'decision.corrected',
  'mandate.version_created',
  'budget.threshold_reached',
] as const;

export type IntegrationProblem = 'required' | 'url' | 'rsin' | 'secretLength' | 'oneScope' | 'oneEvent' | 'jwks' | 'tooLong';

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/**
 * Whether an RSIN passes the eleven-test: nine digits, the first eight weighted 9 down to 2 and
 * the last weighted -1, summing to a multiple of eleven (as the server checks it).
 */
export function rsinValid(rsin: string): boolean {
  if (!/^\d{9}$/.test(rsin)) return false;
  const digits = [...rsin].map(Number);
  const sum = digits.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - digits[8]!;
  return sum % 11 === 0;
}

// Machine clients ----------------------------------------------------------------------------

export type AuthMethod = 'client_secret_basic' | 'private_key_jwt';

export interface ApiClientForm {
  name: string;
  scopes: Scope[];
  auth: AuthMethod;
  /** The JSON Web Key Set as pasted, for `private_key_jwt`. */
  jwks: string;
}

export const apiClientForm = (): ApiClientForm => ({ name: '', scopes: [], auth: 'client_secret_basic', jwks: '' });

export function checkApiClient(form: ApiClientForm): Partial<Record<keyof ApiClientForm, IntegrationProblem>> {
  const out: Partial<Record<keyof ApiClientForm, IntegrationProblem>> = {};
  const name = form.name.trim();
  if (!name) out.name = 'required';
  else if ([...name].length > 200) out.name = 'tooLong';
  if (form.scopes.length === 0) out.scopes = 'oneScope';
  if (form.auth === 'private_key_jwt' && !parseJwks(form.jwks)) out.jwks = form.jwks.trim() ? 'jwks' : 'required';
  return out;
}

/** A pasted key set: an object with a non-empty `keys` list; null when it is not one. */
export function parseJwks(text: string): { keys: unknown[] } | null {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && Array.isArray((value as { keys?: unknown }).keys) && (value as { keys: unknown[] }).keys.length > 0) return value as { keys: unknown[] };
  } catch {
    // Not JSON: said at the field.
  }
  return null;
}

export function apiClientRequest(form: ApiClientForm): { name: string; scopes: Scope[]; jwks?: { keys: unknown[] } } {
  const jwks = form.auth === 'private_key_jwt' ? parseJwks(form.jwks) : null;
  return { name: form.name.trim(), scopes: SCOPES.filter((s) => form.scopes.includes(s)), ...(jwks ? { jwks } : {}) };
}

/** How a client signs in, from whether it has public keys. */
export const authMethodOf = (client: { jwks?: unknown }): AuthMethod => (client.jwks ? 'private_key_jwt' : 'client_secret_basic');

// Webhook subscriptions ----------------------------------------------------------------------

export interface WebhookForm {
  url: string;
  description: string;
  eventTypes: string[];
}

export const webhookForm = (): WebhookForm => ({ url: '', description: '', eventTypes: [] });

export function checkWebhook(form: WebhookForm): Partial<Record<keyof WebhookForm, IntegrationProblem>> {
  const out: Partial<Record<keyof WebhookForm, IntegrationProblem>> = {};
  const url = form.url.trim();
  if (!url) out.url = 'required';
  else if (!isHttpUrl(url)) out.url = 'url';
  if (form.eventTypes.length === 0) out.eventTypes = 'oneEvent';
  if ([...form.description.trim()].length > 500) out.description = 'tooLong';
  return out;
}

export function webhookRequest(form: WebhookForm): { url: string; eventTypes: string[]; description: string | null } {
  return { url: form.url.trim(), eventTypes: EVENT_TYPES.filter((e) => form.eventTypes.includes(e)), description: form.description.trim() || null };
}

// The ZGW connection -------------------------------------------------------------------------

export interface ZgwForm {
  besluitenApiUrl: string;
  clientId: string;
  /** Empty keeps the secret that is set. */
  secret: string;
  rsin: string;
  bestuursorgaan: string;
  /** The besluittype URL per category id; empty for a category whose decisions stay here. */
  besluittypen: Record<string, string>;
}

export type ZgwField = Exclude<keyof ZgwForm, 'besluittypen'> | `besluittype:${string}`;

export function zgwForm(c?: { besluitenApiUrl: string; clientId: string; rsin: string; bestuursorgaan: string; besluittypen: { categoryId: string; besluittypeUrl: string }[] } | null): ZgwForm {
  return {
    besluitenApiUrl: c?.besluitenApiUrl ?? '',
    clientId: c?.clientId ?? '',
    secret: '',
    rsin: c?.rsin ?? '',
    bestuursorgaan: c?.bestuursorgaan ?? '',
    besluittypen: Object.fromEntries((c?.besluittypen ?? []).map((b) => [b.categoryId, b.besluittypeUrl])),
  };
}

export function checkZgw(form: ZgwForm, secretSet: boolean): Partial<Record<ZgwField, IntegrationProblem>> {
  const out: Partial<Record<ZgwField, IntegrationProblem>> = {};
  const url = form.besluitenApiUrl.trim();
  if (!url) out.besluitenApiUrl = 'required';
  else if (!isHttpUrl(url)) out.besluitenApiUrl = 'url';
  if (!form.clientId.trim()) out.clientId = 'required';
  if (form.secret === '' && !secretSet) out.secret = 'required';
  else if (form.secret !== '' && (form.secret.length < 16 || form.secret.length > 500)) out.secret = 'secretLength';
  const rsin = form.rsin.trim();
  if (!rsin) out.rsin = 'required';
  else if (!rsinValid(rsin)) out.rsin = 'rsin';
  const organ = form.bestuursorgaan.trim();
  if (!organ) out.bestuursorgaan = 'required';
  else if ([...organ].length > 50) out.bestuursorgaan = 'tooLong';
  for (const [categoryId, value] of Object.entries(form.besluittypen)) {
    const v = value.trim();
    if (v && (!isHttpUrl(v) || v.length > 200)) out[`besluittype:${categoryId}`] = 'url';
  }
  return out;
}

export interface ZgwRequest {
  besluitenApiUrl: string;
  clientId: string;
  secret?: string;
  rsin: string;
  bestuursorgaan: string;
  besluittypen: { categoryId: string; besluittypeUrl: string }[];
}

/** The connection as the server takes it: the secret only when one was typed (else it stays). */
export function zgwRequest(form: ZgwForm): ZgwRequest {
  return {
    besluitenApiUrl: form.besluitenApiUrl.trim(),
    clientId: form.clientId.trim(),
    ...(form.secret !== '' ? { secret: form.secret } : {}),
    rsin: form.rsin.trim(),
    bestuursorgaan: form.bestuursorgaan.trim(),
    besluittypen: Object.entries(form.besluittypen)
      .map(([categoryId, url]) => ({ categoryId, besluittypeUrl: url.trim() }))
      .filter((b) => b.besluittypeUrl !== ''),
  };
}

/** The form's field for a field the server names in a refused connection. */
export function zgwField(request: ZgwRequest, serverField: string): ZgwField | null {
  const listed = /^besluittypen\[(\d+)\]/.exec(serverField);
  if (listed) {
    const entry = request.besluittypen[Number(listed[1])];
    return entry ? `besluittype:${entry.categoryId}` : null;
  }
  return (['besluitenApiUrl', 'clientId', 'secret', 'rsin', 'bestuursorgaan'] as const).find((f) => f === serverField) ?? null;
}

// The server's words --------------------------------------------------------------------------

const EXACT: Record<string, string> = {
  'is required': 'ikProblem_required',
  'must not be empty': 'ikProblem_required',
  'is not a URL': 'ikProblem_url',
  'must be an http or https URL': 'ikProblem_url',
  'must be an http or https URL of at most 200 characters': 'ikProblem_besluittypeUrl',
  'must not carry a user name or password': 'ikProblem_urlUser',
  'must name a host': 'ikProblem_url',
  'must be 16 to 500 characters': 'ikProblem_secretLength',
  'must be an RSIN: 9 digits passing the eleven-test': 'ikProblem_rsin',
  'is not a category of the organisation': 'ikProblem_category',
  'is named twice': 'ikProblem_twice',
  'must name at least one event type': 'ikProblem_oneEvent',
  'must hold at least one key': 'ikProblem_jwks',
  'must be an RSA or EC public key (PS256, RS256 or ES256)': 'ikProblem_jwksKey',
  // Why the server switched a subscription off.
  'the receiver answered 410 Gone': 'ikWebhookGone',
};

/** The message key (and its values) for a server message the screens can word; null for others. */
export function integrationServerMessage(message: string): { key: string; vars: Record<string, string | number> } | null {
  const exact = EXACT[message];
  if (exact) return { key: exact, vars: {} };
  const host = /^the host (.+) (cannot be resolved|has no address)$/.exec(message);
  if (host) return { key: 'ikProblem_host', vars: { host: host[1]! } };
  if (/^resolves to .+; webhooks are sent only to public addresses$/.test(message)) return { key: 'ikProblem_private', vars: {} };
  if (message.startsWith('is not an event type')) return { key: 'ikProblem_oneEvent', vars: {} };
  if (message.startsWith('is not a JSON Web Key Set')) return { key: 'ikProblem_jwks', vars: {} };
  if (message.startsWith('is required: assertions name the key')) return { key: 'ikProblem_jwksKid', vars: {} };
  const long = /^must be at most (\d+) characters/.exec(message);
  if (long) return { key: 'ikProblem_tooLong', vars: { max: Number(long[1]) } };
  return null;
}
