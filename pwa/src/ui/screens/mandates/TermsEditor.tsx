import { useState } from 'preact/hooks';
import { PERIODS, RIGHTS, newRule, usesAmount, type RuleForm, type TermsForm } from '../../../domain/mandate-form';
import { t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import type { Category } from '../../../app/organisation';
import type { Errors } from '../../../app/save-flow';
import { periodWords, rightWords } from './words';


interface Props {
  id: string;
  form: TermsForm;
  /** Errors in words by the server's field name (`periodLimitCents`, `rules[1].right`). */
  errors: Errors<string>;
  categories: Category[];
  category: (id: string) => string;
  /** The new form and the server field names whose errors the change makes stale. */
  onChange: (form: TermsForm, fields: string[]) => void;
  /** The level of the rules' heading, one below the form's own. */
  level: 3 | 4;
}

/**
 * A mandate's terms as a form: the period, the overall limits and one group per category with
 * its right and amounts. Only the amounts the chosen right uses are shown; a phone shows one
 * field under the other, a wide screen the amounts of a rule side by side.
 */
export function TermsEditor({ id, form, errors, categories, category, onChange, level }: Props) {
  const RulesHeading = level === 3 ? 'h3' : 'h4';
  const [adding, setAdding] = useState('');
  const used = new Set(form.rules.map((r) => r.categoryId));
  const addable = categories.filter((c) => c.active && !used.has(c.id));

  const set = (patch: Partial<TermsForm>, field: string) => onChange({ ...form, ...patch }, [field]);
  const setRule = (i: number, patch: Partial<RuleForm>, fields: string[]) =>
    onChange({ ...form, rules: form.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) }, fields.map((f) => `rules[${i}].${f}`));
  const amountInput = (fieldId: string, error: string | undefined, value: string, onInput: (v: string) => void, hint?: string) => (
    <input
      {...describedBy(fieldId, hint, error)}
      class="utrecht-textbox utrecht-textbox--html-input md-amount"
      inputMode="decimal"
      autocomplete="off"
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );

  function add() {
    if (!adding) return;
    onChange({ ...form, rules: [...form.rules, newRule(adding)] }, []);
    const at = form.rules.length;
    setAdding('');
    requestAnimationFrame(() => document.getElementById(`${id}-rule-${at}-right`)?.focus());
  }

  function remove(i: number) {
    // Later rules move up a place, so every rule error is about a different rule now.
    onChange({ ...form, rules: form.rules.filter((_, j) => j !== i) }, form.rules.flatMap((_, j) => ['categoryId', 'right', 'autonomousUpToCents', 'approvalUpToCents', 'periodLimitCents'].map((f) => `rules[${j}].${f}`)));
    requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
  }

  const periodHint = t('mdOptionalAmount');
  return (
    <div class="md-terms">
      <div class="md-terms__top">
        <Field id={`${id}-period`} label={t('mdPeriod')} error={errors.period}>
          <select {...describedBy(`${id}-period`, undefined, errors.period)} class="utrecht-select utrecht-select--html-select" value={form.period} onChange={(e) => set({ period: e.currentTarget.value as TermsForm['period'] }, 'period')}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {periodWords(p)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-limit`} label={t('mdPeriodLimit')} description={periodHint} error={errors.periodLimitCents}>
          {amountInput(`${id}-limit`, errors.periodLimitCents, form.periodLimit, (v) => set({ periodLimit: v }, 'periodLimitCents'), periodHint)}
        </Field>
        <Field id={`${id}-client`} label={t('mdPerClient')} description={periodHint} error={errors.perClientYearLimitCents}>
          {amountInput(`${id}-client`, errors.perClientYearLimitCents, form.perClientYearLimit, (v) => set({ perClientYearLimit: v }, 'perClientYearLimitCents'), periodHint)}
        </Field>
      </div>

      <RulesHeading class="heading-3 md-terms__rules-title">{t('mdRules')}</RulesHeading>
      {form.rules.length === 0 && <p class="utrecht-paragraph meta">{t('mdRulesNone')}</p>}
      {form.rules.map((rule, i) => {
        const at = (f: string) => `rules[${i}].${f}`;
        const fid = (f: string) => `${id}-rule-${i}-${f}`;
        const name = rule.categoryId ? category(rule.categoryId) : t('mdCategory');
        const rightHint = t(`mdRightHint_${rule.right}`);
        const aloneLabel = rule.right === 'four_eyes' ? t('mdFourEyes') : t('mdAutonomous');
        return (
          <fieldset key={`${rule.categoryId}-${i}`} class="md-rule" aria-describedby={errors[at('categoryId')] ? `${fid('category')}-error` : undefined}>
            <legend class="md-rule__legend">{name}</legend>
            {errors[at('categoryId')] && (
              <div class="utrecht-form-field-error-message" id={`${fid('category')}-error`}>
                {errors[at('categoryId')]}
              </div>
            )}
            <div class="md-rule__fields">
              <Field id={fid('right')} label={t('mdRight')} description={rightHint} error={errors[at('right')]}>
                <select
                  {...describedBy(fid('right'), rightHint, errors[at('right')])}
                  class="utrecht-select utrecht-select--html-select"
                  value={rule.right}
                  onChange={(e) => setRule(i, { right: e.currentTarget.value as RuleForm['right'] }, ['right', 'autonomousUpToCents', 'approvalUpToCents'])}
                >
                  {RIGHTS.map((r) => (
                    <option key={r} value={r}>
                      {rightWords(r)}
                    </option>
                  ))}
                </select>
              </Field>
              {usesAmount(rule.right, 'autonomous') && (
                <Field id={fid('alone')} label={aloneLabel} error={errors[at('autonomousUpToCents')]}>
                  {amountInput(fid('alone'), errors[at('autonomousUpToCents')], rule.autonomous, (v) => setRule(i, { autonomous: v }, ['autonomousUpToCents', 'approvalUpToCents']))}
                </Field>
              )}
              {usesAmount(rule.right, 'approval') && (
                <Field id={fid('approval')} label={t('mdApprovalUpTo')} error={errors[at('approvalUpToCents')]}>
                  {amountInput(fid('approval'), errors[at('approvalUpToCents')], rule.approval, (v) => setRule(i, { approval: v }, ['approvalUpToCents']))}
                </Field>
              )}
              {usesAmount(rule.right, 'periodLimit') && (
                <Field id={fid('limit')} label={t('mdRuleLimitInput')} description={periodHint} error={errors[at('periodLimitCents')]}>
                  {amountInput(fid('limit'), errors[at('periodLimitCents')], rule.periodLimit, (v) => setRule(i, { periodLimit: v }, ['periodLimitCents']), periodHint)}
                </Field>
              )}
            </div>
            <button class="utrecht-button utrecht-button--subtle md-rule__remove" type="button" onClick={() => remove(i)}>
              {t('mdRemoveRule', { category: name })}
            </button>
          </fieldset>
        );
      })}
      {addable.length > 0 && (
        <div class="md-add">
          <Field id={`${id}-add`} label={t('mdAddRuleChoose')}>
            <select {...describedBy(`${id}-add`)} class="utrecht-select utrecht-select--html-select" value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
              <option value="">—</option>
              {addable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!adding} onClick={add}>
            {t('mdAddRule')}
          </button>
        </div>
      )}
    </div>
  );
}
