// Whether the hub enrols any kiosk that asks, with no code: only for the local demo, where the
// kiosk and the hub share one machine. Decided from the hub's own settings, never from the
// client's address, which a reverse proxy on the same machine would make look local.
import type { HubSettings } from '../process/settings';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** True only while HOST is loopback alone and NODE_ENV is not production. */
export function autoEnrolmentAllowed(settings: Pick<HubSettings, 'host' | 'production'>): boolean {
  return LOOPBACK_HOSTS.has(settings.host.toLowerCase()) && !settings.production;
}
