import { t, type MessageKey } from '../../i18n';
import { lineSentence, type LineFields } from '../explain';

interface Props {
  verdict: string;
  lines: LineFields[];
  right: string | null;
  /** Set for a client verdict (worked out on the phone): says so and why it may change. */
  clientVerdictNote?: string | null;
  extraNote?: string | null;
  /** Who reads it: the professional who decides, or a lead (or colleague) who judges it. */
  viewer?: 'author' | 'lead';
  /** What one may do with this kind, as the next step's frame. */
  nextLine?: string | null;
}

const tone: Record<string, string> = {
  within_mandate: 'ok',
  needs_four_eyes: 'info',
  needs_approval: 'warning',
  outside_mandate: 'error',
};

export function verdictLabel(verdict: string): string {
  return t(`verdict_${verdict}` as MessageKey);
}

/** The verdict, what it means, and the lines that explain it. */
export function VerdictPanel({ verdict, lines, right, clientVerdictNote, extraNote, viewer = 'author', nextLine }: Props) {
  return (
    <div class={`verdict verdict--${tone[verdict] ?? 'info'}${clientVerdictNote ? ' verdict--client' : ''}`}>
      <p class="verdict__title">
        <strong>{verdictLabel(verdict)}</strong>
        {' — '}
        {t(`${viewer === 'lead' ? 'verdictMeaningLead' : 'verdictMeaning'}_${verdict}` as MessageKey)}
      </p>
      <ul class="verdict__lines">
        {lines.map((line, i) => (
          <li key={i} class={line.decisive ? 'verdict__line verdict__line--decisive' : 'verdict__line'}>
            {lineSentence(line, right)}
          </li>
        ))}
      </ul>
      {nextLine && <p class="verdict__next">{nextLine}</p>}
      {clientVerdictNote && <p class="verdict__note">{clientVerdictNote}</p>}
      {extraNote && <p class="verdict__note">{extraNote}</p>}
    </div>
  );
}
