// Screens only some users need (steering, dashboards, administration) load on first visit, so
// the field app's first screen stays small. The service worker precaches every chunk, so they
// open offline too once the app is installed.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        (c) => {
          loaded = c;
          if (live) setScreen(() => c);
        },
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    // The loaded screen replaces the placeholder's heading: give focus to the new one.
    useEffect(() => {
      if (Screen) document.getElementById('screen-title')?.focus();
    }, [Screen]);
    if (Screen) return <Screen {...props} />;
    return (
      <section class="screen" aria-labelledby="screen-title">
        <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
          {failed ? t('notAvailableOffline') : t('loading')}
        </h1>
      </section>
    );
  };
}
