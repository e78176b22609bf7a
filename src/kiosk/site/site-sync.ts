// Getting a site config: from the hub or from the saved copy, always validated. Loaded as
// its own chunk so the schema library and IndexedDB code stay off the first screen.
import * as v from 'valibot';
import { SiteConfig } from '../../protocol/config/site';
import { readSavedSiteConfig, saveSiteConfig } from './site-db';

const SITE_URL = '/api/v1/site';
const FETCH_TIMEOUT_MS = 10_000;

/** The saved copy if there is one and it is still valid for this kiosk version. */
export async function readSavedCopy(): Promise<SiteConfig | undefined> {
  try {
    return validate(await readSavedSiteConfig());
  } catch {
    return undefined; // no IndexedDB, or it failed: as if nothing was saved
  }
}

/** A fresh, valid config from the hub, saved for offline starts; undefined on any failure. */
export async function fetchFromHub(): Promise<SiteConfig | undefined> {
  let fresh: SiteConfig | undefined;
  try {
    const response = await fetch(SITE_URL, {
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    fresh = validate(await response.json());
  } catch {
    return undefined; // offline or the hub is down
  }
  if (fresh) await saveSiteConfig(fresh).catch(() => undefined);
  return fresh;
}

function validate(data: unknown): SiteConfig | undefined {
  const result = v.safeParse(SiteConfig, data);
  return result.success ? result.output : undefined;
}
