// The outbox: every decision goes here first, so nothing typed on the phone is lost when the
// network, the server or the app goes away before the server has it.
import type { CreateDecisionRequest } from '../api/client';
import type { Verdict } from '../domain/check';
import { uuidv7 } from '../domain/ids';
import { amsterdamDate } from '../domain/period';
import { db, type OutboxEntry } from '../storage/db';

let counter = 0;

export type DecisionDraft = Omit<CreateDecisionRequest, 'id' | 'clientVerdict' | 'decidedAt'>;

/**
 * Puts a decision in the outbox with its id and `Idempotency-Key` fixed now, and the client
 * verdict: the one the phone worked out and showed, when the server's was not on screen.
 */
export async function queueDecision(
  draft: DecisionDraft,
  clientVerdict: Verdict | null,
  now: Date = new Date(),
): Promise<OutboxEntry> {
  const id = uuidv7(now.getTime());
  const entry: OutboxEntry = {
    id,
    idempotencyKey: crypto.randomUUID(),
    request: {
      ...draft,
      id,
      decidedAt: now.toISOString(),
      ...(clientVerdict ? { clientVerdict } : {}),
    },
    decidedOn: amsterdamDate(now),
    state: 'waiting',
    queuedAt: now.toISOString(),
    sequence: now.getTime() * 1000 + (counter++ % 1000),
    attempts: 0,
    nextAttemptAt: 0,
  };
  await (await db()).add('outbox', entry);
  return entry;
}

export async function outboxEntries(): Promise<OutboxEntry[]> {
  const all = await (await db()).getAll('outbox');
  return all.sort(bySequence);
}

/** Decisions not yet on the server, oldest first. */
export async function waitingEntries(): Promise<OutboxEntry[]> {
  return (await (await db()).getAllFromIndex('outbox', 'byState', 'waiting')).sort(bySequence);
}

const bySequence = (a: OutboxEntry, b: OutboxEntry) => a.sequence - b.sequence;

export async function updateEntry(entry: OutboxEntry): Promise<void> {
  await (await db()).put('outbox', entry);
}

/** The user has seen what became of it; a sent entry can then go. */
export async function acknowledge(id: string): Promise<void> {
  const d = await db();
  const entry = await d.get('outbox', id);
  if (!entry || entry.state === 'waiting') return;
  if (entry.state === 'sent') await d.delete('outbox', id);
  else await d.put('outbox', { ...entry, acknowledged: true });
}

/** Removes a refused entry the user gave up on (never a waiting one). */
export async function discardRefused(id: string): Promise<void> {
  const d = await db();
  const entry = await d.get('outbox', id);
  if (entry?.state === 'refused') await d.delete('outbox', id);
}

export async function removeEntry(id: string): Promise<void> {
  await (await db()).delete('outbox', id);
}
