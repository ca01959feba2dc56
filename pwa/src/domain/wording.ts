// Periods and budget figures in plain words. Labels come as the server writes them
// (`2026-Q4`, `2026-03`, `2026`); people read "4e kwartaal 2026" and "maart 2026".

export type Lang = 'nl' | 'en';

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const ORDINAL_EN = ['1st', '2nd', '3rd', '4th'];

/** A period label in words: `4e kwartaal 2026`, `maart 2026`, `2026`; anything else as it is. */
export function periodWords(label: string, lang: Lang = 'nl'): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) {
    const [, year, q] = quarter;
    return lang === 'nl' ? `${q}e kwartaal ${year}` : `${ORDINAL_EN[Number(q) - 1]} quarter of ${year}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${MONTHS[lang][Number(month[2]) - 1]} ${month[1]}`;
  return label;
}

/** The period as a phrase after a noun: `in het 4e kwartaal 2026`, `in maart 2026`, `in 2026`. */
export function inPeriod(label: string, lang: Lang = 'nl'): string {
  const words = periodWords(label, lang);
  if (/-Q[1-4]$/.test(label)) return lang === 'nl' ? `in het ${words}` : `in the ${words}`;
  return `in ${words}`;
}

/**
 * The period a server explanation line is about, read from its text (`… budget for this
 * category 2026-Q4 € 1.000,00: …`), for lines whose figures carry no period of their own.
 */
export function periodInText(text: string): string | null {
  const m = /(?<![\d.,])(\d{4}(?:-Q[1-4]|-\d{2})?)(?![\d.,])/.exec(text);
  return m ? m[1]! : null;
}

export type Right = 'autonomous' | 'four_eyes' | 'approval' | 'forbidden';

/**
 * What one may do with a kind, in one line: `zelf tot € 350, met goedkeuring tot € 1.500`.
 * `null` rule: the mandate has no rule for it.
 */
export function rightInWords(
  rule: { right: string; autonomousUpToCents: number; approvalUpToCents: number } | null,
  euros: (cents: number) => string,
  lang: Lang = 'nl',
): string {
  const nl = lang === 'nl';
  if (!rule) return nl ? 'Voor deze soort staat niets in je mandaat: je teamleider beslist.' : 'Your mandate has no rule for this kind: your team lead decides.';
  const alone = euros(rule.autonomousUpToCents);
  const approval = euros(Math.max(rule.autonomousUpToCents, rule.approvalUpToCents));
  switch (rule.right) {
    case 'autonomous':
      return nl ? `Zelf tot ${alone}, met goedkeuring tot ${approval}.` : `Alone up to ${alone}, with approval up to ${approval}.`;
    case 'four_eyes':
      return nl ? `Met een collega tot ${alone}, met goedkeuring tot ${approval}.` : `With a colleague up to ${alone}, with approval up to ${approval}.`;
    case 'approval':
      return nl ? `Altijd met goedkeuring, tot ${approval}.` : `Always with approval, up to ${approval}.`;
    default:
      return nl ? 'Deze soort valt buiten je mandaat: je teamleider beslist.' : 'This kind is outside your mandate: your team lead decides.';
  }
}

/** A calendar date (`YYYY-MM-DD`) in words: `donderdag 31 december 2026`; `null` if it is none. */
export function dateWords(iso: string, lang: Lang = 'nl'): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const day = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso) return null;
  return day.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}
