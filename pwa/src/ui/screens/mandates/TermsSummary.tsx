import type { MandateShape } from '../../../domain/mandate-diff';
import { t } from '../../../i18n';
import { fieldValue, keyed, ruleWords, type CategoryNames } from './words';

const FIELDS = ['period', 'periodLimitCents', 'perClientYearLimitCents'] as const;

/** A mandate's terms in a few lines: a first version, or a template. */
export function TermsSummary({ terms, category }: { terms: MandateShape; category: CategoryNames }) {
  return (
    <ul class="md-changes">
      {FIELDS.filter((f) => terms[f] !== undefined).map((f) => (
        <li key={f}>{t('mdTerm', { what: keyed(`mdField_${f}`), value: fieldValue(f, terms[f]) })}</li>
      ))}
      {terms.rules.map((r) => (
        <li key={r.categoryId}>{t('mdTerm', { what: category(r.categoryId), value: ruleWords(r, terms.period) })}</li>
      ))}
    </ul>
  );
}
