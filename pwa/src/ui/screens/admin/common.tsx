// What the audit view and the administration screens share: problems in words, lists loaded
// when a screen opens, the editor of one object on the shared save flow, and the form parts.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { problemText as sentence, type Versioned } from '../../../api/answer';
import { say } from '../../../app/actions';
import { topFields, type Errors, type SaveSteps } from '../../../app/save-flow';
import { MIN_PASSWORD, serverMessage, type FormProblem } from '../../../domain/admin-forms';
import { has, t, type MessageKey } from '../../../i18n';
import { useSaveFlow, type SaveHandlers } from '../../parts/save-flow';
import './common.css';

/** What went wrong, in a sentence. */
export const problemText = (error: unknown): string => sentence(error, t('adOffline'));

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

/** One checkbox with its label, e.g. whether a category or a user is active. */
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

/** A role in words; an unknown one as the server names it. */
export function roleWords(role: string): string {
  const key = `adRole_${role}`;
  return has(key) ? t(key) : role;
}

/** Local checks in words, by field. */
export function problemsInWords<F extends string>(problems: Partial<Record<F, FormProblem>>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [k, p] of Object.entries(problems) as [F, FormProblem][]) out[k] = problemWords(p);
  return out;
}

/** The sentences of the administration's editors. */
const adminWords = () => ({ fix: t('adFixFields'), failed: (detail: string) => t('adSaveFailed', { detail }), unreached: t('adOffline') });

/** A server message in the reader's words where the screens know it. */
function serverWords(message: string): string {
  const known = serverMessage(message);
  return known && has(known.key) ? t(known.key, known.vars) : message;
}

/** What an editor of one kind of object reads, checks and sends (see editors.ts). */
export interface ObjectKind<O, Form, C extends object> {
  /** The server's current copy and its version. */
  get: (id: string) => Promise<Versioned<O>>;
  toForm: (object?: O) => Form;
  check: (form: Form) => Partial<Record<keyof Form, FormProblem>>;
  create: (form: Form) => Promise<O>;
  /** Only what changed; empty when nothing did. */
  changes: (before: Form, after: Form) => C;
  update: (id: string, changes: C, etag: string | null) => Promise<O>;
}

/**
 * An administration editor of one object (a team, a user, a category) on the shared save flow.
 * It opens on the server's current copy and its version: until that is in, nothing can be typed
 * that the copy would overwrite. A change goes with that version; when someone else changed the
 * object meanwhile, the form moves onto the newest copy.
 */
export function useObjectEditor<O extends { id: string; name: string }, Form extends object, C extends object>(
  editor: ObjectKind<O, Form, C>,
  /** The object being changed; none for a new one. */
  object: O | undefined,
  onDone: (saved: O | null) => void,
) {
  type F = keyof Form & string;
  const [base, setBase] = useState<Form>(() => editor.toForm(object));
  const [form, setForm] = useState<Form>(base);
  const [etag, setEtag] = useState<string | null>(null);
  const [ready, setReady] = useState(!object);
  const flow = useSaveFlow<F>(adminWords());

  async function fetchCurrent(): Promise<void> {
    if (!object) return;
    const current = await editor.get(object.id);
    const fresh = editor.toForm(current.value);
    setEtag(current.etag);
    setBase(fresh);
    setForm(fresh);
  }
  useEffect(() => {
    if (object) void fetchCurrent().catch(() => undefined).finally(() => setReady(true));
  }, []);
  useEffect(() => {
    if (ready) flow.formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [ready]);

  /** A change to the form; the errors of the fields it touched go. */
  function update(next: Form, ...fields: F[]) {
    setForm(next);
    flow.clear(...fields);
  }

  const steps: SaveSteps<O, F> = {
    check: () => problemsInWords(editor.check(form)) as Errors<F>,
    send: () => {
      if (!object) return editor.create(form);
      const changes = editor.changes(base, form);
      return Object.keys(changes).length > 0 ? editor.update(object.id, changes, etag) : null;
    },
    field: topFields(Object.keys(form) as F[]),
    words: serverWords,
  };
  const on: SaveHandlers<O> = {
    saved: (saved) => {
      say(t(object ? 'adSaved' : 'adCreated', { name: saved.name }));
      onDone(saved);
    },
    unchanged: () => {
      say(t('adNoChanges'), 'info');
      onDone(null);
    },
    stale: () => fetchCurrent().catch(() => undefined),
  };
  function submit(e: Event) {
    e.preventDefault();
    void flow.save(steps, on);
  }

  return { ...flow, form, ready, update, submit };
}
