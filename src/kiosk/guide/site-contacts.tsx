// The centre's opening hours and hotlines from the site config, and always the national
// hotline. Before the kiosk has ever received its site config, only the national hotline.
import { NATIONAL_HOTLINE } from '../../protocol/config/national-hotline';
import { localized, t } from '../i18n/translate';
import { ClockIcon, PhoneIcon } from '../shell/icons';
import { siteConfig } from '../site/site-store';

/** Opening hours and phone numbers. */
export function SiteContacts() {
  const site = siteConfig.value;
  return (
    <div class="site-contacts">
      {site && (
        <section class="contact-card" aria-labelledby="guide-hours-title">
          <h2 class="guide-section-title" id="guide-hours-title">
            <ClockIcon />
            {t('guide.hoursTitle')}
          </h2>
          <dl class="contact-card__rows">
            {site.openingHours.map((line) => (
              <div class="contact-card__row" key={line.days.vi}>
                <dt>{localized(line.days)}</dt>
                <dd class="contact-card__hours">{line.hours}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section class="contact-card" aria-labelledby="guide-hotlines-title">
        <h2 class="guide-section-title" id="guide-hotlines-title">
          <PhoneIcon />
          {t('guide.hotlinesTitle')}
        </h2>
        <dl class="contact-card__rows">
          {site?.hotlines.map((hotline) => (
            <div class="contact-card__row" key={hotline.phone}>
              <dt>{localized(hotline.label)}</dt>
              <dd class="contact-card__phone">{hotline.phone}</dd>
            </div>
          ))}
          <div class="contact-card__row contact-card__row--national">
            <dt>{t('guide.nationalHotline')}</dt>
            <dd class="contact-card__phone">{NATIONAL_HOTLINE}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
