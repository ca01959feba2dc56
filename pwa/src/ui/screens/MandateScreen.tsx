import { categoryName, mandate } from '../../app/store';
import { periodWords } from '../../domain/wording';
import { dateTime, lang, t } from '../../i18n';
import { MandateFigures } from '../parts/MandateFigures';

export function MandateScreen() {
  const cached = mandate.value;
  const m = cached?.value;
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('mandateTitle')}
      </h1>
      {!m && <p class="utrecht-paragraph">{t('loading')}</p>}
      {m && (
        <>
          <p class="utrecht-paragraph meta">
            {m.period && t('mandatePeriod', { label: periodWords(m.period.label, lang.value) })}
            {m.period && ' · '}
            {t('updatedAt', { when: dateTime(cached.savedAt) })}
          </p>
          {!m.version && (
            <div class="utrecht-alert utrecht-alert--info">
              <div class="utrecht-alert__content">{t('mandateNone')}</div>
            </div>
          )}
          <MandateFigures m={m} category={(id) => categoryName(id) ?? t('unknownCategory')} />
        </>
      )}
    </section>
  );
}
