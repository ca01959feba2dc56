import { useEffect, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { listTeamPots, setTeamPot, type TeamBudgetPot as Pot } from '../../../app/mandates';
import { listTeams, type Team } from '../../../app/organisation';
import { topFields } from '../../../app/save-flow';
import { isAdmin, mayManageMandates, me } from '../../../app/store';
import { byName } from '../../../domain/admin-forms';
import { PERIODS } from '../../../domain/mandate-form';
import { versionState } from '../../../domain/mandate-users';
import { overlappingPot, periodChoices, readPot, replacement, serverPotProblem, type PotForm } from '../../../domain/pot-form';
import { amsterdamDate, periodContaining } from '../../../domain/period';
import { date, money, t } from '../../../i18n';
import { BudgetBar } from '../../parts/BudgetBar';
import { Field, describedBy } from '../../parts/Field';
import { useSaveFlow } from '../../parts/save-flow';
import { steeringScreen } from '../../parts/SteeringScreen';
import { Alert, problemText } from '../admin/common';
import { keyed, periodWords } from './words';
import './mandates.css';

export const PotsScreen = steeringScreen('steeringPots', () => mayManageMandates.value, Teams);

/** The teams whose budgets this user sets: an admin's are all, a lead's those they lead. */
function Teams() {
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listTeams().then(
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
      setPots(await listTeamPots(team.id));
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

type PotField = 'limitCents' | 'startsOn' | 'period';
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
  const { errors, general, busy, formRef, save, clear } = useSaveFlow<PotField>({
    fix: t('potFixFields'),
    failed: (detail) => t('potSaveFailed', { detail }),
    unreached: t('adOffline'),
  });
  const prefix = `pot-form-${team.id}`;
  const choices = periodChoices(form.kind, today);
  const replaces = replacement(pots, form);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  function submit(e: Event) {
    e.preventDefault();
    const { request, problems } = readPot(form, pots);
    const label = overlappingPot(pots, form.kind, form.startsOn)?.period.label ?? '';
    void save(
      {
        check: () => Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, t(`potProblem_${p}`, { label })])),
        send: () => (request ? setTeamPot(team.id, request) : null),
        field: topFields(FIELDS),
        // The server words its field errors in English; the ones this form knows read as its own.
        words: (message) => {
          const known = serverPotProblem(message);
          return known ? t(`potProblem_${known.problem}`, { label: known.label }) : message;
        },
      },
      {
        saved: (saved) => {
          say(t('potSaved', { team: team.name, label: saved.period.label, limit: money(saved.budget.limitCents ?? request!.limitCents) }));
          onDone(saved.id);
        },
        refused: onRefused,
      },
    );
  }

  const startsError = errors.startsOn ?? errors.period;
  return (
    <form class="form md-editor" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
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
              clear('startsOn', 'period');
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
              clear('startsOn', 'period');
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
              clear('limitCents');
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
