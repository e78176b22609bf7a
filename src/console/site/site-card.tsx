// The site this hub serves, so an officer knows which centre's kiosks report here.
import type { SiteConfig } from '../../protocol/config/site';
import { localized, t } from '../i18n/translate';

/** The site card: name, ward, address and the help lines residents are given. */
export function SiteCard({ site }: { site: SiteConfig }) {
  return (
    <section class="card" aria-labelledby="site-title">
      <h2 id="site-title">{t('site.title')}</h2>
      <p class="site-name">{localized(site.name)}</p>
      <dl class="facts">
        <div>
          <dt>{t('site.ward')}</dt>
          <dd>
            {localized(site.ward.name)}, {localized(site.ward.province)}
          </dd>
        </div>
        <div>
          <dt>{t('site.address')}</dt>
          <dd>{localized(site.address)}</dd>
        </div>
        {site.hotlines.map((line) => (
          <div key={line.phone}>
            <dt>{t('site.hotline')}</dt>
            <dd>
              {localized(line.label)}:{' '}
              <a class="mono" href={`tel:${line.phone.replace(/[ .]/g, '')}`}>
                {line.phone}
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
