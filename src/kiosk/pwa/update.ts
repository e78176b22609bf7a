// The one page-side bridge to the service worker: registers it, notices a newer version
// downloaded in the background, and lets it take over only at the attract screen.
import { signal } from '@preact/signals';
import { ACTIVATE_WAITING_VERSION } from './contract';
import { createFetchGate, type FetchGate } from './fetch-gate';

/** True while a newer kiosk version is downloaded and waiting for the attract screen. */
export const newVersionWaiting = signal(false);

const CHECK_EVERY_MS = 15 * 60 * 1000;
/** After the page's own requests settle, time for the browser's own (icon, fonts) to end. */
const QUIET_MS = 400;
/** How long page requests may be held while the new version takes over. */
const TAKE_OVER_LIMIT_MS = 10_000;

let registration: ServiceWorkerRegistration | undefined;
let gate: FetchGate | undefined;
let atAttract = false;
let reloading = false;
/** Set once this page has asked a waiting version to take over. */
let activationRequested = false;
/** Where a takeover stands: waiting for quiet with the gate closed, or asked. */
let takeover: 'none' | 'quieting' | 'asked' = 'none';
/** The new version took over during a session: load it at the next attract screen. */
let reloadAtAttract = false;

function watchWaiting(reg: ServiceWorkerRegistration): void {
  const note = () => {
    newVersionWaiting.value = Boolean(reg.waiting && navigator.serviceWorker.controller);
    if (atAttract) void takeOver();
  };
  note();
  reg.addEventListener('updatefound', () => {
    const installing = reg.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') note();
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the waiting version to take over while none of the page's requests is on its way,
 * holding new ones until it has (the page then reloads) or the limit passes.
 */
async function takeOver(): Promise<void> {
  if (takeover !== 'none' || reloading || !gate) return;
  if (!registration?.waiting || !navigator.serviceWorker.controller) return;
  takeover = 'quieting';
  gate.close();
  await gate.drained();
  await delay(QUIET_MS);
  const waiting = registration.waiting as ServiceWorker | null;
  if (!atAttract || !waiting || !navigator.serviceWorker.controller) {
    takeover = 'none';
    gate.open();
    return;
  }
  takeover = 'asked';
  activationRequested = true;
  waiting.postMessage({ type: ACTIVATE_WAITING_VERSION });
  await delay(TAKE_OVER_LIMIT_MS);
  if (reloading) return;
  // Not taken over: the activation is parked, and Chromium completes it by itself within
  // minutes. Give the page its requests back; the controller change then reloads it.
  takeover = 'none';
  gate.open();
}

function reload(): void {
  reloading = true;
  location.reload();
}

/** Registers the service worker; call once at start-up. Does nothing where unsupported. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // Every request the page makes goes through the gate (site, catalogue, outbox, heartbeat).
  gate = createFetchGate(globalThis.fetch.bind(globalThis));
  globalThis.fetch = gate.fetch;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install's claim also changes the controller, and that must not reload.
    if (!activationRequested || reloading) return;
    // The version asked for at the attract screen took over: load it, but never in the
    // middle of a session (a resident who touched the screen meanwhile keeps theirs).
    if (atAttract) reload();
    else reloadAtAttract = true;
  });
  navigator.serviceWorker
    .register('/sw.js', { scope: '/', type: 'classic' })
    .then((reg) => {
      registration = reg;
      watchWaiting(reg);
      // Downloading a new version in the background is harmless mid-session: it waits.
      setInterval(() => {
        if (navigator.onLine && takeover === 'none') void reg.update().catch(() => undefined);
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
  if (!showing) {
    // Leaving before the waiting version was asked: give the page its requests back.
    if (takeover === 'quieting') gate?.open();
    return;
  }
  if (reloadAtAttract) return reload();
  if (!registration) return;
  if (takeover === 'quieting') return gate?.close();
  // One or the other: an update job queued behind the activation message holds the
  // registration's job queue, and the waiting version's skipWaiting() then never settles.
  if (registration.waiting) void takeOver();
  else void registration.update().catch(() => undefined);
}
