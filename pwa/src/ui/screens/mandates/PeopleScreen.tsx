import { useEffect, useState } from 'preact/hooks';
import { mayManageMandates, me } from '../../../app/store';
import { manageablePeople, versionState } from '../../../domain/mandate-people';
import { matches } from '../../../domain/admin-forms';
import { amsterdamDate } from '../../../domain/period';
import { date, t } from '../../../i18n';
import { Field, describedBy } from '../../parts/Field';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { href } from '../../router';
import { Alert, loadPeople, loadTeams, problemText, type Person, type Team } from '../admin/common';
import { loadVersions, namer, type MandateVersion } from './data';
import './mandates.css';

export function PeopleScreen() {
  return (
    <SteeringScreen title={t('steeringMandates')} allowed={mayManageMandates.value}>
      <People />
    </SteeringScreen>
  );
}

/** At most this many histories are fetched at once: a lead's team is small, an admin's list not. */
const AT_ONCE = 6;

function People() {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [histories, setHistories] = useState<Record<string, MandateVersion[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [all, allTeams] = await Promise.all([loadPeople(), loadTeams()]);
        const mine = me.value ? manageablePeople(all, allTeams, me.value) : [];
        if (!live) return;
        setPeople(mine);
        setTeams(allTeams);
        // Each card says where the person's mandate stands; those arrive one small batch at a time.
        for (let i = 0; i < mine.length && live; i += AT_ONCE) {
          const batch = mine.slice(i, i + AT_ONCE);
          const found = await Promise.all(batch.map((p) => loadVersions(p.id).catch(() => null)));
          if (!live) return;
          setHistories((h) => ({ ...h, ...Object.fromEntries(batch.flatMap((p, j) => (found[j] ? [[p.id, found[j]]] : []))) }));
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
  const shown = (people ?? []).filter((p) => matches({ name: `${p.name} ${p.teamIds.map(teamName).join(' ')}`, email: p.email }, search));

  return (
    <>
      <p class="utrecht-paragraph">{t('mdPeopleIntro')}</p>
      {error && <Alert kind="error">{t('mdLoadFailed', { detail: error })}</Alert>}
      {!people && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {people && people.length === 0 && <p class="utrecht-paragraph">{t('mdPeopleNone')}</p>}
      {people && people.length > 0 && (
        <>
          <div class="filters" role="search">
            <Field id="md-people-search" label={t('mdSearch')}>
              <input {...describedBy('md-people-search')} class="utrecht-textbox utrecht-textbox--html-input" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
            </Field>
          </div>
          <h2 class="utrecht-heading-2" id="md-people-title">
            {t('mdPeopleList', { count: shown.length })}
          </h2>
          {shown.length === 0 && <p class="utrecht-paragraph">{t('mdNobodyFound')}</p>}
          <ul class="plain-list md-people" aria-labelledby="md-people-title">
            {shown.map((p) => (
              <li key={p.id} class="card">
                <h3 class="heading-3">
                  <a class="utrecht-link" href={href({ name: 'person-mandate', userId: p.id })}>
                    {p.name}
                  </a>
                </h3>
                <p class="utrecht-paragraph meta">{p.teamIds.map(teamName).join(', ')}</p>
                <Standing versions={histories[p.id]} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Where a person's mandate stands: since when, and a planned next step. */
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
