import { dateWords } from '../../domain/wording';
import { lang } from '../../i18n';

/**
 * The chosen date in the app's words under a date field: the browser draws the field itself in
 * the phone's language, which need not be the app's.
 */
export function DateWords({ value }: { value: string }) {
  const words = dateWords(value, lang.value);
  return (
    <p class="date-words meta" aria-live="polite">
      {words ?? ''}
    </p>
  );
}
