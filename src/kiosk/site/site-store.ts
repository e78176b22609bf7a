// The site config every screen reads: the site's name, hours, hotlines and idle times.
// Fetched from the hub, validated, and kept as the last good copy for offline starts.
import { computed, signal } from '@preact/signals';
import type { SiteConfig } from '../../protocol/config/site';
import { DEFAULT_IDLE_TIMING, type IdleTiming } from '../session/idle-timing';

/** The last good site config, or undefined before the kiosk has ever received one. */
export const siteConfig = signal<SiteConfig | undefined>(undefined);

/** The site's idle times, or the defaults while no config is known. */
export const siteIdleTiming = computed<IdleTiming>(
  () => siteConfig.value?.idle ?? DEFAULT_IDLE_TIMING,
);

const sync = () => import('./site-sync');

/** Start-up: show the saved copy at once, then ask the hub for a fresh one. */
export async function loadSiteConfig(): Promise<void> {
  const saved = await (await sync()).readSavedCopy();
  if (saved && !siteConfig.value) siteConfig.value = saved;
  await refreshSiteConfig();
}

/** Asks the hub for the site config; on any failure the last good copy stays. */
export async function refreshSiteConfig(): Promise<void> {
  const fresh = await (await sync()).fetchFromHub();
  if (fresh) siteConfig.value = fresh;
}
