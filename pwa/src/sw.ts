/// <reference lib="webworker" />
// The service worker: the app shell from the precache (so the app starts without network),
// and the outbox sent by Background Sync when the connection returns, even with the app closed.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { createApi } from './api/client';
import { syncOutbox } from './outbox/sync';
import { loadSession, token } from './storage/session';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
interface SyncEvent extends ExtendableEvent {
  tag: string;
}

void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the app is index.html; the API, docs and operations endpoints never are.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/docs/, /^\/openapi\.json/, /^\/healthz/, /^\/readyz/, /^\/metrics/],
  }),
);

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === 'outbox') sync.waitUntil(sendOutbox());
});

async function sendOutbox(): Promise<void> {
  if (!(await loadSession())) return;
  const report = await syncOutbox(createApi({ token, origin: self.location.origin }), { force: true });
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'outbox-synced' });
  // Rejecting asks the browser to try this sync again later.
  if (report.waiting > 0 && !report.needsSignIn) throw new Error('outbox not empty yet');
}
