// Sends the outbox to the server, exactly once per decision: every retry repeats the same
// request with the same Idempotency-Key, so the server answers a repeat with the decision it
// already has instead of a second one. Runs from the page (on start, on `online`, after a new
// decision) and from the service worker (Background Sync), one sender at a time.
import { asProblem, type ApiClient, type Decision } from '../api/client';
import type { OutboxEntry } from '../storage/db';
import { removeEntry, updateEntry, waitingEntries } from './outbox';

export interface SyncReport {
  sent: OutboxEntry[];
  refused: OutboxEntry[];
  /** Still waiting (offline, server trouble, or not yet due). */
  waiting: number;
  /** The server no longer accepts the token: sign in again, then sync. */
  needsSignIn: boolean;
}

export interface SyncOptions {
  /** Ignore the back-off after failures (the connection just came back, the app just started). */
  force?: boolean;
  now?: () => number;
}

const FIRST_DELAY_MS = 15_000;
const MAX_DELAY_MS = 15 * 60_000;

/** Back-off after the n-th failed attempt: 15 s, 30 s, 1 min, … at most 15 min. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export async function syncOutbox(api: ApiClient, options: SyncOptions = {}): Promise<SyncReport> {
  return oneAtATime(() => sendAll(api, options));
}

async function sendAll(api: ApiClient, { force = false, now = Date.now }: SyncOptions): Promise<SyncReport> {
  const report: SyncReport = { sent: [], refused: [], waiting: 0, needsSignIn: false };
  const entries = await waitingEntries();
  for (const entry of entries) {
    if (report.needsSignIn || (!force && entry.nextAttemptAt > now())) {
      report.waiting++;
      continue;
    }
    const outcome = await sendOne(api, entry, now());
    // Once the server has it, the phone keeps a copy only while there is news to show.
    if (outcome.kind === 'sent' && !outcome.entry.result?.verdictChanged) await removeEntry(entry.id);
    else await updateEntry(outcome.entry);
    if (outcome.kind === 'sent') report.sent.push(outcome.entry);
    else if (outcome.kind === 'refused') report.refused.push(outcome.entry);
    else {
      report.waiting++;
      if (outcome.kind === 'unauthorised') report.needsSignIn = true;
    }
  }
  return report;
}

type SendOutcome =
  | { kind: 'sent' | 'refused' | 'retry' | 'unauthorised'; entry: OutboxEntry };

async function sendOne(api: ApiClient, entry: OutboxEntry, now: number): Promise<SendOutcome> {
  const attempts = entry.attempts + 1;
  const retry = (error: string): SendOutcome => ({
    kind: 'retry',
    entry: { ...entry, attempts, lastError: error, nextAttemptAt: now + retryDelay(attempts) },
  });
  let answer;
  try {
    answer = await api.POST('/decisions', {
      body: entry.request,
      params: { header: { 'Idempotency-Key': entry.idempotencyKey } },
    });
  } catch (e) {
    return retry(e instanceof Error ? e.message : String(e));
  }
  const status = answer.response.status;
  if (answer.data && status === 201) {
    const decision: Decision = answer.data;
    const { clientVerdict } = entry.request;
    return {
      kind: 'sent',
      entry: {
        ...entry,
        attempts,
        state: 'sent',
        sentAt: new Date(now).toISOString(),
        result: {
          status: decision.status,
          verdict: decision.verdict,
          verdictChanged: clientVerdict !== undefined && clientVerdict !== decision.verdict,
        },
      },
    };
  }
  if (status === 401) return { kind: 'unauthorised', entry: { ...entry, lastError: 'HTTP 401' } };
  // 409: the same request is still being handled (another sender); 408/429/5xx: try again.
  if (status === 409 || status === 408 || status === 429 || status >= 500) return retry(`HTTP ${status}`);
  // Anything else the server will refuse again however often it is sent.
  return {
    kind: 'refused',
    entry: { ...entry, attempts, state: 'refused', problem: asProblem(answer.error, status) },
  };
}

let running: Promise<unknown> = Promise.resolve();

/**
 * One sender at a time: across tabs and the service worker through the Web Locks API where
 * the browser has it, within this context by chaining. The server's idempotency makes an
 * overlap harmless; this just keeps it from happening.
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run: () => Promise<T> = locks ? () => locks.request('mandaat-outbox', work) as Promise<T> : work;
  const next = running.then(run, run);
  running = next.catch(() => undefined);
  return next;
}
