// Kiosk start-up: fonts and theme, page guards, language and display bindings, the site
// config, the app, the service worker, and then the outbox.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './shell/theme.css';
// The shared frame's styles come before any screen's, so a screen's own rules win.
import './shell/frame.css';
import { render } from 'preact';
import { bindDisplayToDocument } from './display/display';
import { bindDocumentLanguage } from './i18n/document-language';
import { startServiceWorker } from './pwa/update';
import { captureIdleOverride } from './session/idle-timing';
import { App } from './shell/app';
import { installKioskHardening } from './shell/hardening';
import { loadSiteConfig } from './site/site-store';

captureIdleOverride(location.search);
// A kiosk (re)started in the middle of a session begins again at the attract screen,
// with a clean URL: nothing of the last resident's path survives a restart.
if (location.pathname + location.search !== '/') history.replaceState(null, '', '/');
// Which build is running, for staff and for the update test.
document.documentElement.dataset.version = __APP_VERSION__;
installKioskHardening();
bindDocumentLanguage();
bindDisplayToDocument();
void loadSiteConfig();

const root = document.getElementById('app');
if (root) render(<App />, root);
startServiceWorker();
// Enrolment, delivery and the heartbeat load as their own chunk once the first screen is
// painted; queued submissions wait a moment longer, residents do not.
requestIdleCallback(
  () =>
    void import('./outbox/kiosk-outbox')
      .then((m) => m.kioskOutbox())
      .catch((error: unknown) => console.error('outbox did not start', error)),
  { timeout: 2000 },
);
