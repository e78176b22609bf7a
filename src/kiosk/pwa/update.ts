// The one page-side bridge to the service worker: registers it, notices a newer version
// downloaded in the background, and lets it take over only at the attract screen.
import { signal } from '@preact/signals';
import { ACTIVATE_WAITING_VERSION } from './contract';

/** True while a newer kiosk version is downloaded and waiting for the attract screen. */
export const newVersionWaiting = signal(false);

const CHECK_EVERY_MS = 15 * 60 * 1000;
let registration: ServiceWorkerRegistration | undefined;
let atAttract = false;
let reloading = false;

function watchWaiting(reg: ServiceWorkerRegistration): void {
  const note = () => {
    newVersionWaiting.value = Boolean(reg.waiting && navigator.serviceWorker.controller);
    if (atAttract) activateWaiting();
  };
  note();
  reg.addEventListener('updatefound', () => {
    const installing = reg.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') note();
    });
  });
}

function activateWaiting(): void {
  const waiting = registration?.waiting;
  if (!waiting || !navigator.serviceWorker.controller) return;
  waiting.postMessage({ type: ACTIVATE_WAITING_VERSION });
}

/** Registers the service worker; call once at start-up. Does nothing where unsupported. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A new version took over (only ever at the attract screen): load it.
    if (reloading || !newVersionWaiting.value) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker
    .register('/sw.js', { scope: '/', type: 'classic' })
    .then((reg) => {
      registration = reg;
      watchWaiting(reg);
      // Downloading a new version in the background is harmless mid-session: it waits.
      setInterval(() => {
        if (navigator.onLine) void reg.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    })
    .catch(() => undefined);
}

/**
 * Tells the bridge whether the attract screen is showing. On arrival it checks the hub
 * for a newer version and applies a waiting one; during a session nothing changes.
 */
export function setAtAttractScreen(showing: boolean): void {
  atAttract = showing;
  if (!showing || !registration) return;
  activateWaiting();
  void registration.update().catch(() => undefined);
}
