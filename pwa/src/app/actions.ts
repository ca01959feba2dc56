// The field app's data: signing in and out, refreshing what is cached, logging a decision
// through the outbox and sending the outbox whenever that may work, the user's decisions (the
// cached list offline) and the workflow steps on them. The steering screens have theirs beside
// this file (organisation, mandates, reports, audit).
import { asProblem, type Category, type Decision, type DecisionSummary, type Mandate, type MandateCheck, type Me, type Problem, type Schemas } from '../api/client';
import { amsterdamDate } from '../domain/period';
import { retryAfter } from '../domain/retry-after';
import type { Verdict } from '../domain/check';
import { acknowledge, discardRefused, outboxEntries, queueDecision, type DecisionDraft } from '../outbox/outbox';
import { syncOutbox, type SyncReport } from '../outbox/sync';
import { cacheGet, cachePut } from '../storage/cache';
import { clearPersonalData, db, type OutboxEntry } from '../storage/db';
import { forgetSessionInMemory, loadSession, saveSession } from '../storage/session';
import { t } from '../i18n';
import { api } from './client';
import { approvals, categories, inboxFacts, mandate, mayApprove, me, notice, online, outbox, sessionExpired, started, waitingCount, type InboxFacts } from './store';

/** On start: the stored session and cached data first (works offline), then the server. */
export async function start(): Promise<void> {
  window.addEventListener('online', () => {
    online.value = true;
    void probeServer();
    void syncNow(true).then(refreshAll);
  });
  window.addEventListener('offline', () => {
    online.value = false;
  });
  // A lead coming back to the app sees the current inbox count.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    void probeServer();
    if (me.value) void syncNow().then(refreshAll);
  });
  // A network without the server behind it (a captive portal, the server down) is no connection.
  setInterval(() => {
    if (document.visibilityState === 'visible') void probeServer();
  }, PROBE_EVERY_MS);
  void probeServer();
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'outbox-synced') void afterSync();
  });
  const session = await loadSession();
  await loadCached();
  if (session) void syncNow(true).then(refreshAll);
  // Signed in before, but the token has run out: the cached app keeps working offline (new
  // decisions wait in the outbox) until the user signs in again.
  else if (me.value) sessionExpired.value = true;
  await refreshOutbox();
  started.value = true;
}

const PROBE_EVERY_MS = 20_000;
const PROBE_TIMEOUT_MS = 8_000;

/** Whether the server answers now: a light request, with a timeout; sets the connection badge. */
export async function probeServer(): Promise<boolean> {
  if (!navigator.onLine) {
    online.value = false;
    return false;
  }
  let answers = false;
  try {
    const res = await fetch('/healthz', { cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    answers = res.ok;
  } catch {
    answers = false;
  }
  const before = online.value;
  // The browser may have gone offline meanwhile; its own event has the last word then.
  online.value = answers && navigator.onLine;
  // The server is back while the network never went: send what waits.
  if (!before && online.value && me.value) void syncNow(true).then(refreshAll);
  return online.value;
}

async function loadCached(): Promise<void> {
  const [m, md, cs, ap, facts] = await Promise.all([
    cacheGet<Me>('me'),
    cacheGet<Mandate>('mandate'),
    cacheGet<Category[]>('categories'),
    cacheGet<typeof approvals.value>('approvals'),
    cacheGet<InboxFacts>('inboxFacts'),
  ]);
  if (facts) inboxFacts.value = facts.value;
  me.value = m?.value ?? null;
  mandate.value = md;
  categories.value = cs?.value ?? [];
  approvals.value = ap?.value ?? null;
}

export type SignInResult = 'ok' | 'wrong' | 'offline' | { waitingOf: string; count: number } | { retryAfterSeconds: number };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let answer;
  try {
    answer = await api.POST('/auth/login', { body: { email, password } });
  } catch {
    return 'offline';
  }
  if (answer.response.status === 429) return { retryAfterSeconds: retryAfter(answer.response.headers.get('Retry-After')) };
  if (!answer.data) return 'wrong';
  const previous = (await cacheGet<Me>('me'))?.value;
  await saveSession(answer.data.accessToken, answer.data.expiresIn);
  const who = await api.GET('/me');
  if (!who.data) return 'wrong';
  // Another user on this phone: nothing of the previous one stays. But decisions of the
  // previous user that wait for the server are never dropped unasked: they sign in and send
  // them, or sign out (which warns) first.
  if (previous && previous.id !== who.data.id) {
    const count = (await outboxEntries()).filter((e) => e.state === 'waiting').length;
    if (count > 0) {
      forgetSessionInMemory();
      await (await db()).delete('session', 'current');
      return { waitingOf: previous.name, count };
    }
    await clearPersonalData();
    inboxFacts.value = { decisions: {}, names: {} };
    await saveSession(answer.data.accessToken, answer.data.expiresIn);
  }
  me.value = who.data;
  await cachePut('me', who.data);
  sessionExpired.value = false;
  // Ask the browser not to evict the outbox and cache under storage pressure.
  void navigator.storage?.persist?.();
  await refreshAll();
  await syncNow(true);
  return 'ok';
}

export async function signOut(): Promise<void> {
  await clearPersonalData();
  forgetSessionInMemory();
  me.value = null;
  mandate.value = null;
  categories.value = [];
  approvals.value = null;
  inboxFacts.value = { decisions: {}, names: {} };
  outbox.value = [];
  sessionExpired.value = false;
  location.hash = '#/';
}

function unauthorised(status: number): boolean {
  if (status === 401) sessionExpired.value = true;
  return status === 401;
}

/** Fetches what the screens show and keeps it for offline use. Quiet when offline. */
export async function refreshAll(): Promise<void> {
  if (!me.value) return;
  try {
    const [who, md, cs] = await Promise.all([api.GET('/me'), api.GET('/me/mandate'), api.GET('/categories', { params: { query: { limit: 200 } } })]);
    if (unauthorised(who.response.status)) return;
    online.value = true;
    if (who.data) {
      me.value = who.data;
      await cachePut('me', who.data);
    }
    if (md.data) {
      mandate.value = { value: md.data, savedAt: new Date().toISOString() };
      await cachePut('mandate', md.data);
    }
    if (cs.data) {
      categories.value = cs.data.items;
      await cachePut('categories', cs.data.items);
    }
    await refreshApprovals();
  } catch {
    // Offline or the server is away: the cached data stays on screen.
  }
}

export async function refreshApprovals(): Promise<void> {
  if (!mayApprove.value) return;
  try {
    const answer = await api.GET('/approvals');
    if (answer.data) {
      approvals.value = answer.data;
      await cachePut('approvals', answer.data);
      await refreshInboxFacts(answer.data);
    }
  } catch {
    // Keep the last known inbox.
  }
}

/**
 * The full decisions in the inbox and the names of who made them, so a lead approves with the
 * facts in view (the inbox itself lists summaries). Kept for offline reading.
 */
async function refreshInboxFacts(inbox: Schemas['Approvals']): Promise<void> {
  const summaries = [...inbox.approvals, ...inbox.cosigns, ...inbox.reviews];
  const known = inboxFacts.value;
  const decisions: InboxFacts['decisions'] = {};
  await Promise.all(
    summaries.map(async (s) => {
      const cached = known.decisions[s.id];
      // Read again only what changed since: each read of a client's decision is logged.
      const found = cached && cached.status === s.status && cached.amountCents === s.amountCents ? cached : await loadDecision(s.id);
      if (found) decisions[s.id] = found;
      else if (cached) decisions[s.id] = cached;
    }),
  );
  const names: InboxFacts['names'] = {};
  const people = [...new Set(summaries.map((s) => s.professionalId))];
  await Promise.all(
    people.map(async (id) => {
      const name = known.names[id] ?? (await api.GET('/users/{id}', { params: { path: { id } } }).then((a) => a.data?.name, () => undefined));
      if (name) names[id] = name;
    }),
  );
  inboxFacts.value = { decisions, names };
  await cachePut('inboxFacts', inboxFacts.value);
}

export async function refreshOutbox(): Promise<void> {
  outbox.value = await outboxEntries();
}

/** Sends the outbox now (`force` skips the back-off: the connection just came back). */
export async function syncNow(force = false): Promise<SyncReport | null> {
  if (!me.value) return null;
  let report: SyncReport | null = null;
  try {
    report = await syncOutbox(api, { force });
    if (report.needsSignIn) sessionExpired.value = true;
    if (report.waiting > 0 && !report.needsSignIn) requestBackgroundSync();
  } finally {
    await afterSync();
  }
  return report;
}

async function afterSync(): Promise<void> {
  const before = waitingCount.value;
  await refreshOutbox();
  if (waitingCount.value < before) {
    // Sent decisions now count on the server: fetch the budgets they used.
    await refreshAll();
  }
}

/** Asks the service worker to send the outbox when the connection returns, even with the app closed. */
function requestBackgroundSync(): void {
  void navigator.serviceWorker?.ready
    .then((registration) => (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register('outbox'))
    .catch(() => undefined);
}

/**
 * Logs a decision: first into the outbox (so it survives anything), then straight to the
 * server when there is a connection. `clientVerdict` is the verdict the phone showed, when it
 * was the phone's own (null when the server's check was on screen).
 */
export async function logDecision(draft: DecisionDraft, clientVerdict: Verdict | null): Promise<OutboxEntry> {
  const entry = await queueDecision(draft, clientVerdict);
  await refreshOutbox();
  if (!navigator.onLine) {
    requestBackgroundSync();
    return entry;
  }
  const report = await syncNow(true);
  return report?.sent.find((e) => e.id === entry.id) ?? report?.refused.find((e) => e.id === entry.id) ?? entry;
}

/** The server's check for the live verdict; `null` when it could not be reached. */
export async function serverCheck(body: { categoryId: string; amountCents: number; clientRef: string }): Promise<MandateCheck | null> {
  try {
    const answer = await api.POST('/mandate-checks', { body: { ...body, decidedOn: amsterdamDate(new Date()) } });
    online.value = true;
    if (!answer.data) return null;
    await rememberClientUse(body.clientRef, answer.data);
    return answer.data;
  } catch {
    return null;
  }
}

/** Keeps what the server said of this client's year, for the offline preview. */
async function rememberClientUse(clientRef: string, result: MandateCheck): Promise<void> {
  const line = result.explanation.find((l) => l.rule === 'client_year_limit');
  if (line?.usedCents == null) return;
  await (await db()).put('clientUse', {
    clientRef,
    year: result.decidedOn.slice(0, 4),
    usedCents: line.usedCents,
    savedAt: new Date().toISOString(),
  });
}

export async function clientUse(clientRef: string) {
  return (await db()).get('clientUse', clientRef);
}

/** The body each workflow step takes. */
interface StepBodies {
  approve: Schemas['StepRequest'];
  reject: Schemas['StepRequest'];
  cosign: Schemas['StepRequest'];
  withdraw: Schemas['StepRequest'];
  review: Schemas['ReviewRequest'];
  reflections: Schemas['ReflectionRequest'];
}

/** A workflow step on a decision; returns the problem text when it failed. */
export async function step<K extends keyof StepBodies>(id: string, kind: K, body: StepBodies[K]): Promise<string | null> {
  try {
    // One call for the six step paths: they share the path parameter and the answers.
    const path = `/decisions/{id}/${kind}` as '/decisions/{id}/approve';
    const answer = await api.POST(path, { params: { path: { id } }, body: body as Schemas['StepRequest'] });
    if (answer.error) {
      if (unauthorised(answer.response.status)) return t('sessionExpired');
      return problemLine(asProblem(answer.error, answer.response.status));
    }
    void refreshApprovals();
    void refreshAll();
    return null;
  } catch {
    return t('notAvailableOffline');
  }
}

const knownNames = new Map<string, string>();

/** People's names by id, for showing who did what; those that cannot be read are left out. */
export async function userNames(ids: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const cached = knownNames.get(id) ?? inboxFacts.value.names[id];
      if (cached) {
        out[id] = cached;
        return;
      }
      try {
        const answer = await api.GET('/users/{id}', { params: { path: { id } } });
        if (answer.data) {
          knownNames.set(id, answer.data.name);
          out[id] = answer.data.name;
        }
      } catch {
        // Offline: the step shows without a name.
      }
    }),
  );
  return out;
}

/** One decision as the server has it now; null when it cannot be read (offline, or not the user's to see). */
export const loadDecision = (id: string): Promise<Decision | null> =>
  api.GET('/decisions/{id}', { params: { path: { id } } }).then(
    (answer) => answer.data ?? null,
    () => null,
  );

export interface DecisionFilter {
  /** Statuses separated by commas, as the API takes them; null for all. */
  status: string | null;
  categoryId: string;
  /** Decided on or after this day. */
  from: string;
}

/** Pages fetched at most for one list. */
const MAX_PAGES = 10;

/**
 * The user's own decisions since a day, newest first: what was decided at the last kitchen table
 * is what one looks for. Offline: the last unfiltered list seen, filtered here, with the moment
 * it was saved.
 */
export async function myDecisions(filter: DecisionFilter): Promise<{ items: DecisionSummary[]; savedAt?: string; nothingCached?: true }> {
  const base = {
    professionalId: me.value?.id,
    from: filter.from,
    limit: 200,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
  };
  try {
    const items: DecisionSummary[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query: typeof base & { cursor?: string } = cursor ? { ...base, cursor } : base;
      const { data } = await api.GET('/decisions', { params: { query } });
      if (!data) throw new Error();
      items.push(...data.items);
      cursor = data.nextCursor ?? null;
      if (!cursor) break;
    }
    items.sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || b.id.localeCompare(a.id));
    if (!filter.status && !filter.categoryId) await cachePut('decisions', items);
    return { items };
  } catch {
    const cached = await cacheGet<DecisionSummary[]>('decisions');
    const wanted = filter.status?.split(',');
    return {
      items: (cached?.value ?? []).filter((d) => (!wanted || wanted.includes(d.status)) && (!filter.categoryId || d.categoryId === filter.categoryId)),
      ...(cached ? { savedAt: cached.savedAt } : { nothingCached: true as const }),
    };
  }
}

/** The user has seen what became of a decision in the outbox (a changed verdict, a refusal). */
export const acknowledgeOutcome = (id: string): Promise<void> => acknowledge(id).then(refreshOutbox);

/** Gives up on a decision the server refused. */
export const discardRefusedDecision = (id: string): Promise<void> => discardRefused(id).then(refreshOutbox);

/** A refusal in one line: its sentence and what it says of each field. */
export function problemLine(p: Problem | undefined): string {
  return [p?.detail || p?.title, ...(p?.errors ?? []).map((e) => `${e.field}: ${e.message}`)].filter(Boolean).join(' ');
}

export function say(text: string, kind: 'ok' | 'info' | 'warning' | 'error' = 'ok'): void {
  notice.value = { text, kind };
}
