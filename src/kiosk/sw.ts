// Service worker entry: wires events only; what is cached and how lives in ./sw/.
/// <reference lib="webworker" />
import { installMessages } from './sw/messages';
import { installNetworkRoutes } from './sw/network-routes';
import { installPrecache } from './sw/precache';
import { installOutboxWake } from './sw/wake-outbox';

declare const self: ServiceWorkerGlobalScope;

// workbox-build replaces this literal expression with the precache list.
installNetworkRoutes(self);
installPrecache(self.__WB_MANIFEST);
installMessages(self);
installOutboxWake(self);
