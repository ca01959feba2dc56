import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | null | undefined;
  children: ComponentChildren;
}

/** A labelled form field (NL Design System form-field) with its hint and error tied to the input. */
export function Field({ id, label, description, error, children }: Props) {
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      {description && (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-hint`}>
          {description}
        </div>
      )}
      {error && (
        <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** The aria attributes an input inside a Field needs. */
export function describedBy(id: string, description?: string, error?: string | null) {
  const ids = [description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    ...(ids ? { 'aria-describedby': ids } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
}
