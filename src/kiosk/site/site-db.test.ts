import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeConfigDb,
  readSavedCatalogue,
  readSavedSiteConfig,
  saveCatalogue,
  saveSiteConfig,
} from './site-db';

describe('config database', () => {
  afterEach(() => closeConfigDb());

  it('upgrades a kiosk that saved only a site config, keeping it', async () => {
    // What the first kiosk version left behind: version 1, one store.
    const v1 = await openDB('dvc-kiosk-config', 1, {
      upgrade: (db) => void db.createObjectStore('site'),
    });
    await v1.put('site', { config: { id: 'nvh-cu' }, savedAt: 1 }, 'current');
    v1.close();

    expect(await readSavedSiteConfig()).toEqual({ id: 'nvh-cu' });
    expect(await readSavedCatalogue()).toBeUndefined();
  });

  it('keeps one catalogue, the last saved, beside the site config', async () => {
    await saveCatalogue({ version: 'a', procedures: [] });
    await saveCatalogue({ version: 'b', procedures: [] });
    await saveSiteConfig({ id: 'nvh-moi' });
    expect(await readSavedCatalogue()).toEqual({ version: 'b', procedures: [] });
    expect(await readSavedSiteConfig()).toEqual({ id: 'nvh-moi' });
  });
});
