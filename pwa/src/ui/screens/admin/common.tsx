// What the audit view and the administration screens share: whole lists fetched page by page,
// problems in words, the people and teams behind ids, and the form parts.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { asProblem, type Problem, type Schemas } from '../../../api/client';
import { api } from '../../../app/store';
import { MIN_PASSWORD, fieldErrors, serverMessage, type FormProblem } from '../../../domain/admin-forms';
import { has, t, type MessageKey } from '../../../i18n';
import './common.css';

export type Person = Schemas['User'];
export type Team = Schemas['Team'];
export type CategoryItem = Schemas['Category'];

/** A refusal or failure of the server, with its problem document. */
export class RequestFailed extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an answer, or the problem as a RequestFailed. */
export function dataOf<T>(answer: Answer<T>): T {
  if (answer.data === undefined) throw new RequestFailed(asProblem(answer.error, answer.response.status));
  return answer.data;
}

/** Every page of a list: the lists here are an organisation's set-up, a few hundred at most. */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<Answer<{ items: T[]; nextCursor?: string | null }>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const data = dataOf(await page(cursor));
    items.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return items;
}

export const loadPeople = () => allPages<Person>((cursor) => api.GET('/users', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));
export const loadTeams = () => allPages<Team>((cursor) => api.GET('/teams', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));
export const loadCategories = () => allPages<CategoryItem>((cursor) => api.GET('/categories', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));

/** What went wrong, in a sentence. */
export function problemText(error: unknown): string {
  if (error instanceof RequestFailed) return error.problem.detail || error.problem.title;
  return t('adOffline');
}

/** The problem of a failed save, or null when it was no refusal by the server. */
export function problemOf(error: unknown): Problem | null {
  return error instanceof RequestFailed ? error.problem : null;
}

/** Someone else changed the object meanwhile (412), or the server wants a version (428). */
export function isStale(error: unknown): boolean {
  const status = problemOf(error)?.status;
  return status === 412 || status === 428;
}

/** A list loaded when the screen opens, reloadable after a change. */
export function useLoaded<T>(load: () => Promise<T>): { value: T | null; error: string | null; reload: () => Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function reload() {
    try {
      setValue(await load());
      setError(null);
    } catch (e) {
      setError(problemText(e));
    }
  }
  useEffect(() => {
    void reload();
  }, []);
  return { value, error, reload };
}

const problemKeys: Record<FormProblem, MessageKey> = {
  required: 'adProblemRequired',
  email: 'adProblemEmail',
  code: 'adProblemCode',
  oneRole: 'adProblemOneRole',
  passwordShort: 'adProblemPasswordShort',
  tooLong: 'adProblemTooLong',
};

export function problemWords(problem: FormProblem | undefined): string | undefined {
  return problem ? t(problemKeys[problem], { min: MIN_PASSWORD }) : undefined;
}

export function Alert({ kind, children }: { kind: 'ok' | 'info' | 'warning' | 'error'; children: ComponentChildren }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`}>
      <div class="utrecht-alert__content">{children}</div>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A group of checkboxes with its legend, hint and error (roles, teams, members). */
export function Choices({ id, legend, hint, error, choices, chosen, onToggle, empty }: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  choices: Choice[];
  chosen: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  empty?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={`admin-choices${error ? ' admin-choices--invalid' : ''}`} id={id} {...(described ? { 'aria-describedby': described } : {})}>
      <legend class="utrecht-form-label admin-choices__legend">{legend}</legend>
      {hint && (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      {choices.length === 0 && empty && <p class="utrecht-paragraph meta">{empty}</p>}
      <ul class="admin-choices__list">
        {choices.map((c) => (
          <li key={c.value} class="admin-choices__item">
            <input
              id={`${id}-${c.value}`}
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              checked={chosen.includes(c.value)}
              onChange={(e) => onToggle(c.value, e.currentTarget.checked)}
              {...(c.hint ? { 'aria-describedby': `${id}-${c.value}-hint` } : {})}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${c.value}`}>
              {c.label}
            </label>
            {c.hint && (
              <span class="meta admin-choices__hint" id={`${id}-${c.value}-hint`}>
                {c.hint}
              </span>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** One checkbox with its label, e.g. whether a category or a person is active. */
export function Toggle({ id, label, checked, onChange, error }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void; error?: string | undefined }) {
  return (
    <div class={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__input">
        <input
          id={id}
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          {...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true as const } : {})}
        />
      </div>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
          {label}
        </label>
      </div>
      {error && (
        <div class="utrecht-form-field__description utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** Focus the first field with an error after a refused save, so it is read out and fixable. */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], .admin-choices--invalid input');
    first?.focus();
  });
}

/** A role in words; an unknown one as the server names it. */
export function roleWords(role: string): string {
  const key = `adRole_${role}`;
  return has(key) ? t(key) : role;
}

/**
 * A refused save in words: the server's field errors that belong to the form's fields, and a
 * sentence for the top of the form (which names any problem no field shows).
 */
export function refusal<F extends string>(error: unknown, fields: readonly F[]): { byField: Partial<Record<F, string>>; general: string } {
  const all = fieldErrors(problemOf(error), (message) => {
    const known = serverMessage(message);
    return known && has(known.key) ? t(known.key, known.vars) : message;
  });
  const byField: Partial<Record<F, string>> = {};
  for (const f of fields) if (all[f]) byField[f] = all[f];
  const placed = Object.keys(byField).length;
  const unplaced = Object.keys(all).some((k) => !(fields as readonly string[]).includes(k));
  return { byField, general: placed > 0 && !unplaced ? t('adFixFields') : t('adSaveFailed', { detail: problemText(error) }) };
}

/** Local checks in words, by field. */
export function problemsInWords<F extends string>(problems: Partial<Record<F, FormProblem>>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [k, p] of Object.entries(problems) as [F, FormProblem][]) out[k] = problemWords(p);
  return out;
}

/** The errors less the one of a field just changed: its message is about the old value. */
export function without<F extends string>(errors: Partial<Record<F, string>>, field: F): Partial<Record<F, string>> {
  const rest = { ...errors };
  delete rest[field];
  return rest;
}
