import { useEffect, useState } from 'preact/hooks';
import type { DecisionSummary } from '../../api/client';
import { refreshApprovals, say, step } from '../../app/actions';
import { approvals } from '../../app/store';
import { t, type MessageKey } from '../../i18n';
import { Field, describedBy } from '../parts/Field';
import { DecisionHead } from '../parts/DecisionHead';

type Kind = 'cosign' | 'approval' | 'review';

export function ApprovalsScreen() {
  useEffect(() => {
    void refreshApprovals();
  }, []);
  const inbox = approvals.value;
  const sections: [Kind, MessageKey, DecisionSummary[]][] = inbox
    ? [
        ['approval', 'approvalsApprovals', inbox.approvals],
        ['cosign', 'approvalsCosigns', inbox.cosigns],
        ['review', 'approvalsReviews', inbox.reviews],
      ]
    : [];
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('approvalsTitle')}
      </h1>
      {!inbox && <p class="utrecht-paragraph">{t('loading')}</p>}
      {inbox && inbox.count === 0 && <p class="utrecht-paragraph">{t('approvalsEmpty')}</p>}
      {sections
        .filter(([, , items]) => items.length > 0)
        .map(([kind, title, items]) => (
          <section key={kind} aria-labelledby={`sec-${kind}`}>
            <h2 class="utrecht-heading-2" id={`sec-${kind}`}>
              {t(title)} ({items.length})
            </h2>
            <ul class="plain-list">
              {items.map((d) => (
                <InboxItem key={d.id} kind={kind} decision={d} />
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

function InboxItem({ kind, decision: d }: { kind: Kind; decision: DecisionSummary }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { comment: `c-${d.id}`, learning: `l-${d.id}` };

  async function act(action: 'approve' | 'reject' | 'cosign' | 'review', outcome?: 'backed' | 'not_backed') {
    if (action === 'review' && !comment.trim()) {
      setError(t('required'));
      document.getElementById(ids.learning)?.focus();
      return;
    }
    setBusy(true);
    const problem =
      action === 'review'
        ? await step(d.id, 'review', { outcome: outcome ?? 'backed', learning: comment.trim() })
        : await step(d.id, action, comment.trim() ? { comment: comment.trim() } : {});
    setBusy(false);
    if (problem) setError(problem);
    else say(t(`done_${action}` as MessageKey));
  }

  const fieldId = kind === 'review' ? ids.learning : ids.comment;
  const label = kind === 'review' ? t('learning') : t('comment');
  return (
    <li class="card decision" aria-labelledby={`t-${d.id}`}>
      <DecisionHead decision={d} titleId={`t-${d.id}`} />
      <Field id={fieldId} label={label} error={error}>
        <textarea {...describedBy(fieldId, undefined, error)} class="utrecht-textarea utrecht-textarea--html-textarea" rows={1} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </Field>
      <div class="actions">
        {kind === 'approval' && (
          <>
            <button class="utrecht-button utrecht-button--primary-action" type="button" aria-describedby={`t-${d.id}`} disabled={busy} onClick={() => act('approve')}>
              {t('approve')}
            </button>
            <button class="utrecht-button utrecht-button--secondary-action" type="button" aria-describedby={`t-${d.id}`} disabled={busy} onClick={() => act('reject')}>
              {t('reject')}
            </button>
          </>
        )}
        {kind === 'cosign' && (
          <button class="utrecht-button utrecht-button--primary-action" type="button" aria-describedby={`t-${d.id}`} disabled={busy} onClick={() => act('cosign')}>
            {t('cosign')}
          </button>
        )}
        {kind === 'review' && (
          <>
            <button class="utrecht-button utrecht-button--primary-action" type="button" aria-describedby={`t-${d.id}`} disabled={busy} onClick={() => act('review', 'backed')}>
              {t('backed')}
            </button>
            <button class="utrecht-button utrecht-button--secondary-action" type="button" aria-describedby={`t-${d.id}`} disabled={busy} onClick={() => act('review', 'not_backed')}>
              {t('notBacked')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
