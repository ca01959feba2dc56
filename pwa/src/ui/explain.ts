// One explanation line of the check as a sentence in the user's language. Server lines and
// the phone's own lines have the same fields, so both read the same.
import { inPeriod, periodInText } from '../domain/wording';
import { lang, money, t } from '../i18n';

export interface LineFields {
  rule: string;
  outcome: string;
  limitCents?: number | null;
  usedCents?: number | null;
  amountCents: number;
  remainingCents?: number | null;
  decisive: boolean;
  /** Period label for budget lines, when known (the phone's own lines). */
  scope?: string | null;
  /** The server's own sentence; names the period of a budget line. */
  text?: string;
}

const THRESHOLDS = ['per_decision_limit', 'approval_limit'];

export function lineSentence(line: LineFields, right: string | null): string {
  const limit = money(line.limitCents ?? 0);
  const used = money(line.usedCents ?? 0);
  const amount = money(line.amountCents);
  const label = line.scope ?? (line.text ? periodInText(line.text) : null);
  const scope = label ? inPeriod(label, lang.value) : '';
  let head: string;
  switch (line.rule) {
    case 'right':
      if (right === null) {
        // The right itself is not in a server line; its outcome narrows it down.
        if (line.outcome === 'ok') return t('line_right_autonomous');
        if (line.outcome === 'escalates') return t('line_right_escalates');
        return t('line_right_not_allowed');
      }
      if (line.outcome === 'not_allowed' && right !== 'forbidden') return t('line_right_none');
      head = t(
        right === 'four_eyes'
          ? 'line_right_four_eyes'
          : right === 'approval'
            ? 'line_right_approval'
            : right === 'forbidden'
              ? 'line_right_forbidden'
              : 'line_right_autonomous',
      );
      return head;
    case 'per_decision_limit':
      head = t('line_per_decision_limit', { limit, amount });
      break;
    case 'approval_limit':
      head = t('line_approval_limit', { limit, amount });
      break;
    case 'category_period_limit':
      head = t('line_category_period_limit', { scope, limit, used });
      break;
    case 'total_period_limit':
      head = t('line_total_period_limit', { scope, limit, used });
      break;
    case 'client_year_limit':
      head = t('line_client_year_limit', { scope, limit, used });
      break;
    case 'team_pot':
      head = t('line_team_pot', { scope, limit, used });
      break;
    default:
      head = line.rule;
  }
  // "over" only for what remains; an overrun is "te veel" (a budget) or "boven de grens".
  const by = money(line.remainingCents != null ? -line.remainingCents : line.amountCents - (line.limitCents ?? 0));
  const tail =
    line.outcome === 'exceeded'
      ? t(THRESHOLDS.includes(line.rule) ? 'lineAbove' : 'lineExceeded', { by })
      : line.remainingCents != null && line.usedCents != null
        ? t('lineLeft', { left: money(line.remainingCents) })
        : t('lineOk');
  return `${head.replace(/\s+/g, ' ')} — ${tail}`;
}
