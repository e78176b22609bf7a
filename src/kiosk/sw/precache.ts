// The app shell and every chunk are precached so the kiosk starts with the hub unreachable.
/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Precaches the build and answers every kiosk navigation with the cached shell. */
export function installPrecache(manifest: ServiceWorkerGlobalScope['__WB_MANIFEST']): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('/index.html'), {
      // The hub's own pages are not part of the kiosk.
      denylist: [/^\/api\//, /^\/console(\/|$)/, /^\/s\//],
    }),
  );
}
