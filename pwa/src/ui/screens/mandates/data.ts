// What the mandate screens fetch: a person's mandate with its ETag, the whole history, and the
// templates, through the typed client.
import type { Mandate, Schemas } from '../../../api/client';
import { api } from '../../../app/store';
import { allPages, dataOf } from '../admin/common';

export type MandateVersion = Schemas['MandateVersion'];
export type MandateTemplate = Schemas['MandateTemplate'];

/** The mandate in force today, with the budgets of this period. */
export async function loadMandate(userId: string): Promise<Mandate> {
  return dataOf(await api.GET('/users/{id}/mandate', { params: { path: { id: userId } } }));
}

/** Every version, newest first (the server sends the whole history at once), and the ETag a new version must send. */
export async function loadHistory(userId: string): Promise<{ versions: MandateVersion[]; etag: string | null }> {
  const answer = await api.GET('/users/{id}/mandate/versions', { params: { path: { id: userId } } });
  return { versions: dataOf(answer).items, etag: answer.response.headers.get('ETag') };
}

export const loadVersions = async (userId: string) => (await loadHistory(userId)).versions;

export const loadTemplates = () => allPages<MandateTemplate>((cursor) => api.GET('/mandate-templates', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));

/** A name for an id, or a short id while the list is not in (or the id is from elsewhere). */
export function namer(items: readonly { id: string; name: string }[] | null): (id: string) => string {
  const names = new Map((items ?? []).map((x) => [x.id, x.name]));
  return (id) => names.get(id) ?? `${id.slice(0, 8)}…`;
}
