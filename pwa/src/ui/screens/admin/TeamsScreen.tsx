import { useEffect, useRef, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { api, isAdmin } from '../../../app/store';
import { byName, checkTeam, createTeamRequest, matches, setLead, setMember, teamChanges, teamForm, type TeamForm } from '../../../domain/admin-forms';
import { t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { Alert, Choices, dataOf, focusFirstError, isStale, loadPeople, loadTeams, problemsInWords, refusal, useLoaded, without, type Person, type Team } from './common';

export function TeamsScreen() {
  return (
    <SteeringScreen title={t('steeringTeams')} allowed={isAdmin.value}>
      <Teams />
    </SteeringScreen>
  );
}

/** Above this many people the member list gets a search field. */
const SEARCH_FROM = 10;

function Teams() {
  const teams = useLoaded(async () => byName(await loadTeams()));
  const people = useLoaded(async () => byName(await loadPeople()));
  const [editing, setEditing] = useState<string | null>(null);
  const name = (id: string) => people.value?.find((p) => p.id === id)?.name ?? `${id.slice(0, 8)}…`;
  const names = (ids: string[]) => ids.map(name).sort((a, b) => a.localeCompare(b, 'nl')).join(', ');

  async function done(saved: Team | null) {
    const was = editing;
    setEditing(null);
    if (saved) await teams.reload();
    const back = saved?.id ?? (was !== 'new' ? was : null);
    requestAnimationFrame(() => document.getElementById(back ? `team-${back}` : 'team-new-button')?.focus());
  }

  const error = teams.error ?? people.error;
  return (
    <>
      <p class="utrecht-paragraph">{t('adTeamIntro')}</p>
      {editing === 'new' && people.value ? (
        <TeamEditor people={people.value} onDone={done} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="team-new-button" type="button" disabled={!people.value} onClick={() => setEditing('new')}>
          {t('adTeamNew')}
        </button>
      )}
      <h2 class="utrecht-heading-2 admin-h2" id="team-list-title">
        {teams.value ? t('adTeamList', { count: teams.value.length }) : t('adTeamListPlain')}
      </h2>
      {error && <Alert kind="error">{t('adLoadFailed', { detail: error })}</Alert>}
      {!teams.value && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {teams.value?.length === 0 && <p class="utrecht-paragraph">{t('adTeamNone')}</p>}
      <ul class="plain-list admin-list" aria-labelledby="team-list-title">
        {teams.value?.map((team) => {
          const members = team.memberIds.filter((id) => !team.leadIds.includes(id));
          return (
            <li key={team.id} class="card admin-item">
              {editing === team.id && people.value ? (
                <TeamEditor team={team} people={people.value} onDone={done} />
              ) : (
                <>
                  <h3 class="heading-3 admin-item__title" id={`team-${team.id}`} tabIndex={-1}>
                    {team.name}
                  </h3>
                  {team.description && <p class="utrecht-paragraph admin-item__line">{team.description}</p>}
                  <dl class="admin-facts">
                    <div>
                      <dt>{t('adTeamLeads')}</dt>
                      <dd>{team.leadIds.length > 0 ? names(team.leadIds) : t('adTeamNoLeads')}</dd>
                    </div>
                    <div>
                      <dt>{t('adTeamMembersCount', { count: members.length })}</dt>
                      <dd>{members.length > 0 ? names(members) : t('adTeamNoMembers')}</dd>
                    </div>
                  </dl>
                  <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!people.value} onClick={() => setEditing(team.id)}>
                    {t('adEdit')}
                    <span class="visually-hidden"> {team.name}</span>
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

type Errors = Partial<Record<keyof TeamForm, string>>;

function TeamEditor({ team, people, onDone }: { team?: Team; people: Person[]; onDone: (saved: Team | null) => void }) {
  const [base, setBase] = useState<TeamForm>(() => teamForm(team));
  const [form, setForm] = useState<TeamForm>(base);
  const [etag, setEtag] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = team ? `team-edit-${team.id}` : 'team-new';

  async function fetchCurrent(): Promise<TeamForm | null> {
    if (!team) return null;
    const answer = await api.GET('/teams/{id}', { params: { path: { id: team.id } } });
    const fresh = teamForm(dataOf(answer));
    setEtag(answer.response.headers.get('ETag'));
    setBase(fresh);
    return fresh;
  }

  // The form opens on the server's current copy (and its version, when it has one): until that
  // is in, nothing can be typed that the copy would overwrite.
  const [ready, setReady] = useState(!team);
  useEffect(() => {
    if (team)
      void fetchCurrent()
        .then((fresh) => fresh && setForm(fresh), () => undefined)
        .finally(() => setReady(true));
  }, []);
  useEffect(() => {
    if (ready) formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [ready]);

  // Inactive people stay listed only while they are still in the team.
  const candidates = people.filter((p) => p.active || form.memberIds.includes(p.id));
  const leadCandidates = candidates.filter((p) => p.roles.includes('team_lead') || form.leadIds.includes(p.id));
  const shownMembers = candidates.filter((p) => form.memberIds.includes(p.id) || matches(p, search));
  const update = (next: TeamForm, field: keyof TeamForm) => {
    setForm(next);
    setErrors((errs) => without(errs, field));
  };
  const choice = (p: Person) => ({ value: p.id, label: p.name, ...(p.active ? {} : { hint: t('adInactive') }) });

  async function save(e: Event) {
    e.preventDefault();
    setGeneral(null);
    setStale(false);
    const local = problemsInWords(checkTeam(form));
    setErrors(local);
    if (Object.keys(local).length > 0) return focusFirstError(formRef.current);
    setBusy(true);
    try {
      let saved: Team;
      if (!team) {
        saved = dataOf(await api.POST('/teams', { body: createTeamRequest(form) }));
        say(t('adCreated', { name: saved.name }));
      } else {
        const body = teamChanges(base, form);
        if (Object.keys(body).length === 0) {
          say(t('adNoChanges'), 'info');
          return onDone(null);
        }
        saved = dataOf(await api.PATCH('/teams/{id}', { params: { path: { id: team.id } }, body, ...(etag ? { headers: { 'If-Match': etag } } : {}) }));
        say(t('adSaved', { name: saved.name }));
      }
      onDone(saved);
    } catch (err) {
      if (isStale(err)) {
        setStale(true);
        const fresh = await fetchCurrent().catch(() => null);
        if (fresh) setForm(fresh);
        return;
      }
      const { byField, general } = refusal(err, Object.keys(form) as (keyof TeamForm)[]);
      setErrors(byField);
      setGeneral(general);
      focusFirstError(formRef.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form admin-form" ref={formRef} onSubmit={save} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 class="heading-3 admin-form__title" id={`${prefix}-title`}>
        {team ? t('adEditTitle', { name: team.name }) : t('adTeamNew')}
      </h3>
      <fieldset class="admin-form__fields" disabled={!ready} aria-busy={!ready}>
        {stale && <Alert kind="warning">{t('adStale')}</Alert>}
        {general && <Alert kind="error">{general}</Alert>}
        <Field id={`${prefix}-name`} label={t('adTeamName')} error={errors.name}>
          <input
            {...describedBy(`${prefix}-name`, undefined, errors.name)}
            class="utrecht-textbox utrecht-textbox--html-input"
            aria-required="true"
            maxLength={200}
            value={form.name}
            onInput={(e) => update({ ...form, name: e.currentTarget.value }, 'name')}
          />
        </Field>
        <Field id={`${prefix}-description`} label={t('adTeamDescription')} error={errors.description}>
          <textarea
            {...describedBy(`${prefix}-description`, undefined, errors.description)}
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={form.description}
            onInput={(e) => update({ ...form, description: e.currentTarget.value }, 'description')}
          />
        </Field>
        <Choices
          id={`${prefix}-leads`}
          legend={t('adTeamLeads')}
          hint={t('adTeamLeadsHint')}
          error={errors.leadIds}
          choices={leadCandidates.map(choice)}
          chosen={form.leadIds}
          empty={t('adTeamNoLeadCandidates')}
          onToggle={(id, on) => update(setLead(form, id, on), 'leadIds')}
        />
        {candidates.length > SEARCH_FROM && (
          <Field id={`${prefix}-search`} label={t('adTeamSearch')}>
            <input {...describedBy(`${prefix}-search`)} class="utrecht-textbox utrecht-textbox--html-input" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
          </Field>
        )}
        <Choices
          id={`${prefix}-members`}
          legend={t('adTeamMembers')}
          hint={t('adTeamMembersHint')}
          error={errors.memberIds}
          choices={shownMembers.map(choice)}
          chosen={form.memberIds}
          empty={t('adNobodyFound')}
          onToggle={(id, on) => update(setMember(form, id, on), 'memberIds')}
        />
        <div class="actions">
          <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
            {team ? t('adSave') : t('adTeamAdd')}
          </button>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(null)}>
            {t('adCancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
