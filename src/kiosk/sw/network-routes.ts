// The hub's API never goes through the worker: the worker answers none of it (precache and
// navigation routes leave /api/ alone), yet without a static route every outbox PUT and
// heartbeat would still wake it and wait for its fetch handler to decline. Chromium's static
// routing (InstallEvent.addRoutes) sends those requests straight to the network.
/// <reference lib="webworker" />

/** A static route as InstallEvent.addRoutes takes it (not yet in TypeScript's DOM types). */
export interface StaticRoute {
  condition: { urlPattern: { pathname: string } };
  source: 'network';
}

/** Requests the worker never answers. */
export const NETWORK_ROUTES: readonly StaticRoute[] = [
  { condition: { urlPattern: { pathname: '/api/*' } }, source: 'network' },
];

type InstallEventWithRoutes = ExtendableEvent & {
  addRoutes?: (routes: StaticRoute[]) => Promise<void>;
};

/** At install, declares NETWORK_ROUTES where the browser supports static routing. */
export function installNetworkRoutes(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('install', (event) => {
    const install = event as InstallEventWithRoutes;
    if (typeof install.addRoutes !== 'function') return; // the fetch handler declines them
    // A browser that refuses the routes still installs the worker: the routes only save time.
    install.waitUntil(install.addRoutes([...NETWORK_ROUTES]).catch(() => undefined));
  });
}
