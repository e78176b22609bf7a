// Messages from the page: a waiting version takes over only when the page says the
// kiosk is at the attract screen, never in the middle of a resident's session.
/// <reference lib="webworker" />

import { ACTIVATE_WAITING_VERSION } from '../pwa/contract';

export function installMessages(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (
      data &&
      typeof data === 'object' &&
      (data as { type?: unknown }).type === ACTIVATE_WAITING_VERSION
    ) {
      void sw.skipWaiting();
    }
  });
  sw.addEventListener('activate', (event) => {
    event.waitUntil(sw.clients.claim());
  });
}
