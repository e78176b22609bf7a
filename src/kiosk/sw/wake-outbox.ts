// Background Sync only wakes the page: delivery itself always runs in the page's loop,
// which owns the outbox and its locks (Workbox's own queue drops requests on a 5xx).
/// <reference lib="webworker" />
import { WAKE_OUTBOX } from '../pwa/contract';

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/** On the `sync` event for the outbox, posts WAKE_OUTBOX to every open kiosk page. */
export function installOutboxWake(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
    const sync = event as unknown as SyncEvent;
    if (sync.tag !== WAKE_OUTBOX) return;
    sync.waitUntil(
      sw.clients.matchAll({ type: 'window' }).then((pages) => {
        for (const page of pages) page.postMessage({ type: WAKE_OUTBOX });
      }),
    );
  });
}
