// The screen a kiosk shows while nobody uses it: calm, large, and inviting. Touching
// anywhere starts a session; it is also the only place a new kiosk version is applied.
import { useEffect } from 'preact/hooks';
import type { Language } from '../../protocol/config/text';
import { NATIONAL_HOTLINE } from '../../protocol/config/national-hotline';
import { localized, setLanguage, t } from '../i18n/translate';
import { setAtAttractScreen } from '../pwa/update';
import { enterFullScreen } from '../shell/full-screen';
import { PhoneIcon, TouchIcon } from '../shell/icons';
import { goTo, shellPaths } from '../shell/navigation';
import { refreshSiteConfig, siteConfig } from '../site/site-store';
import { LanguageChoice } from './language-choice';
import './attract.css';

/** Performance mark set when the attract screen first becomes interactive. */
export const ATTRACT_READY_MARK = 'dvc:attract-ready';

function begin(chosen?: Language): void {
  if (chosen) setLanguage(chosen);
  enterFullScreen();
  goTo(shellPaths.home);
}

/** "Chạm để bắt đầu", the site's name, and the language choice. */
export function AttractScreen() {
  useEffect(() => {
    // The cold-start benchmark times the first arrival here from navigation start.
    if (!performance.getEntriesByName(ATTRACT_READY_MARK).length) {
      performance.mark(ATTRACT_READY_MARK);
    }
    setAtAttractScreen(true);
    void refreshSiteConfig();
    return () => setAtAttractScreen(false);
  }, []);
  const site = siteConfig.value;

  return (
    <main class="attract" onClick={() => begin()}>
      <div class="attract__site">
        <h1 class="attract__site-name">{site ? localized(site.name) : t('app.title')}</h1>
        {site && <p class="attract__address">{localized(site.address)}</p>}
      </div>
      <div class="attract__invite">
        <button
          type="button"
          class="attract__start"
          onClick={(event) => {
            event.stopPropagation();
            begin();
          }}
        >
          <span class="attract__touch" aria-hidden="true">
            <TouchIcon />
          </span>
          <span class="attract__headline">{t('attract.touchToStart')}</span>
        </button>
        <p class="attract__invitation">{t('attract.invitation')}</p>
      </div>
      <LanguageChoice onChoose={begin} />
      <p class="attract__hotline">
        <PhoneIcon />
        <span>
          {t('attract.freeHotline')} <strong class="attract__phone">{NATIONAL_HOTLINE}</strong>
        </span>
      </p>
    </main>
  );
}
