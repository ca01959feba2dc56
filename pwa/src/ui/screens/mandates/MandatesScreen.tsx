import { useEffect, useState } from 'preact/hooks';
import { listMandateVersions, type MandateVersion } from '../../../app/mandates';
import { listTeams, listUsers, type Team, type User } from '../../../app/organisation';
import { mayManageMandates, me } from '../../../app/store';
import { matches, namer } from '../../../domain/admin-forms';
import { manageableUsers, versionState } from '../../../domain/mandate-users';
import { amsterdamDate } from '../../../domain/period';
import { date, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { steeringScreen } from '../../parts/SteeringScreen';
import { href } from '../../router';
import { Alert, problemText } from '../admin/common';
import './mandates.css';

export const MandatesScreen = steeringScreen('steeringMandates', () => mayManageMandates.value, Users);

/** At most this many histories are fetched at once: a lead's team is small, an admin's list not. */
const AT_ONCE = 6;

function Users() {
  const [users, setUsers] = useState<User[] | null>(null);
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [histories, setHistories] = useState<Record<string, MandateVersion[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [all, allTeams] = await Promise.all([listUsers(), listTeams()]);
        const mine = me.value ? manageableUsers(all, allTeams, me.value) : [];
        if (!live) return;
        setUsers(mine);
        setTeams(allTeams);
        // Each card says where the user's mandate stands; those arrive one small batch at a time.
        for (let i = 0; i < mine.length && live; i += AT_ONCE) {
          const batch = mine.slice(i, i + AT_ONCE);
          const found = await Promise.all(batch.map((u) => listMandateVersions(u.id).then((h) => h.value, () => null)));
          if (!live) return;
          setHistories((h) => ({ ...h, ...Object.fromEntries(batch.flatMap((u, j) => (found[j] ? [[u.id, found[j]]] : []))) }));
        }
      } catch (e) {
        if (live) setError(problemText(e));
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  const teamName = namer(teams);
  const today = amsterdamDate(new Date());
  const shown = (users ?? []).filter((u) => matches({ name: `${u.name} ${u.teamIds.map(teamName).join(' ')}`, email: u.email }, search));

  return (
    <>
      <p class="utrecht-paragraph">{t('mdUsersIntro')}</p>
      {error && <Alert kind="error">{t('mdLoadFailed', { detail: error })}</Alert>}
      {!users && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {users && users.length === 0 && <p class="utrecht-paragraph">{t('mdUsersNone')}</p>}
      {users && users.length > 0 && (
        <>
          <div class="filters" role="search">
            <Field id="md-users-search" label={t('mdSearch')}>
              <input {...describedBy('md-users-search')} class="utrecht-textbox utrecht-textbox--html-input" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
            </Field>
          </div>
          <h2 class="utrecht-heading-2" id="md-users-title">
            {t('mdUsersList', { count: shown.length })}
          </h2>
          {shown.length === 0 && <p class="utrecht-paragraph">{t('mdNobodyFound')}</p>}
          <ul class="plain-list md-users" aria-labelledby="md-users-title">
            {shown.map((u) => (
              <li key={u.id} class="card">
                <h3 class="heading-3">
                  <a class="utrecht-link" href={href({ name: 'user-mandate', userId: u.id })}>
                    {u.name}
                  </a>
                </h3>
                <p class="utrecht-paragraph meta">{u.teamIds.map(teamName).join(', ')}</p>
                <Standing versions={histories[u.id]} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Where a user's mandate stands: since when, and a planned next step. */
function Standing({ versions, today }: { versions: MandateVersion[] | undefined; today: string }) {
  if (!versions) return <p class="utrecht-paragraph meta">{t('loading')}</p>;
  if (versions.length === 0) return <p class="utrecht-paragraph">{t('mdNoMandate')}</p>;
  const current = versions.find((v) => versionState(v, today) === 'current');
  const planned = versions.find((v) => versionState(v, today) === 'planned');
  return (
    <>
      {current ? <p class="utrecht-paragraph">{t('mdSince', { date: date(current.validFrom) })}</p> : <p class="utrecht-paragraph">{t('mdNoMandate')}</p>}
      {current && <p class="utrecht-paragraph meta">{current.reason}</p>}
      {planned && <p class="utrecht-paragraph">{t('mdPlanned', { date: date(planned.validFrom) })}</p>}
      <p class="utrecht-paragraph meta">{t('mdVersions', { count: versions.length })}</p>
    </>
  );
}
