// The console's page: a header naming the ward, then the hub's state and the site.
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { SiteConfig } from '../../protocol/config/site';
import { fetchSite } from '../hub-state/hub-client';
import { checkHub, hubState, watchHub } from '../hub-state/hub-state';
import { HubStatusPanel } from '../hub-state/hub-status-panel';
import { localized, t } from '../i18n/translate';
import { SiteCard } from '../site/site-card';
import { LanguageSwitch } from './language-switch';

const site = signal<SiteConfig | undefined>(undefined);

async function loadSite(): Promise<void> {
  site.value = await fetchSite().catch(() => site.value);
}

/** The whole console page. */
export function ConsoleApp() {
  useEffect(() => {
    void loadSite();
    return watchHub();
  }, []);
  const checkAgain = () => {
    void checkHub();
    if (!site.value) void loadSite();
  };
  return (
    <>
      <header class="top">
        <div class="top-inner">
          <div>
            <p class="product">{t('app.product')}</p>
            <h1>{t('app.title')}</h1>
            {site.value && <p class="ward">{localized(site.value.ward.name)}</p>}
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main class="page">
        <HubStatusPanel state={hubState.value} onCheckAgain={checkAgain} />
        {site.value && <SiteCard site={site.value} />}
      </main>
    </>
  );
}
