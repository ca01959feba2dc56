import { t, type MessageKey } from '../../i18n';

const tone: Record<string, string> = {
  recorded: 'success',
  approved: 'success',
  reviewed: 'success',
  awaiting_cosign: 'warning',
  awaiting_approval: 'warning',
  recorded_urgent: 'warning',
  rejected: 'danger',
  withdrawn: 'neutral',
  waiting: 'neutral',
};

export function StatusBadge({ status }: { status: string }) {
  const text = status === 'waiting' ? t('waitingForConnection') : t(`status_${status}` as MessageKey);
  return <span class={`utrecht-status-badge utrecht-status-badge--${tone[status] ?? 'neutral'}`}>{text}</span>;
}
