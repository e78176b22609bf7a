import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueVersion } from '../../protocol/config/catalogue';
import { BUILT_IN_PROCEDURES } from './built-in-catalogue';

/** A fresh start of the kiosk page: new modules, whatever is in IndexedDB. */
async function startPage() {
  vi.resetModules();
  return import('./catalogue-store');
}

async function hubCatalogue(rename: string) {
  const procedures = structuredClone(BUILT_IN_PROCEDURES) as typeof BUILT_IN_PROCEDURES;
  (procedures[0] as { name: { vi: string } }).name.vi = rename;
  return { version: await catalogueVersion(procedures), procedures };
}

function hubAnswers(body: unknown, status = 200) {
  const fetch = vi.fn(async () =>
    status === 304
      ? new Response(null, { status })
      : new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function hubUnreachable() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
}

const firstName = (store: Awaited<ReturnType<typeof startPage>>) =>
  store.catalogue.value.procedures[0]?.name.vi;

describe('catalogue store', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the built-in copy when the hub has never answered', async () => {
    hubUnreachable();
    const store = await startPage();
    await store.openCatalogue();
    expect(store.catalogue.value.source).toBe('built-in');
    expect(firstName(store)).toBe(BUILT_IN_PROCEDURES[0]!.name.vi);
  });

  it('shows a valid catalogue from the hub and keeps it for offline starts', async () => {
    hubAnswers(await hubCatalogue('Tên mới từ hub'));
    const store = await startPage();
    await store.openCatalogue();
    expect(firstName(store)).toBe('Tên mới từ hub');

    hubUnreachable();
    const restarted = await startPage();
    await restarted.catalogueReady();
    expect(firstName(restarted)).toBe('Tên mới từ hub');
    expect(restarted.catalogue.value.source).toBe('hub');
  });

  it('asks with the version it has, and keeps it on 304', async () => {
    const saved = await hubCatalogue('Tên mới từ hub');
    const fetch = hubAnswers(null, 304);
    const store = await startPage();
    await store.openCatalogue();
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/catalogue',
      expect.objectContaining({ headers: { 'If-None-Match': `"${saved.version}"` } }),
    );
    expect(firstName(store)).toBe('Tên mới từ hub');
  });

  it('refuses a broken catalogue with a stable code and keeps its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hubAnswers({ version: 'f'.repeat(64), procedures: [{ id: 'tam-tru' }] });
    const store = await startPage();
    await store.openCatalogue();
    expect(store.lastCatalogueRefusal.value?.code).toBe('CATALOGUE_INVALID');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^CATALOGUE_INVALID: /));
    expect(firstName(store)).toBe('Tên mới từ hub');

    hubAnswers('<html>proxy error</html>');
    const again = await startPage();
    await again.openCatalogue();
    expect(again.lastCatalogueRefusal.value?.code).toBe('CATALOGUE_NOT_JSON');
    expect(firstName(again)).toBe('Tên mới từ hub');
  });

  it('has the schema’s defaults in the built-in copy, as in a copy from the hub', () => {
    const photos = BUILT_IN_PROCEDURES.flatMap((p) =>
      p.kind === 'submit' ? p.questions.filter((q) => q.type === 'photo') : [],
    );
    expect(photos.length).toBeGreaterThan(0);
    expect(photos.every((q) => typeof q.maxPhotos === 'number')).toBe(true);
  });

  it('asks the hub at most once a minute, however often the catalogue opens', async () => {
    const fetch = hubAnswers(null, 304);
    const store = await startPage();
    await store.openCatalogue();
    await store.openCatalogue();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
