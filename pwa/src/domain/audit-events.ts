// The audit trail as a controller reads it: actions and objects in words, the period filter in
// Amsterdam days, and an event's before and after laid side by side. Pure: no i18n, no fetch.

/** The kinds of object the trail records changes of, as the server names them. */
export const AUDIT_ENTITY_TYPES = [
  'decision',
  'mandate_version',
  'mandate_template',
  'team_budget_pot',
  'user',
  'team',
  'category',
  'organisation',
] as const;

/** Every action the server records, grouped by object in the order above. */
export const AUDIT_ACTIONS = [
  'decision.created',
  'decision.read',
  'decision.cosigned',
  'decision.approved',
  'decision.rejected',
  'decision.withdrawn',
  'decision.reviewed',
  'decision.corrected',
  'mandate_version.created',
  'mandate_template.created',
  'mandate_template.changed',
  'team_budget_pot.created',
  'team_budget_pot.changed',
  'user.bootstrapped',
  'user.created',
  'user.changed',
  'team.created',
  'team.changed',
  'category.created',
  'category.changed',
  'identity_provider.set',
] as const;

function camel(code: string): string {
  return code
    .split(/[._-]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** The message key of an action, e.g. `decision.created` → `auActionDecisionCreated`. */
export function actionKey(action: string): string {
  return `auAction${camel(action)}`;
}

/** The message key of an object kind, e.g. `mandate_version` → `auEntityMandateVersion`. */
export function entityKey(entityType: string): string {
  return `auEntity${camel(entityType)}`;
}

/** The message key of a field named in an event's details, e.g. `teamIds` → `auFieldTeamIds`. */
export function fieldKey(field: string): string {
  return `auField${camel(field)}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Amsterdam's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function amsterdamOffset(instant: number): number {
  const parts = Object.fromEntries(dayFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((wall - instant) / 60_000);
}

/** The instant an Amsterdam day (`YYYY-MM-DD`) begins, in UTC. Clocks never change at midnight there. */
export function amsterdamDayStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const instant = utcMidnight - amsterdamOffset(utcMidnight) * 60_000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The day after an ISO date. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export interface AuditFilters {
  entityType: string;
  action: string;
  actorId: string;
  entityId: string;
  /** First Amsterdam day shown, `YYYY-MM-DD` or empty. */
  fromDate: string;
  /** Last Amsterdam day shown (inclusive), `YYYY-MM-DD` or empty. */
  toDate: string;
}

export const NO_FILTERS: AuditFilters = { entityType: '', action: '', actorId: '', entityId: '', fromDate: '', toDate: '' };

export interface AuditQuery {
  entityType?: string;
  action?: string;
  actorId?: string;
  entityId?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/** The list's query: empty filters left out, the days turned into the instants the API takes. */
export function auditQuery(filters: AuditFilters, limit: number, cursor?: string | null): AuditQuery {
  const query: AuditQuery = { limit };
  if (filters.entityType) query.entityType = filters.entityType;
  if (filters.action) query.action = filters.action;
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.entityId) query.entityId = filters.entityId;
  if (filters.fromDate) query.from = amsterdamDayStart(filters.fromDate);
  if (filters.toDate) query.to = amsterdamDayStart(nextDay(filters.toDate));
  if (cursor) query.cursor = cursor;
  return query;
}

/** Whether the period runs backwards, which would show nothing. */
export function periodReversed(filters: AuditFilters): boolean {
  return filters.fromDate !== '' && filters.toDate !== '' && filters.toDate < filters.fromDate;
}

/** The filters that only make sense together: an action belongs to one kind of object. */
export function actionsFor(entityType: string): readonly string[] {
  return entityType ? AUDIT_ACTIONS.filter((a) => a.startsWith(`${entityType}.`)) : AUDIT_ACTIONS;
}

/** One line of an event's details: a field before and after the change, or a plain value. */
export interface DetailRow {
  field: string;
  before?: unknown;
  after?: unknown;
  /** For details that are no change, e.g. the team and period of a team budget. */
  value?: unknown;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The details of an event as rows. `before` and `after` are laid side by side per field; a
 * field the change left alone (the server writes `null` after, nothing before) is left out.
 */
export function detailRows(details: unknown): DetailRow[] {
  if (!isRecord(details)) {
    return details === null || details === undefined ? [] : [{ field: '', value: details, changed: false }];
  }
  const before = isRecord(details.before) ? details.before : undefined;
  const after = isRecord(details.after) ? details.after : undefined;
  const rows: DetailRow[] = [];
  for (const [field, value] of Object.entries(details)) {
    if ((field === 'before' && before) || (field === 'after' && after)) continue;
    rows.push({ field, value, changed: false });
  }
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  for (const field of fields) {
    const b = before?.[field];
    const a = after?.[field];
    if (before && !(field in before) && (a === null || a === false)) continue;
    const row: DetailRow = { field, changed: !before || !same(b, a) };
    // A field missing on one side was not recorded there, which is not the same as empty.
    if (before && field in before) row.before = b;
    if (after && field in after) row.after = a;
    rows.push(row);
  }
  return rows;
}

export interface ValueWords {
  /** A user's, team's or category's name for an id, when known. */
  name: (id: string) => string | null;
  money: (cents: number) => string;
  /** Words for known codes, e.g. a decision status or a role; null when unknown. */
  code: (field: string, value: string) => string | null;
  /** A field's name in words, for the fields inside nested values (a mandate's rules). */
  label: (field: string) => string;
  yes: string;
  no: string;
  none: string;
  lead: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as a reader recognises it: the name, else its first eight characters. */
export function idWords(id: string, words: Pick<ValueWords, 'name'>): string {
  return words.name(id) ?? `${id.slice(0, 8)}…`;
}

const nested = (v: unknown) => isRecord(v) || (Array.isArray(v) && v.some((x) => isRecord(x) || Array.isArray(x)));

/** A value of the details in words; nested objects as indented `field: value` lines. */
export function describeValue(value: unknown, field: string, words: ValueWords, depth = 0): string {
  const indent = '  '.repeat(depth);
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return /Cents$/.test(field) ? words.money(value) : String(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return idWords(value, words);
    return words.code(field, value) ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return words.none;
    // A team's members: `{userId, lead}`.
    if (value.every((v) => isRecord(v) && typeof v.userId === 'string')) {
      return (value as Record<string, unknown>[]).map((v) => `${idWords(String(v.userId), words)}${v.lead ? ` (${words.lead})` : ''}`).join(', ');
    }
    if (!nested(value)) return value.map((v) => describeValue(v, field, words, depth)).join(', ');
    return value.map((v) => `${indent}- ${describeValue(v, field, words, depth + 1).trimStart()}`).join('\n');
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => (nested(v) ? `${indent}${words.label(k)}:\n${describeValue(v, k, words, depth + 1)}` : `${indent}${words.label(k)}: ${describeValue(v, k, words, depth + 1)}`))
      .join('\n');
  }
  return String(value);
}

/**
 * Whom or what an event is about, as a reader knows it: the object when it has a name (a
 * user, team or category), else the user or team the details name (a mandate version is
 * a user's, a team budget a team's), else the object's id.
 */
export function subjectId(event: { entityId?: string | null; details: unknown }, known: (id: string) => boolean): string | null {
  if (event.entityId && known(event.entityId)) return event.entityId;
  if (isRecord(event.details)) {
    for (const key of ['userId', 'teamId', 'professionalId']) {
      const id = event.details[key];
      if (typeof id === 'string' && known(id)) return id;
    }
  }
  return event.entityId ?? null;
}

export interface Verification {
  valid: boolean;
  checked: number;
  firstInvalid?: number | null;
}

/** What the verification means for the reader. */
export type ChainVerdict = { intact: true; checked: number } | { intact: false; checked: number; firstInvalid: number | null };

export function chainVerdict(v: Verification): ChainVerdict {
  return v.valid ? { intact: true, checked: v.checked } : { intact: false, checked: v.checked, firstInvalid: v.firstInvalid ?? null };
}
