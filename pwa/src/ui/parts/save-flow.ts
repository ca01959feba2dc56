// The editors' side of the save flow (src/app/save-flow.ts): the field errors, the sentence at
// the top of the form, the stale warning and the busy button, and focus on the first bad field
// once the errors are drawn, so it is read out and fixable.
import { useRef, useState } from 'preact/hooks';
import { runSave, without, type Errors, type SaveSteps } from '../../app/save-flow';

/** The sentences of one area's editors. */
export interface SaveWords {
  /** Every problem is shown at its field. */
  fix: string;
  /** The save failed for a reason no field shows. */
  failed: (detail: string) => string;
  /** The server was not reached. */
  unreached: string;
}

/** What the editor does with an outcome beyond showing it. */
export interface SaveHandlers<T> {
  saved: (value: T) => void | Promise<void>;
  unchanged?: () => void;
  /** Fetch the newest version and move the form onto it. */
  stale?: () => Promise<void>;
  /** After a refusal: e.g. reload what another user may have changed meanwhile. */
  refused?: () => Promise<void>;
}

/** Focus the first field with an error after a refused save, once it is drawn. */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"], .admin-choices--invalid input')?.focus());
}

export function useSaveFlow<F extends string>(words: SaveWords) {
  const [errors, setErrors] = useState<Errors<F>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function save<T>(steps: SaveSteps<T, F>, on: SaveHandlers<T>): Promise<void> {
    setGeneral(null);
    setStale(false);
    setBusy(true);
    try {
      const outcome = await runSave(steps);
      switch (outcome.kind) {
        case 'invalid':
          setErrors(outcome.errors);
          setGeneral(words.fix);
          return focusFirstError(formRef.current);
        case 'unchanged':
          return on.unchanged?.();
        case 'saved':
          setErrors({});
          return await on.saved(outcome.value);
        case 'stale':
          setStale(true);
          return await on.stale?.();
        case 'refused':
          setErrors(outcome.errors);
          setGeneral(outcome.allPlaced ? words.fix : words.failed(outcome.detail ?? words.unreached));
          await on.refused?.();
          return focusFirstError(formRef.current);
      }
    } finally {
      setBusy(false);
    }
  }

  /** Forget the errors of fields just changed: they were about the old values. */
  const clear = (...fields: F[]) => setErrors((errs) => without(errs, ...fields));

  return { errors, general, stale, busy, formRef, save, clear };
}
