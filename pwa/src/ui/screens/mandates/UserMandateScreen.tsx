import { useEffect, useState } from 'preact/hooks';
import type { Mandate } from '../../../api/client';
import { getUserMandate, listMandateVersions, listTemplates, type MandateTemplate, type MandateVersion } from '../../../app/mandates';
import { getUser, listCategories, listTeams, listUsers, type Category, type Team, type User } from '../../../app/organisation';
import { mayManageMandates, me, maySteer } from '../../../app/store';
import { namer } from '../../../domain/admin-forms';
import { tally, diffMandates } from '../../../domain/mandate-diff';
import { shapeOf } from '../../../domain/mandate-form';
import { versionState } from '../../../domain/mandate-users';
import { amsterdamDate } from '../../../domain/period';
import { periodWords } from '../../../domain/wording';
import { date, dateTime, lang, t } from '../../../i18n';
import { MandateFigures } from '../../parts/MandateFigures';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { Alert, problemText } from '../admin/common';
import { ChangeList } from './Changes';
import { TermsSummary } from './TermsSummary';
import { VersionEditor } from './VersionEditor';
import './mandates.css';

interface Loaded {
  user: User;
  users: User[];
  teams: Team[];
  categories: Category[];
  templates: MandateTemplate[];
  mandate: Mandate;
  etag: string | null;
  versions: MandateVersion[];
}

async function load(userId: string): Promise<Loaded> {
  const [users, teams, categories, current, { value: versions, etag }] = await Promise.all([listUsers(), listTeams(), listCategories(), getUserMandate(userId), listMandateVersions(userId)]);
  // Template names only matter when a version came from one; controllers may not list them.
  const templates = versions.some((v) => v.templateId) ? await listTemplates().catch(() => []) : [];
  // The list holds everyone a lead may see; the single read names the refusal if not.
  const user = users.find((u) => u.id === userId) ?? (await getUser(userId)).value;
  return { user, users, teams, categories, templates, mandate: current, etag, versions };
}

/** A professional's mandate: what is in force now, a new version, and the history of its growth. */
export function UserMandateScreen({ userId }: { userId: string }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  async function reload(): Promise<Loaded | null> {
    try {
      const next = await load(userId);
      setData(next);
      setError(null);
      return next;
    } catch (e) {
      setError(problemText(e));
      return null;
    }
  }
  useEffect(() => {
    setData(null);
    setEditing(false);
    void reload();
  }, [userId]);

  const title = data ? t('mdTitle', { name: data.user.name }) : t('mdTitlePlain');
  return (
    <SteeringScreen title={title} allowed={maySteer.value}>
      {error && <Alert kind="error">{t('mdLoadFailed', { detail: error })}</Alert>}
      {!data && !error && <p class="utrecht-paragraph">{t('loading')}</p>}
      {data && <UserMandate data={data} editing={editing} setEditing={setEditing} reload={reload} />}
    </SteeringScreen>
  );
}

function UserMandate({ data, editing, setEditing, reload }: { data: Loaded; editing: boolean; setEditing: (on: boolean) => void; reload: () => Promise<Loaded | null> }) {
  const { user, mandate, versions } = data;
  const today = amsterdamDate(new Date());
  const category = namer(data.categories);
  const userName = namer(data.users);
  const templateName = namer(data.templates);
  const teamName = namer(data.teams);
  const own = user.id === me.value?.id;
  const professional = user.roles.includes('professional');
  const latest = versions[0] ?? null;

  async function saved(versionId: string) {
    await reload();
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(`version-${versionId}`)?.focus());
  }
  function cancelled() {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById('md-new-version')?.focus());
  }

  return (
    <>
      {user.teamIds.length > 0 && <p class="utrecht-paragraph meta">{t('mdTeams', { teams: user.teamIds.map(teamName).join(', ') })}</p>}
      {!professional && <Alert kind="info">{t('mdNotProfessional', { name: user.name })}</Alert>}
      {own && <Alert kind="info">{t('mdOwn')}</Alert>}

      {professional && (
        <section aria-labelledby="md-now-title">
          <h2 class="utrecht-heading-2" id="md-now-title">
            {t('mdNow')}
          </h2>
          {mandate.version ? (
            <>
              <p class="utrecht-paragraph meta">
                {t('mdSince', { date: date(mandate.version.validFrom) })}
                {mandate.period && ` · ${t('mandatePeriod', { label: periodWords(mandate.period.label, lang.value) })}`}
              </p>
              <MandateFigures m={mandate} category={category} level={3} />
            </>
          ) : (
            <Alert kind="info">{t('mdNowNone')}</Alert>
          )}
        </section>
      )}

      {professional && !own && mayManageMandates.value && (
        <section aria-labelledby="md-editor-title" class="md-editor-section">
          {editing ? (
            <VersionEditor user={user} latest={latest} etag={data.etag} categories={data.categories} category={category} today={today} reload={reload} onSaved={saved} onCancel={cancelled} />
          ) : (
            <>
              <h2 class="utrecht-heading-2" id="md-editor-title">
                {t('mdEditorTitle')}
              </h2>
              <p class="utrecht-paragraph">{t('mdNewVersionIntro')}</p>
              <button class="utrecht-button utrecht-button--primary-action" id="md-new-version" type="button" onClick={() => setEditing(true)}>
                {t('mdNewVersion')}
              </button>
            </>
          )}
        </section>
      )}

      {professional && (
        <section aria-labelledby="md-history-title">
          <h2 class="utrecht-heading-2" id="md-history-title">
            {t('mdHistory')}
          </h2>
          {versions.length === 0 && <p class="utrecht-paragraph">{t('mdHistoryNone')}</p>}
          <ol class="plain-list md-timeline">
            {versions.map((v, i) => {
              const previous = versions[i + 1];
              const state = versionState(v, today);
              const after = shapeOf(v);
              const before = previous ? shapeOf(previous) : undefined;
              const counts = tally(diffMandates(before, after));
              const when = v.validUntil ? t('mdFromUntil', { from: date(v.validFrom), until: date(v.validUntil) }) : t('mdFrom', { date: date(v.validFrom) });
              return (
                <li key={v.id} class={`card md-version md-version--${state}`}>
                  <h3 class="heading-3 md-version__when" id={`version-${v.id}`} tabIndex={-1}>
                    {when}{' '}
                    <span class={`utrecht-status-badge md-state md-state--${state}`}>{t(state === 'current' ? 'mdStateCurrent' : state === 'planned' ? 'mdStatePlanned' : 'mdStatePast')}</span>
                  </h3>
                  <p class="utrecht-paragraph md-version__reason">{v.reason}</p>
                  <p class="utrecht-paragraph meta">
                    {t('mdBy', { name: userName(v.authorId), when: dateTime(v.createdAt) })}
                    {v.templateId && ` · ${t('mdByTemplate', { name: templateName(v.templateId) })}`}
                  </p>
                  {previous ? (
                    <>
                      <p class="utrecht-paragraph md-version__tally">
                        <strong>{t('mdChanges')}</strong>
                        {(counts.wider > 0 || counts.narrower > 0) && ` · ${t('mdTally', counts)}`}
                      </p>
                      <ChangeList before={before} after={after} category={category} />
                    </>
                  ) : (
                    <>
                      <p class="utrecht-paragraph md-version__tally">
                        <strong>{t('mdFirstVersion')}</strong>
                      </p>
                      <TermsSummary terms={after} category={category} />
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
