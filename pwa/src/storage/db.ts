// The phone's own store (IndexedDB): the session, cached server data, and the outbox of
// decisions not yet on the server. Shared by the page and the service worker.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CreateDecisionRequest, Problem } from '../api/client';
import type { Verdict } from '../domain/check';

export interface Session {
  token: string;
  /** Epoch milliseconds after which the server refuses the token. */
  expiresAt: number;
}

export type OutboxState = 'waiting' | 'sent' | 'refused';

/**
 * A decision made on the phone, kept until the server has it. Stored on phones as it is: a
 * renamed field needs an upgrade step in `db()`, or entries already waiting would lose it.
 */
export interface OutboxEntry {
  /** The decision's id, made on the phone (also the request's `id`). */
  id: string;
  /** Fixed when the decision was made, so every retry is the same request to the server. */
  idempotencyKey: string;
  request: CreateDecisionRequest & { id: string };
  /** The Amsterdam date it was decided on, for the budgets it draws on. */
  decidedOn: string;
  state: OutboxState;
  queuedAt: string;
  /** Queue order, also between decisions made within the same millisecond. */
  sequence: number;
  attempts: number;
  /** Epoch milliseconds before which an automatic retry waits (after a failure). */
  nextAttemptAt: number;
  lastError?: string;
  sentAt?: string;
  /** What the server made of it. */
  result?: { status: string; verdict: Verdict; verdictChanged: boolean };
  problem?: Problem;
  /** The user saw the outcome (a changed verdict or a refusal). */
  acknowledged?: boolean;
}

export interface CacheRecord {
  key: string;
  value: unknown;
  savedAt: string;
}

/** What is known of a client's per-year use, from the last online check. */
export interface ClientUse {
  clientRef: string;
  year: string;
  usedCents: number;
  savedAt: string;
}

interface MandaatSchema extends DBSchema {
  session: { key: string; value: Session };
  cache: { key: string; value: CacheRecord };
  outbox: { key: string; value: OutboxEntry; indexes: { byState: OutboxState } };
  clientUse: { key: string; value: ClientUse };
}

export type MandaatDb = IDBPDatabase<MandaatSchema>;

const NAME = 'mandaat';
let opened: Promise<MandaatDb> | null = null;

export function db(): Promise<MandaatDb> {
  opened ??= openDB<MandaatSchema>(NAME, 1, {
    upgrade(database) {
      database.createObjectStore('session');
      database.createObjectStore('cache', { keyPath: 'key' });
      const outbox = database.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('byState', 'state');
      database.createObjectStore('clientUse', { keyPath: 'clientRef' });
    },
    // Another tab or the service worker upgrades: let go so it can.
    blocking() {
      void opened?.then((d) => d.close());
      opened = null;
    },
  });
  return opened;
}

/** Closes the connection (the next `db()` opens it again, as a restarted app would). */
export async function closeDb(): Promise<void> {
  const d = opened;
  opened = null;
  if (d) (await d).close();
}

/** Forgets everything personal on this phone (sign-out). */
export async function clearPersonalData(): Promise<void> {
  const d = await db();
  const tx = d.transaction(['session', 'cache', 'outbox', 'clientUse'], 'readwrite');
  await Promise.all([
    tx.objectStore('session').clear(),
    tx.objectStore('cache').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('clientUse').clear(),
    tx.done,
  ]);
}
