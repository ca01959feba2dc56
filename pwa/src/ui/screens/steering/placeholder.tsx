// Temporary stand-in while a steering screen is being built.
import type { ComponentType } from 'preact';
import { t, type MessageKey } from '../../../i18n';
import { SteeringScreen } from '../../parts/SteeringScreen';

export function placeholder<P extends object = object>(title: MessageKey): ComponentType<P> {
  return () => (
    <SteeringScreen title={t(title)} allowed>
      <p class="utrecht-paragraph">…</p>
    </SteeringScreen>
  );
}
