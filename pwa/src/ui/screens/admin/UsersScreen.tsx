import { useEffect, useRef, useState } from 'preact/hooks';
import { say } from '../../../app/actions';
import { api, isAdmin, me } from '../../../app/store';
import { MIN_PASSWORD, ROLES, byName, checkUser, createUserRequest, matches, toggle, userChanges, userForm, type UserForm } from '../../../domain/admin-forms';
import { has, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { Alert, Choices, Toggle, dataOf, focusFirstError, isStale, loadPeople, loadTeams, problemsInWords, refusal, roleWords, useLoaded, without, type Person, type Team } from './common';

export function UsersScreen() {
  return (
    <SteeringScreen title={t('steeringUsers')} allowed={isAdmin.value}>
      <People />
    </SteeringScreen>
  );
}

type Status = 'all' | 'active' | 'inactive';

function People() {
  const people = useLoaded(async () => byName(await loadPeople()));
  const teams = useLoaded(async () => byName(await loadTeams()));
  const [editing, setEditing] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [teamId, setTeamId] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const teamName = (id: string) => teams.value?.find((x) => x.id === id)?.name ?? `${id.slice(0, 8)}…`;

  async function done(saved: Person | null) {
    const was = editing;
    setEditing(null);
    if (saved) await Promise.all([people.reload(), teams.reload()]);
    const back = saved?.id ?? (was !== 'new' ? was : null);
    requestAnimationFrame(() => document.getElementById(back ? `person-${back}` : 'person-new-button')?.focus());
  }

  const shown = (people.value ?? []).filter(
    (p) =>
      matches(p, search) &&
      (!role || (p.roles as string[]).includes(role)) &&
      (!teamId || p.teamIds.includes(teamId)) &&
      (status === 'all' || (status === 'active') === p.active),
  );
  const error = people.error ?? teams.error;

  return (
    <>
      <p class="utrecht-paragraph">{t('adUserIntro')}</p>
      {editing === 'new' && teams.value ? (
        <PersonEditor teams={teams.value} onDone={done} />
      ) : (
        <button class="utrecht-button utrecht-button--primary-action" id="person-new-button" type="button" disabled={!teams.value} onClick={() => setEditing('new')}>
          {t('adUserNew')}
        </button>
      )}

      <h2 class="utrecht-heading-2 admin-h2" id="people-list-title">
        {people.value ? t('adUserList', { shown: shown.length, count: people.value.length }) : t('adUserListPlain')}
      </h2>
      <div class="filters" role="search" aria-label={t('adUserFilters')}>
        <Field id="people-search" label={t('adSearch')}>
          <input {...describedBy('people-search')} class="utrecht-textbox utrecht-textbox--html-input" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </Field>
        <Field id="people-role" label={t('adUserFilterRole')}>
          <select {...describedBy('people-role')} class="utrecht-select utrecht-select--html-select" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
            <option value="">{t('adAll')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleWords(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="people-team" label={t('adUserFilterTeam')}>
          <select {...describedBy('people-team')} class="utrecht-select utrecht-select--html-select" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">{t('adAll')}</option>
            {teams.value?.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="people-status" label={t('adUserFilterStatus')}>
          <select {...describedBy('people-status')} class="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
            <option value="all">{t('adAll')}</option>
            <option value="active">{t('adActive')}</option>
            <option value="inactive">{t('adInactive')}</option>
          </select>
        </Field>
      </div>
      {error && <Alert kind="error">{t('adLoadFailed', { detail: error })}</Alert>}
      {!people.value && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {people.value && shown.length === 0 && <p class="utrecht-paragraph">{t('adNobodyFound')}</p>}
      <ul class="plain-list admin-list" aria-labelledby="people-list-title">
        {shown.map((p) => (
          <li key={p.id} class={`card admin-item${p.active ? '' : ' admin-item--inactive'}`}>
            {editing === p.id && teams.value ? (
              <PersonEditor person={p} teams={teams.value} onDone={done} />
            ) : (
              <>
                <h3 class="heading-3 admin-item__title" id={`person-${p.id}`} tabIndex={-1}>
                  {p.name}
                  {p.id === me.value?.id && <span class="meta"> {t('adUserYou')}</span>}
                </h3>
                <p class="utrecht-paragraph admin-item__line">{p.email}</p>
                <p class="utrecht-paragraph admin-item__meta">
                  {p.roles.map((r) => (
                    <span key={r} class="utrecht-status-badge utrecht-status-badge--neutral">
                      {roleWords(r)}
                    </span>
                  ))}
                  {!p.active && <span class="utrecht-status-badge utrecht-status-badge--danger">{t('adInactive')}</span>}
                </p>
                <dl class="admin-facts">
                  <div>
                    <dt>{t('adUserTeams')}</dt>
                    <dd>{p.teamIds.length > 0 ? p.teamIds.map(teamName).join(', ') : t('adUserNoTeams')}</dd>
                  </div>
                  <div>
                    <dt>{t('adUserSignIn')}</dt>
                    <dd>{p.hasPassword ? t('adUserHasPassword') : t('adUserViaIdp')}</dd>
                  </div>
                </dl>
                <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!teams.value} onClick={() => setEditing(p.id)}>
                  {t('adEdit')}
                  <span class="visually-hidden"> {p.name}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

type Errors = Partial<Record<keyof UserForm, string>>;

function PersonEditor({ person, teams, onDone }: { person?: Person; teams: Team[]; onDone: (saved: Person | null) => void }) {
  const [base, setBase] = useState<UserForm>(() => userForm(person));
  const [form, setForm] = useState<UserForm>(base);
  const [etag, setEtag] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = person ? `person-edit-${person.id}` : 'person-new';
  const passwordHint = t(person ? 'adUserNewPasswordHint' : 'adUserPasswordHint', { min: MIN_PASSWORD });

  async function fetchCurrent(): Promise<UserForm | null> {
    if (!person) return null;
    const answer = await api.GET('/users/{id}', { params: { path: { id: person.id } } });
    const fresh = userForm(dataOf(answer));
    setEtag(answer.response.headers.get('ETag'));
    setBase(fresh);
    return fresh;
  }

  // The form opens on the server's current copy (and its version, when it has one): until that
  // is in, nothing can be typed that the copy would overwrite.
  const [ready, setReady] = useState(!person);
  useEffect(() => {
    if (person)
      void fetchCurrent()
        .then((fresh) => fresh && setForm(fresh), () => undefined)
        .finally(() => setReady(true));
  }, []);
  useEffect(() => {
    if (ready) formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [ready]);

  const update = (next: UserForm, field: keyof UserForm) => {
    setForm(next);
    setErrors((errs) => without(errs, field));
  };
  const text = (name: 'name' | 'email' | 'password') => (e: Event) => update({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }, name);

  async function save(e: Event) {
    e.preventDefault();
    setGeneral(null);
    setStale(false);
    const local = problemsInWords(checkUser(form));
    setErrors(local);
    if (Object.keys(local).length > 0) return focusFirstError(formRef.current);
    setBusy(true);
    try {
      let saved: Person;
      if (!person) {
        saved = dataOf(await api.POST('/users', { body: createUserRequest(form) }));
        say(t('adCreated', { name: saved.name }));
      } else {
        const body = userChanges(base, form);
        if (Object.keys(body).length === 0) {
          say(t('adNoChanges'), 'info');
          return onDone(null);
        }
        saved = dataOf(await api.PATCH('/users/{id}', { params: { path: { id: person.id } }, body, ...(etag ? { headers: { 'If-Match': etag } } : {}) }));
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
      const { byField, general } = refusal(err, Object.keys(form) as (keyof UserForm)[]);
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
        {person ? t('adEditTitle', { name: person.name }) : t('adUserNew')}
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
        <Field id={`${prefix}-password`} label={t(person ? 'adUserNewPassword' : 'adUserPassword')} description={passwordHint} error={errors.password}>
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
            {person ? t('adSave') : t('adUserAdd')}
          </button>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => onDone(null)}>
            {t('adCancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
