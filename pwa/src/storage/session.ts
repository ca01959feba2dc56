// The bearer token: in memory for requests, in IndexedDB so the app reopens signed in and the
// service worker can send the outbox. Never in localStorage or a cookie; the CSP lets no
// third-party script run on the origin.
import { db, type Session } from './db';

let current: Session | null = null;

export function token(): string | null {
  if (current && current.expiresAt > Date.now()) return current.token;
  return null;
}

export async function loadSession(): Promise<Session | null> {
  const s = await (await db()).get('session', 'current');
  current = s && s.expiresAt > Date.now() ? s : null;
  return current;
}

export async function saveSession(accessToken: string, expiresInSeconds: number): Promise<void> {
  current = { token: accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  await (await db()).put('session', current, 'current');
}

export function forgetSessionInMemory(): void {
  current = null;
}
