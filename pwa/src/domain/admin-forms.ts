// The administration forms (categories, teams, users) and the requests they become: what a
// create sends, what an edit changes (only the fields that did change), the checks worth doing
// before the server is asked, and the server's field messages the screens can put in words.

export const ROLES = ['professional', 'team_lead', 'controller', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];

/** Why a field is refused before sending; the screen words it. */
export type FormProblem = 'required' | 'email' | 'code' | 'oneRole' | 'passwordShort' | 'tooLong';
export type FormProblems<F extends string> = Partial<Record<F, FormProblem>>;

/** The server's field messages the screens know, by their message key. */
const SERVER_MESSAGES: Record<string, string> = {
  'is required': 'adProblemRequired',
  'must not be empty': 'adProblemRequired',
  'must be an e-mail address': 'adProblemEmail',
  'must name at least one role': 'adProblemOneRole',
  'must be 1 to 64 characters': 'adProblemCode',
  "may contain only lower-case letters, digits, '-' and '_'": 'adProblemCode',
  'is already used by someone in this organisation': 'adServerEmailTaken',
  'another category already has this code': 'adServerCodeTaken',
  'another team already has this name': 'adServerTeamNameTaken',
  'you cannot take away your own admin role': 'adServerOwnAdmin',
  'you cannot deactivate yourself': 'adServerSelfInactive',
  'does not hold the team_lead role': 'adServerNotLead',
  // Said of an id that names no user; both wordings, as the server's may follow the API's "user".
  'is not a person of this organisation': 'adServerNoUser',
  'is not a user of this organisation': 'adServerNoUser',
  'is not a team of this organisation': 'adServerNoTeam',
};

/** The message key (and its values) for a server message the screens can word; null for others. */
export function serverMessage(message: string): { key: string; vars: Record<string, number> } | null {
  const known = SERVER_MESSAGES[message];
  if (known) return { key: known, vars: {} };
  const min = /^must be at least (\d+) characters$/.exec(message);
  if (min) return { key: 'adProblemPasswordShort', vars: { min: Number(min[1]) } };
  return null;
}

const trimmed = (s: string | null | undefined) => (s ?? '').trim();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const unique = (xs: readonly string[]) => [...new Set(xs)];

/** Toggles one value in a list, keeping the list's order. */
export function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((x) => x !== value);
}

// Categories -------------------------------------------------------------------------------

export interface CategoryForm {
  code: string;
  name: string;
  description: string;
  legalBasis: string;
  active: boolean;
}

export function categoryForm(c?: { code: string; name: string; description?: string | null; legalBasis?: string | null; active: boolean }): CategoryForm {
  return { code: c?.code ?? '', name: c?.name ?? '', description: c?.description ?? '', legalBasis: c?.legalBasis ?? '', active: c?.active ?? true };
}

/** A code from a name, as suggested while the code was not typed: `Schulden (18+)` → `schulden-18`. */
export function suggestCode(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

export function checkCategory(f: CategoryForm): FormProblems<keyof CategoryForm> {
  const p: FormProblems<keyof CategoryForm> = {};
  const code = trimmed(f.code);
  if (!code) p.code = 'required';
  else if (code.length > 64 || !/^[a-z0-9_-]+$/.test(code)) p.code = 'code';
  if (!trimmed(f.name)) p.name = 'required';
  else if (trimmed(f.name).length > 200) p.name = 'tooLong';
  return p;
}

export interface CategoryRequest {
  code?: string;
  name?: string;
  description?: string;
  legalBasis?: string;
  active?: boolean;
}

export function createCategoryRequest(f: CategoryForm): CategoryRequest & { code: string; name: string } {
  const body: CategoryRequest & { code: string; name: string } = { code: trimmed(f.code), name: trimmed(f.name), active: f.active };
  if (trimmed(f.description)) body.description = trimmed(f.description);
  if (trimmed(f.legalBasis)) body.legalBasis = trimmed(f.legalBasis);
  return body;
}

/** Only what changed; an emptied text is sent empty, so the server clears it. */
export function categoryChanges(before: CategoryForm, after: CategoryForm): CategoryRequest {
  const body: CategoryRequest = {};
  for (const key of ['code', 'name', 'description', 'legalBasis'] as const) {
    if (trimmed(after[key]) !== trimmed(before[key])) body[key] = trimmed(after[key]);
  }
  if (after.active !== before.active) body.active = after.active;
  return body;
}

// Teams ------------------------------------------------------------------------------------

export interface TeamForm {
  name: string;
  description: string;
  /** Everyone in the team, leads included (as the API lists them). */
  memberIds: string[];
  leadIds: string[];
}

export function teamForm(t?: { name: string; description?: string | null; memberIds: string[]; leadIds: string[] }): TeamForm {
  return { name: t?.name ?? '', description: t?.description ?? '', memberIds: unique([...(t?.memberIds ?? []), ...(t?.leadIds ?? [])]), leadIds: [...(t?.leadIds ?? [])] };
}

/** Making someone a lead makes them a member; taking someone out of the team ends their lead. */
export function setMember(f: TeamForm, id: string, on: boolean): TeamForm {
  return { ...f, memberIds: toggle(f.memberIds, id, on), leadIds: on ? f.leadIds : f.leadIds.filter((x) => x !== id) };
}

export function setLead(f: TeamForm, id: string, on: boolean): TeamForm {
  return { ...f, leadIds: toggle(f.leadIds, id, on), memberIds: on ? toggle(f.memberIds, id, true) : f.memberIds };
}

export function checkTeam(f: TeamForm): FormProblems<keyof TeamForm> {
  const p: FormProblems<keyof TeamForm> = {};
  if (!trimmed(f.name)) p.name = 'required';
  else if (trimmed(f.name).length > 200) p.name = 'tooLong';
  return p;
}

export interface TeamRequest {
  name?: string;
  description?: string;
  memberIds?: string[];
  leadIds?: string[];
}

export function createTeamRequest(f: TeamForm): TeamRequest & { name: string; memberIds: string[]; leadIds: string[] } {
  const body: TeamRequest & { name: string; memberIds: string[]; leadIds: string[] } = { name: trimmed(f.name), memberIds: unique([...f.memberIds, ...f.leadIds]), leadIds: unique(f.leadIds) };
  if (trimmed(f.description)) body.description = trimmed(f.description);
  return body;
}

/**
 * Only what changed. Members and leads go together: the API replaces each list it is given and
 * keeps the other, so sending both says exactly who is in the team and who leads it.
 */
export function teamChanges(before: TeamForm, after: TeamForm): TeamRequest {
  const body: TeamRequest = {};
  if (trimmed(after.name) !== trimmed(before.name)) body.name = trimmed(after.name);
  if (trimmed(after.description) !== trimmed(before.description)) body.description = trimmed(after.description);
  const members = unique([...after.memberIds, ...after.leadIds]);
  if (!sameSet(members, unique([...before.memberIds, ...before.leadIds])) || !sameSet(after.leadIds, before.leadIds)) {
    body.memberIds = members;
    body.leadIds = unique(after.leadIds);
  }
  return body;
}

// Users ------------------------------------------------------------------------------------

export interface UserForm {
  name: string;
  email: string;
  roles: string[];
  teamIds: string[];
  active: boolean;
  /** Initial or new password of a built-in account; empty leaves it (or signs in elsewhere). */
  password: string;
}

export function userForm(u?: { name: string; email: string; roles: string[]; teamIds: string[]; active: boolean }): UserForm {
  return { name: u?.name ?? '', email: u?.email ?? '', roles: [...(u?.roles ?? [])], teamIds: [...(u?.teamIds ?? [])], active: u?.active ?? true, password: '' };
}

export const MIN_PASSWORD = 10;

export function checkUser(f: UserForm): FormProblems<keyof UserForm> {
  const p: FormProblems<keyof UserForm> = {};
  if (!trimmed(f.name)) p.name = 'required';
  else if (trimmed(f.name).length > 200) p.name = 'tooLong';
  const email = trimmed(f.email);
  if (!email) p.email = 'required';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) p.email = 'email';
  if (f.roles.length === 0) p.roles = 'oneRole';
  if (f.password !== '' && f.password.length < MIN_PASSWORD) p.password = 'passwordShort';
  return p;
}

export interface UserRequest {
  name?: string;
  email?: string;
  roles?: string[];
  teamIds?: string[];
  active?: boolean;
  password?: string;
}

/** Roles in the API's order, whatever order they were ticked in. */
const orderedRoles = (roles: readonly string[]) => [...ROLES.filter((r) => roles.includes(r)), ...roles.filter((r) => !(ROLES as readonly string[]).includes(r))];

export function createUserRequest(f: UserForm): UserRequest & { name: string; email: string; roles: string[]; teamIds: string[] } {
  const body: UserRequest & { name: string; email: string; roles: string[]; teamIds: string[] } = {
    name: trimmed(f.name),
    email: trimmed(f.email),
    roles: orderedRoles(f.roles),
    teamIds: unique(f.teamIds),
    active: f.active,
  };
  if (f.password !== '') body.password = f.password;
  return body;
}

export function userChanges(before: UserForm, after: UserForm): UserRequest {
  const body: UserRequest = {};
  if (trimmed(after.name) !== trimmed(before.name)) body.name = trimmed(after.name);
  if (trimmed(after.email) !== trimmed(before.email)) body.email = trimmed(after.email);
  if (!sameSet(after.roles, before.roles)) body.roles = orderedRoles(after.roles);
  if (!sameSet(unique(after.teamIds), unique(before.teamIds))) body.teamIds = unique(after.teamIds);
  if (after.active !== before.active) body.active = after.active;
  if (after.password !== '') body.password = after.password;
  return body;
}

/** Users found by a search text in their name or e-mail address, ignoring case and accents. */
export function matches(user: { name: string; email: string }, search: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const q = fold(search.trim());
  return q === '' || fold(user.name).includes(q) || fold(user.email).includes(q);
}

/** Sorted by name, ignoring case and accents. */
export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}

/** A name for an id, or a short id while the list is not in (or the id is from elsewhere). */
export function namer(items: readonly { id: string; name: string }[] | null): (id: string) => string {
  const names = new Map((items ?? []).map((x) => [x.id, x.name]));
  return (id) => names.get(id) ?? `${id.slice(0, 8)}…`;
}
