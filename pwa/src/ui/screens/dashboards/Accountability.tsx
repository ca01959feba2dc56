// The year's accountability export for the controller: what it holds, how many decisions, and
// the file as CSV (for the spreadsheet) or JSON (for other systems).
import { useEffect, useState } from 'preact/hooks';
import { problemText } from '../../../api/answer';
import { accountabilityFile, getAccountability } from '../../../app/reports';
import { isAdmin, isController, online } from '../../../app/store';
import { accountabilityFileName } from '../../../domain/report-shape';
import { t } from '../../../i18n';
import { saveBlob } from '../../parts/save-file';
import { SteeringScreen } from '../../parts/SteeringScreen';

type Preview = { kind: 'loading' } | { kind: 'failed'; detail: string } | { kind: 'ready'; rows: number };

const failure = (e: unknown) => problemText(e, t('notAvailableOffline'));

export function AccountabilityScreen() {
  const allowed = isController.value || isAdmin.value;
  const thisYear = new Date().getFullYear();
  // Accounting is done over a closed year, so last year comes first; this year stays choosable.
  const [year, setYear] = useState(thisYear - 1);
  const [preview, setPreview] = useState<Preview>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    setPreview({ kind: 'loading' });
    getAccountability(year).then(
      (data) => live && setPreview({ kind: 'ready', rows: data.rows.length }),
      (e: unknown) => live && setPreview({ kind: 'failed', detail: failure(e) }),
    );
    return () => {
      live = false;
    };
  }, [year, allowed]);

  async function download(ext: 'csv' | 'json') {
    setError(null);
    try {
      saveBlob(await accountabilityFile(year, ext === 'csv' ? 'text/csv' : 'application/json'), accountabilityFileName(year, ext));
    } catch (e) {
      setError(failure(e));
    }
  }

  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <SteeringScreen title={t('steeringAccountability')} allowed={allowed}>
      <p class="utrecht-paragraph">{t('dbAccIntro')}</p>
      <p class="utrecht-paragraph db-note">{t('dbAccColumns')}</p>
      {!online.value && (
        <div class="utrecht-alert utrecht-alert--warning">
          <div class="utrecht-alert__content">{t('notAvailableOffline')}</div>
        </div>
      )}
      <div class="utrecht-form-field db-year">
        <label class="utrecht-form-label" for="acc-year">
          {t('dbAccYear')}
        </label>
        <p class="utrecht-form-field-description" id="acc-year-hint">
          {t('dbAccYearHint')}
        </p>
        <select class="utrecht-select" id="acc-year" aria-describedby="acc-year-hint" value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))}>
          {years.map((y) => (
            <option value={String(y)} key={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {preview.kind === 'loading' && <p class="utrecht-paragraph">{t('loading')}</p>}
        {preview.kind === 'ready' && (
          <p class="utrecht-paragraph" data-rows={preview.rows}>
            <strong>{t('dbAccRows', { count: preview.rows })}</strong>
          </p>
        )}
        {preview.kind === 'failed' && (
          <div class="utrecht-alert utrecht-alert--error">
            <div class="utrecht-alert__content">{t('dbFailed', { detail: preview.detail })}</div>
          </div>
        )}
      </div>
      <div class="db-actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => download('csv')}>
          {t('dbDownloadCsv')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => download('json')}>
          {t('dbDownloadJson')}
        </button>
      </div>
      {error && (
        <p class="utrecht-paragraph" role="alert">
          {t('dbDownloadFailed', { detail: error })}
        </p>
      )}
    </SteeringScreen>
  );
}
