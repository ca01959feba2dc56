// What the screens show, as signals: the signed-in user, the cached server data, the outbox
// and the connection. Only src/app/ changes them (but for the toast, which clears its notice).
import { computed, signal } from '@preact/signals';
import type { Approvals, Category, Decision, Mandate, Me } from '../api/client';
import type { OutboxEntry } from '../storage/db';

export interface Cached<T> {
  value: T;
  savedAt: string;
}

/** Whether the app has looked for a stored session yet. */
export const started = signal(false);
export const me = signal<Me | null>(null);
export const mandate = signal<Cached<Mandate> | null>(null);
export const categories = signal<Category[]>([]);
export const approvals = signal<Approvals | null>(null);
export const outbox = signal<OutboxEntry[]>([]);

/** What a lead reads before approving: the full decisions of the inbox and who made them. */
export interface InboxFacts {
  decisions: Record<string, Decision>;
  names: Record<string, string>;
}
export const inboxFacts = signal<InboxFacts>({ decisions: {}, names: {} });
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
/** The server refused the token: sign in again (the outbox stays). */
export const sessionExpired = signal(false);

export interface Notice {
  text: string;
  kind: 'ok' | 'info' | 'warning' | 'error';
}
export const notice = signal<Notice | null>(null);

export const approvalsCount = computed(() => approvals.value?.count ?? 0);
export const isLead = computed(() => (me.value?.leadTeamIds.length ?? 0) > 0 || (me.value?.roles.includes('team_lead') ?? false));
export const isProfessional = computed(() => me.value?.roles.includes('professional') ?? false);
export const mayApprove = computed(() => isLead.value || isProfessional.value);
export const isController = computed(() => me.value?.roles.includes('controller') ?? false);
export const isAdmin = computed(() => me.value?.roles.includes('admin') ?? false);
/** Team leads set the mandates of their teams' users; admins anyone's. */
export const mayManageMandates = computed(() => isLead.value || isAdmin.value);
/** Who sees the steering screens at all: dashboards, mandates, audit, administration. */
export const maySteer = computed(() => isLead.value || isController.value || isAdmin.value);
export const waitingCount = computed(() => outbox.value.filter((e) => e.state === 'waiting').length);

export function categoryName(id: string): string | null {
  return categories.value.find((c) => c.id === id)?.name ?? null;
}

export function personName(id: string): string | null {
  return inboxFacts.value.names[id] ?? null;
}
