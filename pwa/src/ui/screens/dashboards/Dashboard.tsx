// The dashboards: six reports as cards, each a chart with its numbers as a table and a CSV
// download with the same filters. Team leads see their teams, controllers and admins all.
import { useEffect, useState } from 'preact/hooks';
import { problemText } from '../../../api/answer';
import { loadDecision } from '../../../app/actions';
import { getUser, listTeams, type Team } from '../../../app/organisation';
import { getReport, reportFile, type ReportName, type Reports } from '../../../app/reports';
import { categories, isAdmin, isController, isLead, me, online } from '../../../app/store';
import {
  VERDICTS,
  defaultPeriod,
  monthRange,
  reportFileName,
  reportQuery,
  seriesByMonth,
  total,
  verdictSeries,
  parseMonth,
  valuesAt,
  type ReportFilter,
} from '../../../domain/report-shape';
import { periodWords } from '../../../domain/wording';
import { dateTime, lang, money, t, type MessageKey } from '../../../i18n';
import { saveBlob } from '../../parts/save-file';
import { SteeringScreen } from '../../parts/SteeringScreen';
import { href } from '../../router';
import { ChartTable, LabelBars, MonthBars } from './charts';

type State<T> = { kind: 'loading' } | { kind: 'failed'; detail: string } | { kind: 'ready'; data: T };

/** Why a report could not be had: the server's sentence, or that it needs a connection. */
const failure = (e: unknown) => problemText(e, t('notAvailableOffline'));

function useReport<K extends ReportName>(report: K, f: ReportFilter): State<Reports[K]> {
  const [state, setState] = useState<State<Reports[K]>>({ kind: 'loading' });
  const key = reportQuery(f);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    getReport(report, f).then(
      (data) => live && setState({ kind: 'ready', data }),
      (e: unknown) => live && setState({ kind: 'failed', detail: failure(e) }),
    );
    return () => {
      live = false;
    };
  }, [report, key]);
  return state;
}

function monthLabel(m: string): string {
  const [y, mo] = parseMonth(m);
  return new Date(Date.UTC(y, mo - 1, 15)).toLocaleDateString(lang.value === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: '2-digit', timeZone: 'UTC' });
}

const count = (n: number) => String(Math.round(n));
const euros = (cents: number) => money(Math.round(cents));
const wholeEuros = (cents: number) => `€ ${Math.round(cents / 100).toLocaleString(lang.value === 'en' ? 'en-GB' : 'nl-NL')}`;

function CsvButton({ report, filter }: { report: ReportName; filter: ReportFilter }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await reportFile(report, filter, 'text/csv'), reportFileName(report, filter, 'csv'));
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="db-actions">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={download} disabled={busy} data-report={report}>
        {t('dbDownloadCsv')}
      </button>
      {error && (
        <p class="utrecht-paragraph" role="alert">
          {t('dbDownloadFailed', { detail: error })}
        </p>
      )}
    </div>
  );
}

function Card<T>({ id, title, report, filter, state, children }: { id: string; title: string; report: ReportName; filter: ReportFilter; state: State<T>; children: (data: T) => preact.ComponentChildren }) {
  return (
    <section class="db-card" aria-labelledby={id} aria-busy={state.kind === 'loading'}>
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {state.kind === 'loading' && <p class="utrecht-paragraph">{t('loading')}</p>}
      {state.kind === 'failed' && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">{t('dbFailed', { detail: state.detail })}</div>
        </div>
      )}
      {state.kind === 'ready' && children(state.data)}
      <CsvButton report={report} filter={filter} />
    </section>
  );
}

function BudgetCard({ filter, months }: { filter: ReportFilter; months: string[] }) {
  const state = useReport('budget-use', filter);
  return (
    <Card id="db-budget" title={t('dbBudgetTitle')} report="budget-use" filter={filter} state={state}>
      {(data) => {
        const series = seriesByMonth(data.rows, months, ['committed', 'reserved'], (r, k) => (k === 'committed' ? r.committedCents : r.reservedCents));
        const decisions = valuesAt(seriesByMonth(data.rows, months, ['decisions'], (r) => r.decisions), 0);
        return (
          <>
            <MonthBars
              months={months}
              monthLabel={monthLabel}
              series={series}
              legend={[
                { key: 'committed', label: t('dbCommitted') },
                { key: 'reserved', label: t('dbReserved') },
              ]}
              stacked
              format={euros}
              axisFormat={wholeEuros}
              summary={t('dbBudgetSummary', { from: monthLabel(filter.from), to: monthLabel(filter.to), committed: euros(total(valuesAt(series, 0))), reserved: euros(total(valuesAt(series, 1))) })}
            />
            <ChartTable
              toggle={t('dbShowTable')} caption={t('dbBudgetTitle')}
              rowHeader={t('dbMonth')}
              rows={months.map(monthLabel)}
              series={[
                { label: t('dbCommitted'), values: valuesAt(series, 0).map(euros) },
                { label: t('dbReserved'), values: valuesAt(series, 1).map(euros) },
                { label: t('dbDecisions'), values: decisions.map(count) },
              ]}
            />
          </>
        );
      }}
    </Card>
  );
}

function VerdictCard({ filter, months }: { filter: ReportFilter; months: string[] }) {
  const state = useReport('verdict-mix', filter);
  return (
    <Card id="db-verdicts" title={t('dbVerdictTitle')} report="verdict-mix" filter={filter} state={state}>
      {(data) => {
        const series = verdictSeries(data.rows, months);
        const labels: string[] = VERDICTS.map((v) => t(`dbV_${v}` as MessageKey));
        const all = total(series.map((s) => total(s.values)));
        return (
          <>
            <MonthBars
              months={months}
              monthLabel={monthLabel}
              series={series}
              legend={VERDICTS.map((v, i) => ({ key: v, label: labels[i] ?? '' }))}
              stacked
              format={count}
              summary={t('dbVerdictSummary', { count: all, from: monthLabel(filter.from), to: monthLabel(filter.to), within: total(valuesAt(series, 0)) })}
            />
            <ChartTable toggle={t('dbShowTable')} caption={t('dbVerdictTitle')} rowHeader={t('dbMonth')} rows={months.map(monthLabel)} series={series.map((s, i) => ({ label: labels[i] ?? '', values: s.values.map(count) }))} />
          </>
        );
      }}
    </Card>
  );
}

const STEPS = ['cosign', 'approval', 'review'] as const;

function TurnaroundCard({ filter }: { filter: ReportFilter }) {
  const state = useReport('turnaround', filter);
  return (
    <Card id="db-turnaround" title={t('dbTurnaroundTitle')} report="turnaround" filter={filter} state={state}>
      {(data) => {
        const rows = STEPS.map((s) => data.rows.find((r) => r.step === s) ?? { step: s, steps: 0 });
        const label = (s: string) => t(`dbS_${s}` as MessageKey);
        return (
          <>
            <LabelBars items={rows.map((r) => ({ label: label(r.step), value: r.medianHours ?? 0 }))} format={(n) => `${count(n)} u`} summary={`${t('dbTurnaroundSummary')} ${rows.map((r) => `${label(r.step)}: ${r.medianHours ?? '–'}`).join('; ')}`} />
            <ChartTable
              toggle={t('dbShowTable')} caption={t('dbTurnaroundTitle')}
              rowHeader={t('dbStep')}
              rows={rows.map((r) => label(r.step))}
              series={[
                { label: t('dbSteps'), values: rows.map((r) => count(r.steps)) },
                { label: t('dbMedian'), values: rows.map((r) => (r.medianHours == null ? '–' : count(r.medianHours))) },
                { label: t('dbP90'), values: rows.map((r) => (r.p90Hours == null ? '–' : count(r.p90Hours))) },
              ]}
            />
            <h3 class="utrecht-heading-3">{t('dbLongestWaiting')}</h3>
            {data.longestWaiting.length === 0 ? (
              <p class="utrecht-paragraph">{t('dbNoneWaiting')}</p>
            ) : (
              <WaitingList items={data.longestWaiting} />
            )}
          </>
        );
      }}
    </Card>
  );
}

function UrgentCard({ filter, months }: { filter: ReportFilter; months: string[] }) {
  const state = useReport('urgent-reviews', filter);
  return (
    <Card id="db-urgent" title={t('dbUrgentTitle')} report="urgent-reviews" filter={filter} state={state}>
      {(data) => {
        const keys = ['backed', 'notBacked', 'awaitingReview'] as const;
        const series = seriesByMonth(data.rows, months, keys, (r, k) => r[k as (typeof keys)[number]]);
        const urgent = valuesAt(seriesByMonth(data.rows, months, ['u'], (r) => r.urgentDecisions), 0);
        const labels = [t('dbBacked'), t('dbNotBacked'), t('dbAwaiting')];
        return (
          <>
            <MonthBars
              months={months}
              monthLabel={monthLabel}
              series={series}
              legend={keys.map((k, i) => ({ key: k, label: labels[i] ?? '' }))}
              stacked={false}
              format={count}
              summary={t('dbUrgentSummary', { count: total(urgent), backed: total(valuesAt(series, 0)), notBacked: total(valuesAt(series, 1)), awaiting: total(valuesAt(series, 2)) })}
            />
            <ChartTable
              toggle={t('dbShowTable')} caption={t('dbUrgentTitle')}
              rowHeader={t('dbMonth')}
              rows={months.map(monthLabel)}
              series={[{ label: t('dbUrgent'), values: urgent.map(count) }, ...series.map((s, i) => ({ label: labels[i] ?? '', values: s.values.map(count) }))]}
            />
          </>
        );
      }}
    </Card>
  );
}

function ReflectionsCard({ filter }: { filter: ReportFilter }) {
  const state = useReport('reflections', filter);
  return (
    <Card id="db-reflections" title={t('dbReflectionsTitle')} report="reflections" filter={filter} state={state}>
      {(data) => {
        const items = [
          { label: t('dbWorked'), value: data.worked },
          { label: t('dbDidNotWork'), value: data.didNotWork },
          { label: t('dbUnsaid'), value: data.unsaid },
        ];
        return (
          <>
            <LabelBars items={items} format={count} summary={t('dbReflectionsSummary', { count: data.reflections, worked: data.worked, didNotWork: data.didNotWork, unsaid: data.unsaid })} />
            <ChartTable toggle={t('dbShowTable')} caption={t('dbReflectionsTitle')} rowHeader={t('dbOutcome')} rows={items.map((i) => i.label)} series={[{ label: t('dbCount'), values: items.map((i) => count(i.value)) }]} />
          </>
        );
      }}
    </Card>
  );
}

function UseCard({ filter }: { filter: ReportFilter }) {
  const state = useReport('professional-use', filter);
  return (
    <Card id="db-use" title={t('dbUseTitle')} report="professional-use" filter={filter} state={state}>
      {(data) => (
        <>
          <p class="utrecht-paragraph db-note">{t('dbUseNote')}</p>
          {data.rows.length === 0 ? (
            <p class="utrecht-paragraph">{t('dbEmpty')}</p>
          ) : (
            <LabelBars items={data.rows.map((r) => ({ label: r.name, value: r.withinPercent ?? 0 }))} format={(n) => `${count(n)}%`} summary={t('dbUseSummary')} />
          )}
          <ChartTable
            toggle={t('dbShowTable')} caption={t('dbUseTitle')}
            rowHeader={t('dbName')}
            rows={data.rows.map((r) => r.name)}
            series={[
              { label: t('dbDecisions'), values: data.rows.map((r) => count(r.decisions)) },
              ...VERDICTS.map((v) => {
                const field = { within_mandate: 'withinMandate', needs_four_eyes: 'needsFourEyes', needs_approval: 'needsApproval', outside_mandate: 'outsideMandate', urgent: 'urgent' }[v] as
                  | 'withinMandate'
                  | 'needsFourEyes'
                  | 'needsApproval'
                  | 'outsideMandate'
                  | 'urgent';
                return { label: t(`dbV_${v}` as MessageKey), values: data.rows.map((r) => count(r[field])) };
              }),
              { label: t('dbWithinPercent'), values: data.rows.map((r) => count(r.withinPercent ?? 0)) },
              { label: t('dbUsed'), values: data.rows.map((r) => euros(r.usedCents)) },
            ]}
          />
        </>
      )}
    </Card>
  );
}

export function DashboardScreen() {
  const allowed = isLead.value || isController.value || isAdmin.value;
  const wholeOrganisation = isController.value || isAdmin.value;
  const start = defaultPeriod(new Date());
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.to);
  const [teamId, setTeamId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [teams, setTeams] = useState<Team[]>([]);

  useEffect(() => {
    // Without the list the team filter offers only what it can name; the reports still load.
    if (allowed) listTeams().then(setTeams, () => undefined);
  }, [allowed]);

  const leadIds = me.value?.leadTeamIds ?? [];
  const shownTeams = wholeOrganisation ? teams : teams.filter((tm) => leadIds.includes(tm.id));
  // A lead of one team sees that team; the server answers 403 for a team they do not lead.
  const effectiveTeam = !wholeOrganisation && !teamId && leadIds.length === 1 ? leadIds[0] : teamId;
  const filter: ReportFilter = { from, to: to < from ? from : to, teamId: effectiveTeam || undefined, categoryId: categoryId || undefined };
  const months = monthRange(filter.from, filter.to);

  return (
    <SteeringScreen title={t('steeringDashboard')} allowed={allowed}>
      {!online.value && (
        <div class="utrecht-alert utrecht-alert--warning">
          <div class="utrecht-alert__content">{t('dbOfflineNote')}</div>
        </div>
      )}
      <form class="db-filters" onSubmit={(e) => e.preventDefault()}>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="db-from">
            {t('dbFrom')}
          </label>
          <MonthSelect id="db-from" value={from} onChange={setFrom} />
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="db-to">
            {t('dbTo')}
          </label>
          <MonthSelect id="db-to" value={to} onChange={setTo} />
        </div>
        {(wholeOrganisation || leadIds.length > 1 || shownTeams.length > 0) && (
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for="db-team">
              {t('dbTeam')}
            </label>
            <select class="utrecht-select" id="db-team" value={effectiveTeam} onChange={(e) => setTeamId(e.currentTarget.value)}>
              {(wholeOrganisation || leadIds.length > 1) && <option value="">{wholeOrganisation ? t('dbAllTeams') : t('dbMyTeams')}</option>}
              {shownTeams.map((tm) => (
                <option value={tm.id} key={tm.id}>
                  {tm.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="db-category">
            {t('dbCategory')}
          </label>
          <select class="utrecht-select" id="db-category" value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
            <option value="">{t('dbAllCategories')}</option>
            {categories.value.map((c) => (
              <option value={c.id} key={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {allowed && (
        <div class="db-cards">
          <BudgetCard filter={filter} months={months} />
          <VerdictCard filter={filter} months={months} />
          <TurnaroundCard filter={filter} />
          <UrgentCard filter={filter} months={months} />
          <ReflectionsCard filter={filter} />
          <UseCard filter={filter} />
        </div>
      )}
    </SteeringScreen>
  );
}

interface Waiting {
  decisionId: string;
  professionalId: string;
  hoursWaiting: number;
  recordedAt: string;
}

/** The longest waiting decisions, each named by its title and who made it. */
function WaitingList({ items }: { items: Waiting[] }) {
  const [names, setNames] = useState<Record<string, { title?: string; person?: string }>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(
      items.map(async (w) => {
        const [decision, person] = await Promise.all([loadDecision(w.decisionId), getUser(w.professionalId).then((u) => u.value.name, () => undefined)]);
        return [w.decisionId, { ...(decision ? { title: decision.title } : {}), ...(person ? { person } : {}) }] as const;
      }),
    ).then((pairs) => live && setNames(Object.fromEntries(pairs)));
    return () => {
      live = false;
    };
  }, [items]);
  return (
    <ul class="plain-list db-waiting">
      {items.map((w) => {
        const n = names[w.decisionId];
        return (
          <li key={w.decisionId}>
            <a class="utrecht-link tap" href={href({ name: 'decision', id: w.decisionId })}>
              {!n ? t('loading') : n.title ? t('dbWaitingItem', { title: n.title, name: n.person ?? '' }) : t('dbHoursWaiting', { hours: w.hoursWaiting, when: dateTime(w.recordedAt) })}
            </a>
            {n?.title && <span class="meta"> {t('dbHoursWaiting', { hours: w.hoursWaiting, when: dateTime(w.recordedAt) })}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A month as a choice named in words ("maart 2026"): the browser's own month field speaks the
 * phone's language, not the app's. From four years back to this month.
 */
function MonthSelect({ id, value, onChange }: { id: string; value: string; onChange: (month: string) => void }) {
  const now = new Date();
  const months = monthRange(`${now.getFullYear() - 4}-01`, `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`).reverse();
  if (!months.includes(value)) months.push(value);
  return (
    <select class="utrecht-select utrecht-select--html-select" id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {months.map((m) => (
        <option key={m} value={m}>
          {periodWords(m, lang.value)}
        </option>
      ))}
    </select>
  );
}
