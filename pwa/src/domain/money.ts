// Money is integer euro cents everywhere; only the screen shows euros.

/** Dutch notation, as the server's explanation text: `€ 1.820,00`, `-€ 35,50`. */
export function formatCents(cents: number, locale: 'nl' | 'en' = 'nl'): string {
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
  const sign = cents < 0 ? '-' : '';
  return `${sign}€ ${grouped}${locale === 'nl' ? ',' : '.'}${rest}`;
}

/**
 * Reads what a user typed as euros into cents: `350`, `350,50`, `1.250,00`, `€ 12,5`,
 * `350.50`. Returns `null` for anything that is not a plain non-negative amount.
 */
export function parseEuros(text: string): number | null {
  let s = text.replace(/[€\s]/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  // The last separator followed by one or two digits is the decimal one; others group.
  const decimalAt = Math.max(comma, dot);
  let whole = s;
  let fraction = '';
  if (decimalAt >= 0 && s.length - decimalAt - 1 <= 2 && s.length - decimalAt - 1 > 0) {
    whole = s.slice(0, decimalAt);
    fraction = s.slice(decimalAt + 1);
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}
