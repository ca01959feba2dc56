// The organisation's set-up: users, teams and categories. A list comes whole; one object comes
// with its version, and a change sends that version back as If-Match, so the server refuses
// (412) to overwrite what someone else changed meanwhile.
import { allPages, dataOf, ifMatch, versioned, type Versioned } from '../api/answer';
import type { Schemas } from '../api/client';
import { api } from './client';

export type User = Schemas['User'];
export type Team = Schemas['Team'];
export type Category = Schemas['Category'];

const page = (cursor: string | undefined) => ({ query: { limit: 200, ...(cursor ? { cursor } : {}) } });

export const listUsers = () => allPages<User>((cursor) => api.GET('/users', { params: page(cursor) }));
export const listTeams = () => allPages<Team>((cursor) => api.GET('/teams', { params: page(cursor) }));
export const listCategories = () => allPages<Category>((cursor) => api.GET('/categories', { params: page(cursor) }));

export const getUser = async (id: string): Promise<Versioned<User>> => versioned(await api.GET('/users/{id}', { params: { path: { id } } }));
export const getTeam = async (id: string): Promise<Versioned<Team>> => versioned(await api.GET('/teams/{id}', { params: { path: { id } } }));
export const getCategory = async (id: string): Promise<Versioned<Category>> => versioned(await api.GET('/categories/{id}', { params: { path: { id } } }));

export const createUser = async (body: Schemas['CreateUserRequest']) => dataOf(await api.POST('/users', { body }));
export const createTeam = async (body: Schemas['CreateTeamRequest']) => dataOf(await api.POST('/teams', { body }));
export const createCategory = async (body: Schemas['CreateCategoryRequest']) => dataOf(await api.POST('/categories', { body }));

export const updateUser = async (id: string, body: Schemas['UpdateUserRequest'], etag: string | null) =>
  dataOf(await api.PATCH('/users/{id}', { params: { path: { id } }, body, headers: ifMatch(etag) }));
export const updateTeam = async (id: string, body: Schemas['UpdateTeamRequest'], etag: string | null) =>
  dataOf(await api.PATCH('/teams/{id}', { params: { path: { id } }, body, headers: ifMatch(etag) }));
export const updateCategory = async (id: string, body: Schemas['UpdateCategoryRequest'], etag: string | null) =>
  dataOf(await api.PATCH('/categories/{id}', { params: { path: { id } }, body, headers: ifMatch(etag) }));
