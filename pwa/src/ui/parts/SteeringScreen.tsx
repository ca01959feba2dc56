import type { ComponentChildren, ComponentType } from 'preact';
import { t, type MessageKey } from '../../i18n';
import { href } from '../router';

/**
 * The frame of every steering screen: its heading (focused on arrival), the way back to the
 * hub, and a plain refusal for someone whose role the screen is not for. The server refuses
 * such a user anyway; this only spares them a screen of errors.
 */
export function SteeringScreen({ title, allowed, children }: { title: string; allowed: boolean; children: ComponentChildren }) {
  return (
    <section class="screen screen--wide" aria-labelledby="screen-title">
      <p class="utrecht-paragraph back-link">
        <a class="utrecht-link" href={href({ name: 'steering' })}>
          {t('steeringBack')}
        </a>
      </p>
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {title}
      </h1>
      {allowed ? (
        children
      ) : (
        <div class="utrecht-alert utrecht-alert--warning">
          <div class="utrecht-alert__content">{t('notAllowed')}</div>
        </div>
      )}
    </section>
  );
}

/** A steering screen with a fixed title: its body mounts (and loads) only for the roles it is for. */
export function steeringScreen(title: MessageKey, allowed: () => boolean, Body: ComponentType): ComponentType {
  return function Screen() {
    return (
      <SteeringScreen title={t(title)} allowed={allowed()}>
        <Body />
      </SteeringScreen>
    );
  };
}
