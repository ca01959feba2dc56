// Hash routes: the server and the service worker only ever serve index.html.
import { signal } from '@preact/signals';

export type Route =
  | { name: 'mandate' }
  | { name: 'new' }
  | { name: 'decisions' }
  | { name: 'decision'; id: string }
  | { name: 'approvals' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [first, second] = path.split('/');
  if (first === 'nieuw') return { name: 'new' };
  if (first === 'beslissingen' && second) return { name: 'decision', id: decodeURIComponent(second) };
  if (first === 'beslissingen') return { name: 'decisions' };
  if (first === 'goedkeuren') return { name: 'approvals' };
  return { name: 'mandate' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'new':
      return '#/nieuw';
    case 'decisions':
      return '#/beslissingen';
    case 'decision':
      return `#/beslissingen/${encodeURIComponent(route.id)}`;
    case 'approvals':
      return '#/goedkeuren';
    default:
      return '#/mandaat';
  }
}

export const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

export function listenToRoutes(): void {
  window.addEventListener('hashchange', () => {
    route.value = parseRoute(location.hash);
  });
}

export function go(to: Route): void {
  location.hash = href(to);
}
