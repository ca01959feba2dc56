// One translation table; Dutch unless the user switched to English on this device.
import { signal } from '@preact/signals';
import { formatCents } from '../domain/money';
import { core, type MessageKey, type Strings } from './messages';

export type Lang = 'nl' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'mandaat.lang';
// The steering areas' strings join when their chunk loads (registerStrings).
const tables: Record<Lang, Partial<Record<MessageKey, string>>> = { nl: { ...core.nl }, en: { ...core.en } };

/** Adds a steering area's strings; its screens' chunk calls this as it loads. */
export function registerStrings(strings: Strings): void {
  Object.assign(tables.nl, strings.nl);
  Object.assign(tables.en, strings.en);
}

function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export const lang = signal<Lang>(initialLang());

export function setLang(next: Lang): void {
  lang.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice lasts this session.
  }
  document.documentElement.lang = next;
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  // A key whose area is not loaded shows as itself: visible in a test, never a crash.
  return (tables[lang.value][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Whether a key exists, for keys built from API values (statuses, event kinds). */
export function has(key: string): key is MessageKey {
  return key in tables.nl;
}

export function money(cents: number): string {
  return formatCents(cents, lang.value);
}

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(locales[lang.value], {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function date(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locales[lang.value], {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
