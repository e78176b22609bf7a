// Wiring for the page: builds the outbox and its delivery loop over the one database, and
// connects the loop's triggers — start-up, `online`, the service worker's wake message (sent
// from its `sync` event), a timer inside the loop, and staff "sync now" through `sync`.
import { WAKE_OUTBOX } from '../pwa/contract';
import { Outbox, type OutboxConfig } from './outbox';
import { OutboxDb } from './outbox-db';
import type { OutboxMirror } from './outbox-mirror';
import { OutboxStore } from './outbox-store';
import type { KioskCredentials } from './delivery-attempt';
import { OutboxSync } from './sync';

/** What enrolment leaves on the kiosk, as far as the outbox is concerned. */
export type KioskEnrolment = OutboxConfig & KioskCredentials;

/** The running outbox: screens use `outbox`, staff mode also `sync` (syncNow, status). */
export interface OutboxRuntime {
  outbox: Outbox;
  sync: OutboxSync;
  stop(): void;
}

type Listen = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Connects browser events to the loop; returns a function that disconnects them. */
export function connectOutboxTriggers(
  sync: Pick<OutboxSync, 'trigger'>,
  sources: { window?: Listen; serviceWorker?: Listen },
): () => void {
  const online = () => sync.trigger('online');
  const message = (event: Event) => {
    const data: unknown = (event as MessageEvent).data;
    const type = typeof data === 'object' && data ? (data as { type?: unknown }).type : data;
    if (type === WAKE_OUTBOX) sync.trigger('wake');
  };
  sources.window?.addEventListener('online', online);
  sources.serviceWorker?.addEventListener('message', message);
  return () => {
    sources.window?.removeEventListener('online', online);
    sources.serviceWorker?.removeEventListener('message', message);
  };
}

/**
 * Asks the browser to fire the service worker's `sync` event (tag WAKE_OUTBOX) once the
 * network is back; the worker then posts WAKE_OUTBOX to the page. Does nothing without
 * Background Sync or a registered worker.
 */
export async function requestBackgroundWake(container?: ServiceWorkerContainer): Promise<void> {
  try {
    const registration = await container?.getRegistration();
    const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)
      ?.sync;
    await sync?.register(WAKE_OUTBOX);
  } catch {
    // Not supported or not allowed: the online event and the timer still wake the loop.
  }
}

/** What start-up hands over: the database, its mirror, and what delivery waits for. */
export interface OutboxStartOptions {
  db?: OutboxDb;
  mirror?: OutboxMirror;
  /** Delivery starts once this settles (recovery from the mirror). */
  ready?: Promise<unknown>;
}

/** Starts the outbox on the page, once, after the app shell is up. */
export function startOutbox(
  enrolment: () => KioskEnrolment | undefined,
  options: OutboxStartOptions = {},
): OutboxRuntime {
  const store = new OutboxStore(options.db ?? new OutboxDb(), options.mirror);
  const sync = new OutboxSync(store, () => {
    const e = enrolment();
    return e && { hubUrl: e.hubUrl, token: e.token };
  });
  const outbox = new Outbox(store, enrolment, { wake: () => sync.trigger('enqueue') });
  const container = globalThis.navigator?.serviceWorker;
  const disconnect = connectOutboxTriggers(sync, { window: globalThis, serviceWorker: container });
  const unsubscribe = sync.subscribe((status) => {
    if (!status.running && status.blocked === 'OFFLINE') void requestBackgroundWake(container);
  });
  void outbox.requestPersistence();
  let stopped = false;
  void (options.ready ?? Promise.resolve()).finally(() => {
    if (!stopped) void sync.start();
  });
  return {
    outbox,
    sync,
    stop() {
      stopped = true;
      disconnect();
      unsubscribe();
      sync.stop();
      store.db.close();
    },
  };
}
