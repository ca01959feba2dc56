// The short new-decision form: what it proposes and how its few fields become the API's full
// request. The API keeps asking a title, situation, solution and rationale; on the phone only
// the rationale is asked, the rest is proposed or may be left empty.
import { formatCents } from './money';

/** Whole euros without cents (`€ 250`), else the full amount (`€ 250,50`). */
export function shortEuros(cents: number, locale: 'nl' | 'en' = 'nl'): string {
  const full = formatCents(cents, locale);
  return cents % 100 === 0 ? full.slice(0, -3) : full;
}

/** The title the form proposes: the kind of decision and its amount. */
export function proposeTitle(categoryName: string | null, amountCents: number | null, locale: 'nl' | 'en' = 'nl'): string {
  if (!categoryName || amountCents === null) return '';
  return amountCents === 0 ? categoryName : `${categoryName} ${shortEuros(amountCents, locale)}`;
}

export interface FormTexts {
  title: string;
  situation: string;
  solution: string;
  rationale: string;
}

/**
 * The texts sent: the typed title or else the proposal; a solution left empty is the title (it
 * names what was decided); a situation left empty says that it was not described apart.
 */
export function requestTexts(form: FormTexts, proposal: string, notDescribed: string): FormTexts {
  const title = form.title.trim() || proposal;
  return {
    title,
    situation: form.situation.trim() || notDescribed,
    solution: form.solution.trim() || title,
    rationale: form.rationale.trim(),
  };
}

/** Where the last used kind is remembered, per user (ids only, no personal data). */
export const lastCategoryKey = (userId: string) => `mandaat.lastCategory.${userId}`;
