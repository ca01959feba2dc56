// The steering of mandates: a user's mandate and its versions, the templates and applying them,
// and the teams' budget pots. A new version names the version it was made from (If-Match with
// the history's ETag); applying a template names one per user, so either is all or nothing.
import { allPages, dataOf, versioned, type Versioned } from '../api/answer';
import type { Mandate, Schemas } from '../api/client';
import { api } from './client';

export type MandateVersion = Schemas['MandateVersion'];
export type MandateTemplate = Schemas['MandateTemplate'];
export type TeamBudgetPot = Schemas['TeamBudgetPot'];

/** The mandate in force today, with the budgets of this period. */
export async function getUserMandate(userId: string): Promise<Mandate> {
  return dataOf(await api.GET('/users/{id}/mandate', { params: { path: { id: userId } } }));
}

/**
 * Every version, newest first (the server sends the whole history at once), with the ETag a new
 * version must send: it comes with the history it belongs to, so the "before" of an editor and
 * the version its If-Match names are the same one.
 */
export async function listMandateVersions(userId: string): Promise<Versioned<MandateVersion[]>> {
  const { value, etag } = versioned(await api.GET('/users/{id}/mandate/versions', { params: { path: { id: userId } } }));
  return { value: value.items, etag };
}

export async function createMandateVersion(userId: string, body: Schemas['CreateMandateVersionRequest'], etag: string | null): Promise<MandateVersion> {
  return dataOf(await api.POST('/users/{id}/mandate/versions', { params: { path: { id: userId }, ...(etag ? { header: { 'If-Match': etag } } : {}) }, body }));
}

export const listTemplates = () =>
  allPages<MandateTemplate>((cursor) => api.GET('/mandate-templates', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));

export const createTemplate = async (body: Schemas['CreateMandateTemplateRequest']) => dataOf(await api.POST('/mandate-templates', { body }));

export const updateTemplate = async (id: string, body: Schemas['UpdateMandateTemplateRequest']) =>
  dataOf(await api.PATCH('/mandate-templates/{id}', { params: { path: { id } }, body }));

export const applyTemplate = async (id: string, body: Schemas['ApplyMandateTemplateRequest']) =>
  dataOf(await api.POST('/mandate-templates/{id}/apply', { params: { path: { id } }, body }));

export const listTeamPots = async (teamId: string): Promise<TeamBudgetPot[]> =>
  dataOf(await api.GET('/teams/{id}/budget-pots', { params: { path: { id: teamId } } })).items;

/** Sets the pot of one period; an existing pot of exactly that period gets the new limit. */
export const setTeamPot = async (teamId: string, body: Schemas['SetTeamBudgetPotRequest']) =>
  dataOf(await api.POST('/teams/{id}/budget-pots', { params: { path: { id: teamId } }, body }));
