// Service worker entry: wires events only; what is cached and how lives in ./sw/.
/// <reference lib="webworker" />
import { installPrecache } from './sw/precache';
import { installMessages } from './sw/messages';

declare const self: ServiceWorkerGlobalScope;

// workbox-build replaces this literal expression with the precache list.
installPrecache(self.__WB_MANIFEST);
installMessages(self);
