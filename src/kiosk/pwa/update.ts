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
/** Set once this page has asked a waiting version to take over. */
let activationRequested = false;

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

const ASK_AGAIN_MS = 5000;
let askAgain: ReturnType<typeof setTimeout> | undefined;

function activateWaiting(): void {
  const waiting = registration?.waiting;
  if (!waiting || !navigator.serviceWorker.controller) return;
  activationRequested = true;
  waiting.postMessage({ type: ACTIVATE_WAITING_VERSION });
  // A worker busy with another event can miss its moment; ask again while still here.
  clearTimeout(askAgain);
  askAgain = setTimeout(() => {
    if (atAttract && !reloading) activateWaiting();
  }, ASK_AGAIN_MS);
}

/** Registers the service worker; call once at start-up. Does nothing where unsupported. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The version this page asked for at the attract screen took over: load it. The first
    // install's claim also changes the controller, and that must not reload anything.
    if (reloading || !activationRequested) return;
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
  // One or the other: an update job queued behind the activation message holds the
  // registration's job queue, and the waiting version's skipWaiting() then never settles.
  if (registration.waiting) activateWaiting();
  else void registration.update().catch(() => undefined);
}
