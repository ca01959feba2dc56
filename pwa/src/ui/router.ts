// Hash routes: the server and the service worker only ever serve index.html.
import { signal } from '@preact/signals';

export type Route =
  | { name: 'mandate' }
  | { name: 'new' }
  | { name: 'decisions' }
  | { name: 'decision'; id: string }
  | { name: 'approvals' }
  | { name: 'lessons' }
  | { name: 'story'; id: string }
  | { name: 'stories' }
  | { name: 'story-new'; decisionId: string }
  | { name: 'story-edit'; id: string }
  // Steering: team leads, controllers and admins.
  | { name: 'steering' }
  | { name: 'mandates' }
  | { name: 'user-mandate'; userId: string }
  | { name: 'templates' }
  | { name: 'pots' }
  | { name: 'dashboard' }
  | { name: 'accountability' }
  | { name: 'audit' }
  | { name: 'admin-teams' }
  | { name: 'admin-users' }
  | { name: 'admin-categories' }
  | { name: 'admin-api-clients' }
  | { name: 'admin-webhooks' }
  | { name: 'admin-zgw' };

export type RouteName = Route['name'];

/** Steering screens without parameters, by their Dutch path segment under `#/sturing/`. */
const STEERING_PATHS = {
  mandaten: 'mandates',
  sjablonen: 'templates',
  budgetten: 'pots',
  dashboard: 'dashboard',
  verantwoording: 'accountability',
  audit: 'audit',
  teams: 'admin-teams',
  medewerkers: 'admin-users',
  categorieen: 'admin-categories',
  koppelingen: 'admin-api-clients',
  webhooks: 'admin-webhooks',
  zaaksysteem: 'admin-zgw',
} as const satisfies Record<string, RouteName>;

type SteeringPath = keyof typeof STEERING_PATHS;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [first, second, third] = path.split('/');
  if (first === 'nieuw') return { name: 'new' };
  if (first === 'beslissingen' && second) return { name: 'decision', id: decodeURIComponent(second) };
  if (first === 'beslissingen') return { name: 'decisions' };
  if (first === 'goedkeuren') return { name: 'approvals' };
  if (first === 'lessen') return { name: 'lessons' };
  if (first === 'verhalen' && second === 'nieuw' && third) return { name: 'story-new', decisionId: decodeURIComponent(third) };
  if (first === 'verhalen' && second && third === 'bewerken') return { name: 'story-edit', id: decodeURIComponent(second) };
  if (first === 'verhalen' && second) return { name: 'story', id: decodeURIComponent(second) };
  if (first === 'verhalen') return { name: 'stories' };
  if (first === 'sturing') {
    if (second === 'mandaten' && third) return { name: 'user-mandate', userId: decodeURIComponent(third) };
    if (second && second in STEERING_PATHS) return { name: STEERING_PATHS[second as SteeringPath] };
    return { name: 'steering' };
  }
  return { name: 'mandate' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'mandate':
      return '#/mandaat';
    case 'new':
      return '#/nieuw';
    case 'decisions':
      return '#/beslissingen';
    case 'decision':
      return `#/beslissingen/${encodeURIComponent(route.id)}`;
    case 'approvals':
      return '#/goedkeuren';
    case 'lessons':
      return '#/lessen';
    case 'story':
      return `#/verhalen/${encodeURIComponent(route.id)}`;
    case 'stories':
      return '#/verhalen';
    case 'story-new':
      return `#/verhalen/nieuw/${encodeURIComponent(route.decisionId)}`;
    case 'story-edit':
      return `#/verhalen/${encodeURIComponent(route.id)}/bewerken`;
    case 'steering':
      return '#/sturing';
    case 'user-mandate':
      return `#/sturing/mandaten/${encodeURIComponent(route.userId)}`;
    default: {
      const name = route.name;
      const path = (Object.keys(STEERING_PATHS) as SteeringPath[]).find((p) => STEERING_PATHS[p] === name);
      return `#/sturing/${path}`;
    }
  }
}

export const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

/** The screen before this one in the app, when there was one (for "Terug"). */
export let previousRoute: Route | null = null;

export function listenToRoutes(): void {
  window.addEventListener('hashchange', () => {
    previousRoute = route.value;
    route.value = parseRoute(location.hash);
  });
}

/**
 * Back to where one came from: the browser's own back when the previous screen was in the app
 * (so the list keeps its place), else `fallback`.
 */
export function goBack(fallback: Route): void {
  if (previousRoute && history.length > 1) history.back();
  else go(fallback);
}

export function go(to: Route): void {
  location.hash = href(to);
}
