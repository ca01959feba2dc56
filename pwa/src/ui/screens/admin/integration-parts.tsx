// What the integration screens share: a secret shown once, the problems and server messages in
// words, and the sentences of their save flow.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Errors } from '../../../app/save-flow';
import { integrationServerMessage, type IntegrationProblem } from '../../../domain/integration-forms';
import { has, t, type MessageKey } from '../../../i18n';

export const integrationWords = () => ({ fix: t('ikFix'), failed: (detail: string) => t('ikSaveFailed', { detail }), unreached: t('ikOffline') });

/** A server message in the reader's words where the screens know it. */
export function integrationServerWords(message: string): string {
  const known = integrationServerMessage(message);
  return known && has(known.key) ? t(known.key as MessageKey, known.vars) : message;
}

const LIMITS: Partial<Record<string, number>> = { name: 200, description: 500, bestuursorgaan: 50 };

export function problemsInWords<F extends string>(problems: Partial<Record<F, IntegrationProblem>>): Errors<F> {
  const out: Errors<F> = {};
  for (const [field, problem] of Object.entries(problems) as [F, IntegrationProblem][]) out[field] = t(`ikProblem_${problem}` as MessageKey, { max: LIMITS[field] ?? 0 });
  return out;
}

/** The words of a scope or event type, whose names hold `:` and `.`. */
export const scopeWords = (scope: string): string => {
  const key = `ikScope_${scope.replace(':', '_')}`;
  return has(key) ? t(key) : scope;
};
export const eventWords = (type: string): string => {
  const key = `ikEvent_${type.replace(/\./g, '_')}`;
  return has(key) ? t(key) : type;
};

/**
 * A secret the server shows this once: read-only, with a copy button and a plain warning that
 * it cannot be shown again. Focus goes to it, so a screen reader reads the warning first.
 */
export function SecretOnce({ id, label, secret, extra, onDone }: { id: string; label: string; secret: string; extra?: ComponentChildren; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied('no');
    }
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning secret-once" ref={box} tabIndex={-1} aria-labelledby={`${id}-title`} role="group">
      <div class="utrecht-alert__content">
        <h3 class="heading-3" id={`${id}-title`}>
          {t('ikSecretTitle')}
        </h3>
        <p class="utrecht-paragraph" id={`${id}-warning`}>
          {t('ikSecretWarning')}
        </p>
        {extra}
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
        <input
          ref={input}
          id={id}
          class="utrecht-textbox utrecht-textbox--html-input admin-code secret-once__value"
          readOnly
          value={secret}
          aria-describedby={`${id}-warning`}
          autocomplete="off"
          spellcheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div class="actions">
          <button class="utrecht-button utrecht-button--primary-action" type="button" onClick={() => void copy()}>
            {t('ikCopy')}
            <span class="visually-hidden"> {label}</span>
          </button>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={onDone}>
            {t('ikSecretDone')}
          </button>
        </div>
        <p class="utrecht-paragraph" role="status">
          {copied === 'yes' ? t('ikCopied') : copied === 'no' ? t('ikCopyFailed') : ''}
        </p>
      </div>
    </div>
  );
}
