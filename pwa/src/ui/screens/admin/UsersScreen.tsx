import { useState } from 'preact/hooks';
import { listTeams, listUsers, type Team, type User } from '../../../app/organisation';
import { isAdmin, me } from '../../../app/store';
import { MIN_PASSWORD, ROLES, byName, matches, namer, toggle } from '../../../domain/admin-forms';
import { has, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { Alert, Choices, Toggle, roleWords, useLoaded, useObjectEditor } from './common';
import { USERS } from './editors';

export const UsersScreen = steeringScreen('steeringUsers', () => isAdmin.value, Users);

type Status = 'all' | 'active' | 'inactive';

function Users() {
  const users = useLoaded(async () => byName(await listUsers()));
  const teams = useLoaded(async () => byName(await listTeams()));
  const [editing, setEditing] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [teamId, setTeamId] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const teamName = namer(teams.value);

  async function done(saved: User | null) {
    const was = editing;
    setEditing(null);
    if (saved) await Promise.all([users.reload(), teams.reload()]);
    const back = saved?.id ?? (was !== 'new' ? was : null);
    requestAnimationFrame(() => document.getElementById(back ? `user-${back}` : 'user-new-button')?.focus());
  }

  const shown = (users.value ?? []).filter(
    (u) =>
      matches(u, search) &&
      (!role || (u.roles as string[]).includes(role)) &&
      (!teamId || u.teamIds.includes(teamId)) &&
      (status === 'all' || (status === 'active') === u.active),
  );
  const error = users.error ?? teams.error;

  return (
    <>
      <p class="utrecht-paragraph">{t('adUserIntro')}</p>
      {editing === 'new' && teams.value ? (
        <UserEditor teams={teams.value} onDone={done} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="user-new-button" type="button" disabled={!teams.value} onClick={() => setEditing('new')}>
          {t('adUserNew')}
        </button>
      )}

      <h2 class="utrecht-heading-2 admin-h2" id="user-list-title">
        {users.value ? t('adUserList', { shown: shown.length, count: users.value.length }) : t('adUserListPlain')}
      </h2>
      <div class="filters" role="search" aria-label={t('adUserFilters')}>
        <Field id="user-search" label={t('adSearch')}>
          <input {...describedBy('user-search')} class="utrecht-textbox utrecht-textbox--html-input" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </Field>
        <Field id="user-role" label={t('adUserFilterRole')}>
          <select {...describedBy('user-role')} class="utrecht-select utrecht-select--html-select" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
            <option value="">{t('adAll')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleWords(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="user-team" label={t('adUserFilterTeam')}>
          <select {...describedBy('user-team')} class="utrecht-select utrecht-select--html-select" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">{t('adAll')}</option>
            {teams.value?.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="user-status" label={t('adUserFilterStatus')}>
          <select {...describedBy('user-status')} class="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
            <option value="all">{t('adAll')}</option>
            <option value="active">{t('adActive')}</option>
            <option value="inactive">{t('adInactive')}</option>
          </select>
        </Field>
      </div>
      {error && <Alert kind="error">{t('adLoadFailed', { detail: error })}</Alert>}
      {!users.value && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {users.value && shown.length === 0 && <p class="utrecht-paragraph">{t('adNobodyFound')}</p>}
      <ul class="plain-list admin-list" aria-labelledby="user-list-title">
        {shown.map((u) => (
          <li key={u.id} class={`card admin-item${u.active ? '' : ' admin-item--inactive'}`}>
            {editing === u.id && teams.value ? (
              <UserEditor user={u} teams={teams.value} onDone={done} />
            ) : (
              <>
                <h3 class="heading-3 admin-item__title" id={`user-${u.id}`} tabIndex={-1}>
                  {u.name}
                  {u.id === me.value?.id && <span class="meta"> {t('adUserYou')}</span>}
                </h3>
                <p class="utrecht-paragraph admin-item__line">{u.email}</p>
                <p class="utrecht-paragraph admin-item__meta">
                  {u.roles.map((r) => (
                    <span key={r} class="utrecht-status-badge utrecht-status-badge--neutral">
                      {roleWords(r)}
                    </span>
                  ))}
                  {!u.active && <span class="utrecht-status-badge utrecht-status-badge--danger">{t('adInactive')}</span>}
                </p>
                <dl class="admin-facts">
                  <div>
                    <dt>{t('adUserTeams')}</dt>
                    <dd>{u.teamIds.length > 0 ? u.teamIds.map(teamName).join(', ') : t('adUserNoTeams')}</dd>
                  </div>
                  <div>
                    <dt>{t('adUserSignIn')}</dt>
                    <dd>{u.hasPassword ? t('adUserHasPassword') : t('adUserViaIdp')}</dd>
                  </div>
                </dl>
                <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!teams.value} onClick={() => setEditing(u.id)}>
                  {t('adEdit')}
                  <span class="visually-hidden"> {u.name}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function UserEditor({ user, teams, onDone }: { user?: User; teams: Team[]; onDone: (saved: User | null) => void }) {
  const { form, update, errors, general, stale, busy, ready, formRef, submit } = useObjectEditor(USERS, user, onDone);
  const prefix = user ? `user-edit-${user.id}` : 'user-new';
  const passwordHint = t(user ? 'adUserNewPasswordHint' : 'adUserPasswordHint', { min: MIN_PASSWORD });
  const text = (name: 'name' | 'email' | 'password') => (e: Event) => update({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }, name);

  return (
    <form class="form admin-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 class="heading-3 admin-form__title" id={`${prefix}-title`}>
        {user ? t('adEditTitle', { name: user.name }) : t('adUserNew')}
      </h3>
      <fieldset class="admin-form__fields" disabled={!ready} aria-busy={!ready}>
        {stale && <Alert kind="warning">{t('adStale')}</Alert>}
        {general && <Alert kind="error">{general}</Alert>}
        <Field id={`${prefix}-name`} label={t('adUserName')} error={errors.name}>
          <input {...describedBy(`${prefix}-name`, undefined, errors.name)} class="utrecht-textbox utrecht-textbox--html-input" aria-required="true" maxLength={200} autocomplete="off" value={form.name} onInput={text('name')} />
        </Field>
        <Field id={`${prefix}-email`} label={t('adUserEmail')} error={errors.email}>
          <input
            {...describedBy(`${prefix}-email`, undefined, errors.email)}
            class="utrecht-textbox utrecht-textbox--html-input"
            type="email"
            aria-required="true"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={form.email}
            onInput={text('email')}
          />
        </Field>
        <Choices
          id={`${prefix}-roles`}
          legend={t('adUserRoles')}
          error={errors.roles}
          choices={ROLES.map((r) => {
            const hint = `adRoleHint_${r}`;
            return { value: r, label: roleWords(r), ...(has(hint) ? { hint: t(hint) } : {}) };
          })}
          chosen={form.roles}
          onToggle={(r, on) => update({ ...form, roles: toggle(form.roles, r, on) }, 'roles')}
        />
        <Choices
          id={`${prefix}-teams`}
          legend={t('adUserTeams')}
          hint={t('adUserTeamsHint')}
          error={errors.teamIds}
          choices={teams.map((x) => ({ value: x.id, label: x.name }))}
          chosen={form.teamIds}
          empty={t('adTeamNone')}
          onToggle={(id, on) => update({ ...form, teamIds: toggle(form.teamIds, id, on) }, 'teamIds')}
        />
        <Toggle id={`${prefix}-active`} label={t('adUserActive')} checked={form.active} error={errors.active} onChange={(on) => update({ ...form, active: on }, 'active')} />
        <Field id={`${prefix}-password`} label={t(user ? 'adUserNewPassword' : 'adUserPassword')} description={passwordHint} error={errors.password}>
          <input
            {...describedBy(`${prefix}-password`, passwordHint, errors.password)}
            class="utrecht-textbox utrecht-textbox--html-input"
            type="password"
            autocomplete="new-password"
            value={form.password}
            onInput={text('password')}
          />
        </Field>
        <div class="actions">
          <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={busy} aria-busy={busy}>
            {user ? t('adSave') : t('adUserAdd')}
          </button>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(null)}>
            {t('adCancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
