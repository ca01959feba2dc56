import { t } from '../../i18n';
import { goBack, href, type Route } from '../router';

/** "Terug": to the screen one came from, else to `fallback`. */
export function BackLink({ fallback }: { fallback: Route }) {
  return (
    <p class="back">
      <a
        class="utrecht-link back__link"
        href={href(fallback)}
        onClick={(e) => {
          e.preventDefault();
          goBack(fallback);
        }}
      >
        <span aria-hidden="true">← </span>
        {t('back')}
      </a>
    </p>
  );
}
