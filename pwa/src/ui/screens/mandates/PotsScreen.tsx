import { useEffect, useRef, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { api, isAdmin, mayManageMandates, me } from '../../../app/store';
import { byName, fieldErrors } from '../../../domain/admin-forms';
import { PERIODS } from '../../../domain/mandate-form';
import { versionState } from '../../../domain/mandate-people';
import { overlappingPot, periodChoices, readPot, replacement, serverPotProblem, type PotForm, type PotProblem } from '../../../domain/pot-form';
import { amsterdamDate, periodContaining } from '../../../domain/period';
import { date, money, t } from '../../../i18n';
import { BudgetBar } from '../../parts/BudgetBar';
import { Field, describedBy } from '../../parts/Field';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { Alert, dataOf, focusFirstError, loadTeams, problemOf, problemText, without, type Team } from '../admin/common';
import type { Schemas } from '../../../api/client';
import { keyed, periodWords } from './words';
import './mandates.css';

type Pot = Schemas['TeamBudgetPot'];

export function PotsScreen() {
  return (
    <SteeringScreen title={t('steeringPots')} allowed={mayManageMandates.value}>
      <Teams />
    </SteeringScreen>
  );
}

/** The teams whose budgets this person sets: an admin's are all, a lead's those they lead. */
function Teams() {
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadTeams().then(
      (all) => setTeams(byName(isAdmin.value ? all : all.filter((x) => me.value?.leadTeamIds.includes(x.id)))),
      (e) => setError(problemText(e)),
    );
  }, []);
  if (error) return <Alert kind="error">{t('potLoadFailed', { detail: error })}</Alert>;
  if (!teams) return <p class="utrecht-paragraph">{t('loading')}</p>;
  return (
    <>
      <p class="utrecht-paragraph">{t('potIntro')}</p>
      {teams.length === 0 && <p class="utrecht-paragraph">{t('potNoTeams')}</p>}
      {teams.map((team) => (
        <TeamPots key={team.id} team={team} />
      ))}
    </>
  );
}

function TeamPots({ team }: { team: Team }) {
  const [pots, setPots] = useState<Pot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const today = amsterdamDate(new Date());

  async function reload() {
    try {
      setPots(dataOf(await api.GET('/teams/{id}/budget-pots', { params: { path: { id: team.id } } })).items);
      setError(null);
    } catch (e) {
      setError(problemText(e));
    }
  }
  useEffect(() => {
    void reload();
  }, [team.id]);

  async function done(savedId: string | null) {
    setEditing(false);
    if (savedId) await reload();
    requestAnimationFrame(() => document.getElementById(savedId ? `pot-${savedId}` : `pot-set-${team.id}`)?.focus());
  }

  const titleId = `pots-${team.id}`;
  return (
    <section aria-labelledby={titleId} class="md-team-pots">
      <h2 class="utrecht-heading-2" id={titleId}>
        {t('potList', { team: team.name })}
      </h2>
      {error && <Alert kind="error">{t('potLoadFailed', { detail: error })}</Alert>}
      {!pots && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {pots && (editing ? (
        <PotEditor team={team} pots={pots} today={today} onDone={done} onRefused={reload} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id={`pot-set-${team.id}`} type="button" onClick={() => setEditing(true)}>
          {t('potSet')}
          <span class="visually-hidden"> {team.name}</span>
        </button>
      ))}
      {pots && pots.length === 0 && <p class="utrecht-paragraph">{t('potNone')}</p>}
      {pots && pots.length > 0 && (
        <ul class="plain-list md-pots" aria-labelledby={titleId}>
          {pots.map((pot) => {
            const state = versionState({ validFrom: pot.period.startsOn, validUntil: periodContaining(pot.period.kind, pot.period.startsOn).end }, today);
            return (
              <li key={pot.id} class={`card md-pot md-pot--${state}`}>
                <h3 class="heading-3 md-version__when" id={`pot-${pot.id}`} tabIndex={-1}>
                  {pot.period.label}{' '}
                  <span class={`utrecht-status-badge md-state md-state--${state}`}>{t(state === 'current' ? 'potCurrent' : state === 'planned' ? 'potPlanned' : 'potPast')}</span>
                </h3>
                <p class="utrecht-paragraph meta">{t('potPeriodRange', { from: date(pot.period.startsOn), until: date(pot.period.endsOn) })}</p>
                <BudgetBar label={periodWords(pot.period.kind)} limitCents={pot.budget.limitCents} usedCents={pot.budget.usedCents} reservedCents={pot.budget.reservedCents} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

type Errors = Partial<Record<'limitCents' | 'startsOn' | 'period', string>>;

type PotField = keyof Errors;
const FIELDS: readonly PotField[] = ['limitCents', 'startsOn', 'period'];

/**
 * Sets the pot of one period: the periods on offer are whole ones, from the current on. After a
 * refusal `onRefused` reloads the team's pots: another lead may have set one meanwhile.
 */
function PotEditor({ team, pots, today, onDone, onRefused }: { team: Team; pots: Pot[]; today: string; onDone: (savedId: string | null) => void; onRefused: () => Promise<void> }) {
  const [form, setForm] = useState<PotForm>(() => {
    const kind = pots[0]?.period.kind ?? 'quarter';
    return { kind, startsOn: periodChoices(kind, today)[0]!.startsOn, limit: '' };
  });
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = `pot-form-${team.id}`;
  const choices = periodChoices(form.kind, today);
  const replaces = replacement(pots, form);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  function words(problem: PotProblem): string {
    return t(`potProblem_${problem}`, { label: overlappingPot(pots, form.kind, form.startsOn)?.period.label ?? '' });
  }

  async function save(e: Event) {
    e.preventDefault();
    setGeneral(null);
    const { request, problems } = readPot(form, pots);
    if (!request) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, words(p)])));
      setGeneral(t('potFixFields'));
      return focusFirstError(formRef.current);
    }
    setBusy(true);
    try {
      const saved = dataOf(await api.POST('/teams/{id}/budget-pots', { params: { path: { id: team.id } }, body: request }));
      say(t('potSaved', { team: team.name, label: saved.period.label, limit: money(saved.budget.limitCents ?? request.limitCents) }));
      onDone(saved.id);
    } catch (err) {
      // The server words its field errors in English; the ones this form knows read as its own.
      const all = fieldErrors(problemOf(err), (message) => {
        const known = serverPotProblem(message);
        return known ? t(`potProblem_${known.problem}`, { label: known.label }) : message;
      });
      const byField: Errors = {};
      for (const f of FIELDS) if (all[f]) byField[f] = all[f];
      const unplaced = Object.keys(all).some((k) => !(FIELDS as readonly string[]).includes(k));
      setErrors(byField);
      setGeneral(Object.keys(byField).length > 0 && !unplaced ? t('potFixFields') : t('potSaveFailed', { detail: problemText(err) }));
      await onRefused();
      focusFirstError(formRef.current);
    } finally {
      setBusy(false);
    }
  }

  const startsError = errors.startsOn ?? errors.period;
  return (
    <form class="form md-editor" ref={formRef} onSubmit={save} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 class="heading-3" id={`${prefix}-title`}>
        {t('potSetFor', { team: team.name })}
      </h3>
      {general && <Alert kind="error">{general}</Alert>}
      <div class="md-editor__when">
        <Field id={`${prefix}-kind`} label={t('potKind')}>
          <select
            {...describedBy(`${prefix}-kind`)}
            class="utrecht-select utrecht-select--html-select"
            value={form.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as PotForm['kind'];
              setForm({ ...form, kind, startsOn: periodChoices(kind, today)[0]!.startsOn });
              setErrors((errs) => without<PotField>(without<PotField>(errs, 'startsOn'), 'period'));
            }}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {keyed(`mdPeriod_${p}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-period`} label={t('potPeriod')} error={startsError}>
          <select
            {...describedBy(`${prefix}-period`, undefined, startsError)}
            class="utrecht-select utrecht-select--html-select"
            value={form.startsOn}
            onChange={(e) => {
              setForm({ ...form, startsOn: e.currentTarget.value });
              setErrors((errs) => without<PotField>(without<PotField>(errs, 'startsOn'), 'period'));
            }}
          >
            {choices.map((c) => (
              <option key={c.startsOn} value={c.startsOn}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-limit`} label={t('potLimit')} error={errors.limitCents}>
          <input
            {...describedBy(`${prefix}-limit`, undefined, errors.limitCents)}
            class="utrecht-textbox utrecht-textbox--html-input md-amount"
            inputMode="decimal"
            autocomplete="off"
            aria-required="true"
            value={form.limit}
            onInput={(e) => {
              setForm({ ...form, limit: e.currentTarget.value });
              setErrors((errs) => without<PotField>(errs, 'limitCents'));
            }}
          />
        </Field>
      </div>
      {/* Said when the chosen period turns out to have a pot; the old → new line is not live,
          or every digit typed would be read out. */}
      <div aria-live="polite">
        {replaces && (
          <p class="utrecht-paragraph">
            {t('potReplaces', { label: replaces.pot.period.label, before: replaces.beforeCents != null ? money(replaces.beforeCents) : t('mdNoLimit') })}
          </p>
        )}
      </div>
      {replaces && replaces.afterCents != null && (
        <p class="utrecht-paragraph">
          <strong>{t('potReplacesWith', { before: replaces.beforeCents != null ? money(replaces.beforeCents) : t('mdNoLimit'), after: money(replaces.afterCents) })}</strong>
        </p>
      )}
      <div class="actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
          {t('potSave')}
        </button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(null)}>
          {t('potCancel')}
        </button>
      </div>
    </form>
  );
}
