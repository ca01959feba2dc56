import { compareMandates, diffMandates, direction, type Direction, type MandateShape } from '../../../domain/mandate-diff';
import { t } from '../../../i18n';
import { changeWords, fieldValue, keyed, ruleWords, type CategoryNames } from './words';

/** A mark for more or less room, in words for everyone (not colour alone). */
export function DirectionMark({ direction: d }: { direction: Direction }) {
  if (d === 'neutral') return null;
  return <span class={`utrecht-status-badge md-direction md-direction--${d}`}>{d === 'wider' ? `↑ ${t('mdWider')}` : `↓ ${t('mdNarrower')}`}</span>;
}

/** What changed from one version to the next, one line per change. */
export function ChangeList({ before, after, category }: { before: MandateShape | undefined; after: MandateShape; category: CategoryNames }) {
  const changes = diffMandates(before, after);
  if (changes.length === 0) return <p class="utrecht-paragraph meta">{t('mdNoChange')}</p>;
  return (
    <ul class="md-changes">
      {changes.map((c, i) => (
        <li key={i}>
          {changeWords(c, after, before, category)}
          <DirectionMark direction={direction(c)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The before/after view of the editor: one row per term, the changed ones marked in words and
 * by weight, so a lead sees exactly what the new version does before saving it.
 */
export function CompareTable({ before, after, category }: { before: MandateShape | undefined; after: MandateShape; category: CategoryNames }) {
  const rows = compareMandates(before, after);
  return (
    <div class="md-compare-wrap">
      <table class="md-compare">
        <caption class="visually-hidden">{t('mdCompareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mdCompareWhat')}</th>
            <th scope="col">{t('mdCompareBefore')}</th>
            <th scope="col">{t('mdCompareAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = row.kind === 'field' ? row.field : row.categoryId;
            const label = row.kind === 'field' ? keyed(`mdField_${row.field}`) : category(row.categoryId);
            const was = row.kind === 'field' ? fieldValue(row.field, row.before) : row.before ? ruleWords(row.before, before?.period ?? after.period) : t('mdNone');
            const becomes = row.kind === 'field' ? fieldValue(row.field, row.after) : row.after ? ruleWords(row.after, after.period) : t('mdNone');
            const directions = row.kind === 'rule' ? [...new Set(row.directions)] : [];
            return (
              <tr key={key} class={row.changed ? 'md-compare__changed' : undefined}>
                <th scope="row">
                  {label}
                  {row.changed && <span class="visually-hidden"> ({t('mdChanged')})</span>}
                </th>
                <td>{was}</td>
                <td>
                  {becomes}
                  {directions.map((d) => (
                    <DirectionMark key={d} direction={d} />
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
