// Nothing found: never a dead end. Suggest other words, browsing, the staff and the hotline.
import { NATIONAL_HOTLINE } from '../../protocol/config/national-hotline';
import { localized, t } from '../i18n/translate';
import { PhoneIcon } from '../shell/icons';
import { siteConfig } from '../site/site-store';

/** "Chưa tìm thấy thủ tục nào" with the ways forward. */
export function NoResults({ onBrowse }: { onBrowse: () => void }) {
  const site = siteConfig.value;
  return (
    <section class="no-results" aria-labelledby="no-results-title">
      <h2 class="no-results__title" id="no-results-title">
        <span role="status">{t('catalog.noResultsTitle')}</span>
      </h2>
      <p class="no-results__body">{t('catalog.noResultsBody')}</p>
      <button type="button" class="button button--primary no-results__browse" onClick={onBrowse}>
        {t('catalog.noResultsBrowse')}
      </button>
      <p class="no-results__body">{t('catalog.noResultsStaff')}</p>
      <div class="no-results__phones">
        <p>{t('catalog.noResultsHotline')}</p>
        <p class="no-results__phone">
          <PhoneIcon />
          <strong>{NATIONAL_HOTLINE}</strong>
        </p>
        {site?.hotlines.map((line) => (
          <p class="no-results__phone" key={line.phone}>
            <PhoneIcon />
            <span>
              {localized(line.label)}: <strong>{line.phone}</strong>
            </span>
          </p>
        ))}
      </div>
    </section>
  );
}
