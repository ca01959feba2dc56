import { useEffect, useState } from 'preact/hooks';
import { signOut } from '../app/actions';
import { approvalsCount, isProfessional, mayApprove, maySteer, me, notice, online, sessionExpired, started, waitingCount } from '../app/store';
import { lang, setLang, t, type MessageKey } from '../i18n';
import { lazyScreen } from './lazy';
import { href, route, type Route } from './router';
import { ApprovalsScreen } from './screens/ApprovalsScreen';
import { DecisionDetail } from './screens/DecisionDetail';
import { Decisions } from './screens/Decisions';
import { MandateScreen } from './screens/MandateScreen';
import { NewDecision } from './screens/NewDecision';
import { LessonsScreen } from './screens/LessonsScreen';
import { SignIn } from './screens/SignIn';
import { StoryScreen } from './screens/StoryScreen';
import { SteeringHub } from './screens/steering/SteeringHub';

const StoriesScreen = lazyScreen(() => import('./screens/casebook').then((m) => m.StoriesScreen));
const StoryEditor = lazyScreen<{ decisionId?: string; id?: string }>(() => import('./screens/casebook').then((m) => m.StoryEditor));
const Mandates = lazyScreen(() => import('./screens/mandates').then((m) => m.MandatesScreen));
const UserMandate = lazyScreen<{ userId: string }>(() => import('./screens/mandates').then((m) => m.UserMandateScreen));
const Templates = lazyScreen(() => import('./screens/mandates').then((m) => m.TemplatesScreen));
const Pots = lazyScreen(() => import('./screens/mandates').then((m) => m.PotsScreen));
const Dashboard = lazyScreen(() => import('./screens/dashboards').then((m) => m.DashboardScreen));
const Accountability = lazyScreen(() => import('./screens/dashboards').then((m) => m.AccountabilityScreen));
const Audit = lazyScreen(() => import('./screens/admin').then((m) => m.AuditScreen));
const Teams = lazyScreen(() => import('./screens/admin').then((m) => m.TeamsScreen));
const Users = lazyScreen(() => import('./screens/admin').then((m) => m.UsersScreen));
const Categories = lazyScreen(() => import('./screens/admin').then((m) => m.CategoriesScreen));
const ApiClients = lazyScreen(() => import('./screens/admin').then((m) => m.ApiClientsScreen));
const Webhooks = lazyScreen(() => import('./screens/admin').then((m) => m.WebhooksScreen));
const Zgw = lazyScreen(() => import('./screens/admin').then((m) => m.ZgwScreen));

export function App() {
  // With an expired session the app stays usable offline; online it asks to sign in again.
  const signedIn = me.value !== null && !(sessionExpired.value && online.value);
  const current = route.value;

  // A new screen: move focus to its heading so screen readers announce it.
  useEffect(() => {
    if (started.value) document.getElementById('screen-title')?.focus();
  }, [current, signedIn]);

  if (!started.value) return <p class="utrecht-paragraph screen">{t('loading')}</p>;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="topbar">
        <span class="topbar__name">{t('appName')}</span>
        <span class={`connection connection--${online.value ? 'online' : 'offline'}`} role="status">
          {online.value ? t('online') : t('offline')}
        </span>
        <button
          class="utrecht-button utrecht-button--subtle topbar__button"
          type="button"
          lang={lang.value === 'nl' ? 'en' : 'nl'}
          onClick={() => setLang(lang.value === 'nl' ? 'en' : 'nl')}
        >
          {t('languageSwitch')}
        </button>
        {me.value !== null && (
          <button
            class="utrecht-button utrecht-button--subtle topbar__button"
            type="button"
            onClick={() => {
              const waiting = waitingCount.value;
              if (waiting === 0 || confirm(t('signOutWaiting', { count: waiting }))) void signOut();
            }}
          >
            {t('signOut')}
          </button>
        )}
      </header>
      <main id="main" class="main">
        {!online.value && signedIn && (
          <div class="utrecht-alert utrecht-alert--info">
            <div class="utrecht-alert__content">
              {t('offlineNote')}
              {sessionExpired.value && ` ${t('signInWhenOnline')}`}
            </div>
          </div>
        )}
        <IosInstallHint />
        <Toast />
        {signedIn ? <Screen route={current} /> : <SignIn />}
      </main>
      {signedIn && <Nav current={current} />}
    </>
  );
}

function Screen({ route: r }: { route: Route }) {
  switch (r.name) {
    case 'new':
      return <NewDecision />;
    case 'decisions':
      return <Decisions />;
    case 'decision':
      return <DecisionDetail id={r.id} />;
    case 'approvals':
      return mayApprove.value ? <ApprovalsScreen /> : <MandateScreen />;
    case 'lessons':
      return <LessonsScreen />;
    case 'story':
      return <StoryScreen id={r.id} />;
    case 'stories':
      return <StoriesScreen />;
    case 'story-new':
      return <StoryEditor key={`new-${r.decisionId}`} decisionId={r.decisionId} />;
    case 'story-edit':
      return <StoryEditor key={`edit-${r.id}`} id={r.id} />;
    case 'steering':
      return <SteeringHub />;
    case 'mandates':
      return <Mandates />;
    case 'user-mandate':
      return <UserMandate userId={r.userId} />;
    case 'templates':
      return <Templates />;
    case 'pots':
      return <Pots />;
    case 'dashboard':
      return <Dashboard />;
    case 'accountability':
      return <Accountability />;
    case 'audit':
      return <Audit />;
    case 'admin-teams':
      return <Teams />;
    case 'admin-users':
      return <Users />;
    case 'admin-categories':
      return <Categories />;
    case 'admin-api-clients':
      return <ApiClients />;
    case 'admin-webhooks':
      return <Webhooks />;
    case 'admin-zgw':
      return <Zgw />;
    default:
      return <Home />;
  }
}

/** Where the app opens: a professional at their mandate, a lead without one at the inbox. */
function Home() {
  if (isProfessional.value) return <MandateScreen />;
  if (mayApprove.value) return <ApprovalsScreen />;
  if (maySteer.value) return <SteeringHub />;
  return <MandateScreen />;
}

function Nav({ current }: { current: Route }) {
  const tabs: [Route, MessageKey][] = isProfessional.value
    ? [
        [{ name: 'mandate' }, 'navMandate'],
        [{ name: 'new' }, 'navNew'],
        [{ name: 'decisions' }, 'navDecisions'],
      ]
    : [];
  if (mayApprove.value) tabs.push([{ name: 'approvals' }, 'navApprovals']);
  // Six tabs do not fit one row at 390 px: who steers finds the lessons in the steering hub.
  if (mayApprove.value && !maySteer.value) tabs.push([{ name: 'lessons' }, 'navLessons']);
  if (maySteer.value) tabs.push([{ name: 'steering' }, 'navSteering']);
  const active = activeTab(current);
  const count = approvalsCount.value;
  return (
    <nav class="tabbar" aria-label={t('mainNav')}>
      <ul>
        {tabs.map(([r, label]) => (
          <li key={r.name}>
            <a class={`tabbar__tab${active === r.name ? ' tabbar__tab--current' : ''}`} href={href(r)} {...(active === r.name ? { 'aria-current': 'page' as const } : {})}>
              {t(label)}
              {r.name === 'approvals' && count > 0 && (
                <span class="utrecht-badge-counter tabbar__badge">
                  <span aria-hidden="true">{count}</span>
                  <span class="visually-hidden">{`, ${t('approvalsBadge', { count })}`}</span>
                </span>
              )}
              {r.name === 'decisions' && waitingCount.value > 0 && (
                <span class="utrecht-badge-counter tabbar__badge tabbar__badge--waiting">
                  <span aria-hidden="true">{waitingCount.value}</span>
                  <span class="visually-hidden">{`, ${waitingCount.value} ${t('waitingForConnection')}`}</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The tab a screen belongs to: a decision to the list, every steering screen to the hub. */
function activeTab(current: Route): Route['name'] {
  if (current.name === 'decision') return 'decisions';
  if (current.name === 'story-new') return 'decisions';
  if (['story', 'stories', 'story-edit', 'lessons'].includes(current.name)) return maySteer.value ? 'steering' : 'lessons';
  if (current.name === 'mandate' && !isProfessional.value) return mayApprove.value ? 'approvals' : 'steering';
  if (['mandate', 'new', 'decisions', 'approvals', 'lessons'].includes(current.name)) return current.name;
  return 'steering';
}

function Toast() {
  const n = notice.value;
  useEffect(() => {
    if (!n) return;
    const timer = setTimeout(() => (notice.value = null), 8000);
    return () => clearTimeout(timer);
  }, [n]);
  return (
    <div role="status" aria-live="polite" class="toast-region">
      {n && (
        <div class={`utrecht-alert utrecht-alert--${n.kind}`}>
          <div class="utrecht-alert__content">{n.text}</div>
        </div>
      )}
    </div>
  );
}

const IOS_HINT_KEY = 'mandaat.iosHintSeen';

/** Safari on iOS evicts a site's storage after a week unvisited, unless it is installed. */
function IosInstallHint() {
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
  const installed = (navigator as Navigator & { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;
  const [seen, setSeen] = useState(() => localStorage.getItem(IOS_HINT_KEY) === '1');
  if (!ios || installed || seen) return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning">
      <div class="utrecht-alert__content">
        <p class="utrecht-paragraph">{t('installIos')}</p>
        <button
          class="utrecht-button utrecht-button--secondary-action"
          type="button"
          onClick={() => {
            localStorage.setItem(IOS_HINT_KEY, '1');
            setSeen(true);
          }}
        >
          {t('installIosDismiss')}
        </button>
      </div>
    </div>
  );
}
