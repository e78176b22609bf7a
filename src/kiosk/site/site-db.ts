// The one module that knows the kiosk's config database: its name, version and store.
// It holds the last site config the hub sent, so a kiosk started offline still shows it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

const DB_NAME = 'dvc-kiosk-config';
const DB_VERSION = 1;
const CURRENT = 'current';

interface ConfigDb extends DBSchema {
  /** One record, key "current": the last good site config as the hub sent it. */
  site: { key: string; value: { config: unknown; savedAt: number } };
}

let opening: Promise<IDBPDatabase<ConfigDb>> | undefined;

function database(): Promise<IDBPDatabase<ConfigDb>> {
  opening ??= openDB<ConfigDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('site');
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
