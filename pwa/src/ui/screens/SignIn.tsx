import { useState } from 'preact/hooks';
import { signIn } from '../../app/actions';
import { sessionExpired } from '../../app/store';
import { t } from '../../i18n';
import { Field, describedBy } from '../parts/Field';

/** A wait in whole seconds or minutes, as people say it. */
function waitInWords(seconds: number): string {
  if (seconds < 60) return t(seconds === 1 ? 'waitSecond' : 'waitSeconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  return t(minutes === 1 ? 'waitMinute' : 'waitMinutes', { count: minutes });
}

export function SignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result === 'wrong') setError(t('signInFailed'));
    else if (result === 'offline') setError(t('signInOffline'));
    else if (result !== 'ok' && 'retryAfterSeconds' in result) setError(t('signInTooMany', { wait: waitInWords(result.retryAfterSeconds) }));
    else if (result !== 'ok') setError(t('signInOtherUser', { name: result.waitingOf, count: result.count }));
  }

  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('signInTitle')}
      </h1>
      {sessionExpired.value && (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <div class="utrecht-alert__content">{t('sessionExpired')}</div>
        </div>
      )}
      <p class="utrecht-paragraph">{t('signInIntro')}</p>
      <form class="form" onSubmit={submit} noValidate>
        {error && (
          <div class="utrecht-alert utrecht-alert--error" role="alert">
            <div class="utrecht-alert__content">{error}</div>
          </div>
        )}
        <Field id="email" label={t('email')}>
          <input
            {...describedBy('email')}
            class="utrecht-textbox utrecht-textbox--html-input"
            type="email"
            autocomplete="username"
            inputMode="email"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </Field>
        <Field id="password" label={t('password')}>
          <input
            {...describedBy('password')}
            class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </Field>
        <button class="utrecht-button utrecht-button--primary-action utrecht-button--submit wide" type="submit" disabled={busy} aria-busy={busy}>
          {t('signInButton')}
        </button>
      </form>
    </section>
  );
}
