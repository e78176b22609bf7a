// The one module that knows the kiosk's config database: its name, version and stores.
// It holds the last site config and the last procedure catalogue the hub sent, so a kiosk
// started offline still shows them. Callers validate what they read: an older kiosk version
// may have written it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

const DB_NAME = 'dvc-kiosk-config';
const DB_VERSION = 2;
const CURRENT = 'current';

interface ConfigDb extends DBSchema {
  /** One record, key "current": the last good site config as the hub sent it. */
  site: { key: string; value: { config: unknown; savedAt: number } };
  /** One record, key "current": the last good catalogue ({ version, procedures }) from the hub. */
  catalogue: { key: string; value: { catalogue: unknown; savedAt: number } };
}

let opening: Promise<IDBPDatabase<ConfigDb>> | undefined;

function database(): Promise<IDBPDatabase<ConfigDb>> {
  opening ??= openDB<ConfigDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each step runs once, in order, so a kiosk several versions behind catches up.
      if (oldVersion < 1) db.createObjectStore('site');
      if (oldVersion < 2) db.createObjectStore('catalogue');
    },
  }).catch((error: unknown) => {
    opening = undefined; // let the next call try again
    throw error;
  });
  return opening;
}

/** The saved copy, unvalidated (an older kiosk version may have written it), or undefined. */
export async function readSavedSiteConfig(): Promise<unknown> {
  const record = await (await database()).get('site', CURRENT);
  return record?.config;
}

/** Replaces the saved copy with a config that has just been validated. */
export async function saveSiteConfig(config: unknown): Promise<void> {
  await (await database()).put('site', { config, savedAt: Date.now() }, CURRENT);
}

/** The saved catalogue, unvalidated, or undefined. */
export async function readSavedCatalogue(): Promise<unknown> {
  const record = await (await database()).get('catalogue', CURRENT);
  return record?.catalogue;
}

/** Replaces the saved catalogue with one that has just been validated. */
export async function saveCatalogue(catalogue: unknown): Promise<void> {
  await (await database()).put('catalogue', { catalogue, savedAt: Date.now() }, CURRENT);
}

/** Closes the connection (tests, and before an upgrade test reopens the database). */
export async function closeConfigDb(): Promise<void> {
  const open = opening;
  opening = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}
