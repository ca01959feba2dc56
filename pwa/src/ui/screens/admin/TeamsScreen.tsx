import { useState } from 'preact/hooks';
import { listTeams, listUsers, type Team, type User } from '../../../app/organisation';
import { isAdmin } from '../../../app/store';
import { byName, matches, namer, setLead, setMember } from '../../../domain/admin-forms';
import { t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { Alert, Choices, useLoaded, useObjectEditor } from './common';
import { TEAMS } from './editors';

export const TeamsScreen = steeringScreen('steeringTeams', () => isAdmin.value, Teams);

/** Above this many users the member list gets a search field. */
const SEARCH_FROM = 10;

function Teams() {
  const teams = useLoaded(async () => byName(await listTeams()));
  const users = useLoaded(async () => byName(await listUsers()));
  const [editing, setEditing] = useState<string | null>(null);
  const name = namer(users.value);
  const names = (ids: string[]) => ids.map(name).sort((a, b) => a.localeCompare(b, 'nl')).join(', ');

  async function done(saved: Team | null) {
    const was = editing;
    setEditing(null);
    if (saved) await teams.reload();
    const back = saved?.id ?? (was !== 'new' ? was : null);
    requestAnimationFrame(() => document.getElementById(back ? `team-${back}` : 'team-new-button')?.focus());
  }

  const error = teams.error ?? users.error;
  return (
    <>
      <p class="utrecht-paragraph">{t('adTeamIntro')}</p>
      {editing === 'new' && users.value ? (
        <TeamEditor users={users.value} onDone={done} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="team-new-button" type="button" disabled={!users.value} onClick={() => setEditing('new')}>
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
              {editing === team.id && users.value ? (
                <TeamEditor team={team} users={users.value} onDone={done} />
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
                  <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!users.value} onClick={() => setEditing(team.id)}>
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

function TeamEditor({ team, users, onDone }: { team?: Team; users: User[]; onDone: (saved: Team | null) => void }) {
  const { form, update, errors, general, stale, busy, ready, formRef, submit } = useObjectEditor(TEAMS, team, onDone);
  const [search, setSearch] = useState('');
  const prefix = team ? `team-edit-${team.id}` : 'team-new';

  // Inactive users stay listed only while they are still in the team.
  const candidates = users.filter((u) => u.active || form.memberIds.includes(u.id));
  const leadCandidates = candidates.filter((u) => u.roles.includes('team_lead') || form.leadIds.includes(u.id));
  const shownMembers = candidates.filter((u) => form.memberIds.includes(u.id) || matches(u, search));
  const choice = (u: User) => ({ value: u.id, label: u.name, ...(u.active ? {} : { hint: t('adInactive') }) });

  return (
    <form class="form admin-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
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
          onToggle={(id, on) => update(setLead(form, id, on), 'leadIds', 'memberIds')}
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
          onToggle={(id, on) => update(setMember(form, id, on), 'memberIds', 'leadIds')}
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
