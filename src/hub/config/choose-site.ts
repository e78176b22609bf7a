// A hub serves one site: the one named by SITE_ID, else the first site file.
import { join } from 'node:path';
import type { SiteConfig } from '../../protocol/config/site';
import { SettingsError } from '../process/settings';

/** The hub's site; an unknown SITE_ID is a SettingsError listing the sites there are. */
export function chooseSite(
  sites: readonly SiteConfig[],
  configDir: string,
  siteId?: string,
): SiteConfig {
  const site = siteId ? sites.find((s) => s.id === siteId) : sites[0];
  if (site) return site;
  const known = sites.map((s) => s.id).join(', ');
  throw new SettingsError(
    'SITE_ID',
    `one of the sites in ${join(configDir, 'sites')}: ${known} (got "${siteId}")`,
  );
}
