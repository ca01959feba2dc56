import { useState } from 'preact/hooks';
import { say, step } from '../../app/actions';
import { t, type MessageKey } from '../../i18n';
import { Field, describedBy } from './Field';

export type LeadKind = 'cosign' | 'approval' | 'review';

interface Props {
  kind: LeadKind;
  decisionId: string;
  /** The element naming the decision, so each button says which one it acts on. */
  describedById: string;
  onDone?: () => void;
}

/** What a lead (or a co-signing colleague) does with a waiting decision: in the inbox and on the detail. */
export function LeadActions({ kind, decisionId, describedById, onDone }: Props) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = `${kind === 'review' ? 'l' : 'c'}-${decisionId}`;

  async function act(action: 'approve' | 'reject' | 'cosign' | 'review', outcome?: 'backed' | 'not_backed') {
    if (action === 'review' && !comment.trim()) {
      setError(t('required'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    const problem =
      action === 'review'
        ? await step(decisionId, 'review', { outcome: outcome ?? 'backed', learning: comment.trim() })
        : await step(decisionId, action, comment.trim() ? { comment: comment.trim() } : {});
    setBusy(false);
    if (problem) setError(problem);
    else {
      say(t(`done_${action}` as MessageKey));
      onDone?.();
    }
  }

  const button = (label: MessageKey, primary: boolean, onClick: () => void) => (
    <button
      class={`utrecht-button utrecht-button--${primary ? 'primary' : 'secondary'}-action`}
      type="button"
      aria-describedby={describedById}
      disabled={busy}
      onClick={onClick}
    >
      {t(label)}
    </button>
  );

  return (
    <>
      <Field id={fieldId} label={kind === 'review' ? t('learning') : t('comment')} error={error}>
        <textarea
          {...describedBy(fieldId, undefined, error)}
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows={1}
          value={comment}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </Field>
      <div class="actions">
        {kind === 'approval' && (
          <>
            {button('approve', true, () => void act('approve'))}
            {button('reject', false, () => void act('reject'))}
          </>
        )}
        {kind === 'cosign' && button('cosign', true, () => void act('cosign'))}
        {kind === 'review' && (
          <>
            {button('backed', true, () => void act('review', 'backed'))}
            {button('notBacked', false, () => void act('review', 'not_backed'))}
          </>
        )}
      </div>
    </>
  );
}
