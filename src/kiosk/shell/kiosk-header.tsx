// The header on every screen: who runs this kiosk, and the text size and contrast controls.
import { DisplayControls } from '../display/display-controls';
import { localized, t } from '../i18n/translate';
import { siteConfig } from '../site/site-store';
import { Emblem } from './icons';

/** Service name, the ward it serves, and the display controls. */
export function KioskHeader() {
  const site = siteConfig.value;
  return (
    <header class="kiosk-header">
      <div class="kiosk-header__brand">
        <Emblem />
        <div>
          <span class="kiosk-header__service">{t('app.serviceName')}</span>
          {site && (
            <span class="kiosk-header__ward">
              {localized(site.ward.name)}, {localized(site.ward.province)}
            </span>
          )}
        </div>
      </div>
      <DisplayControls />
    </header>
  );
}
